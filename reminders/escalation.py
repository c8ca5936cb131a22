"""Escalation: the people who can help hear of those who are stuck.

- **A leader** whose team has at least ``REMINDERS_TEAM_STUCK_MEMBERS`` (3) members with no
  lesson for the rule's days (as the "no lesson for N days" rule counts them) gets one
  message naming who and where ("3 of your team are stuck on lesson 4 of …: Asha, Ravi,
  Meena"), once per ISO week: ``reminder:<rule>:<leader>:<week>``.
- **A district coordinator** whose district has teams short of ten members, or teams whose
  leader is no longer active (their account closed, or no longer at the leader stage),
  gets one e-mail with the counts and the link to the teams to complete, once per week.
"""

from collections import Counter, defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from messaging.models import OutboxMessage
from messaging.outbox import Message, messages_record
from organisation.models import Coordinator, Stage, Team, TeamMember, Unit, VolunteerProfile
from reminders import message_templates as templates
from reminders import selectors
from reminders.courses import courses_for
from reminders.evaluation import batch_record, reminder_message
from reminders.recipients import Person

#: Names listed in a leader's message; more are counted ("and 4 more"), to stay SMS-sized.
NAMES_LISTED = 5
TEAM_SIZE = 10


def week_of(now) -> str:
    year, week, _day = timezone.localtime(now).isocalendar()
    return f"{year}-W{week:02d}"


def _members_text(names: list[str], language: str) -> str:
    listed = ", ".join(names[:NAMES_LISTED])
    more = len(names) - NAMES_LISTED
    if more <= 0:
        return listed
    return f"{listed} और {more} अन्य" if language == "hi" else f"{listed} and {more} more"


def leaders_tell(rule, now) -> int:
    courses = courses_for(rule.course)
    threshold = settings.REMINDERS_TEAM_STUCK_MEMBERS
    week = week_of(now)
    recorded = 0
    for batch in selectors.team_members_stuck(
        totals={pk: text.lessons for pk, text in courses.items()},
        idle_since=now - timedelta(days=rule.days),
    ):
        # {leader profile: {course: [(name_en, name_hi, lesson)]}}
        stuck = defaultdict(lambda: defaultdict(list))
        for row in batch:
            stuck[row.leader_id][row.course_id].append((row.name_en, row.name_hi, row.done + 1))
        # Each leader hears of the course where most of their team are stuck.
        worst = {}
        for leader_id, by_course in stuck.items():
            course_id, members = max(by_course.items(), key=lambda item: len(item[1]))
            if len(members) >= threshold:
                worst[leader_id] = (course_id, members)
        if not worst:
            continue
        leaders = {
            row[0]: Person(*row[1:])
            for row in VolunteerProfile.objects.filter(pk__in=worst).values_list(
                "pk",
                "user_id",
                "name_en",
                "name_hi",
                "phone",
                "user__email",
                "user__wagtail_userprofile__preferred_language",
            )
        }
        profile_of = {person.user_id: pk for pk, person in leaders.items()}

        def key_of(person):
            return f"reminder:{rule.pk}:{person.user_id}:{week}"

        def build(person, channel, address, key, worst=worst, profile_of=profile_of):
            course_id, members = worst[profile_of[person.user_id]]
            language = person.language
            names = [hi if language == "hi" and hi else en for en, hi, _lesson in members]
            lesson = Counter(lesson for _en, _hi, lesson in members).most_common(1)[0][0]
            context = {
                "count": len(members),
                "course": courses[course_id].title(language),
                "lesson": lesson,
                "members": _members_text(names, language),
                "_reason": {"rule": rule.pk, "kind": rule.kind, "course": course_id},
            }
            return reminder_message(
                rule, templates.TEAM_STUCK, key, person, channel, address, context
            )

        recorded += batch_record(rule, list(leaders.values()), key_of, build)
    return recorded


def districts_needing_teams() -> dict[int, tuple[int, int]]:
    """{district id: (teams short of ten, teams without an active leader)}, for the
    districts with any: one query."""
    tables = {
        "team": Team._meta.db_table,
        "member": TeamMember._meta.db_table,
        "unit": Unit._meta.db_table,
        "profile": VolunteerProfile._meta.db_table,
        "user": get_user_model()._meta.db_table,
    }
    sql = """
        SELECT t.unit_id,
               SUM(CASE WHEN COALESCE(s.n, 0) < %s THEN 1 ELSE 0 END),
               SUM(CASE WHEN u.is_active = %s OR p.stage <> %s THEN 1 ELSE 0 END)
        FROM {team} t
        JOIN {unit} d ON d.id = t.unit_id AND d.level = %s
        JOIN {profile} p ON p.id = t.leader_id
        JOIN {user} u ON u.id = p.user_id
        LEFT JOIN (SELECT team_id, COUNT(*) AS n FROM {member} GROUP BY team_id) s
               ON s.team_id = t.id
        GROUP BY t.unit_id
    """.format(**tables)  # noqa: S608 (table names from the models; values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [TEAM_SIZE, False, Stage.LEADER, Unit.Level.DISTRICT])
        rows = cursor.fetchall()
    return {
        unit_id: (short, leaderless) for unit_id, short, leaderless in rows if short or leaderless
    }


def coordinators_tell(rule, now) -> int:
    """Each district coordinator of a district with teams to complete: one e-mail a week."""
    districts = districts_needing_teams()
    if not districts:
        return 0
    week = week_of(now)
    teams_url = settings.SITE_URL + reverse("teams:index")
    coordinators = Coordinator.objects.filter(
        unit_id__in=list(districts), user__is_active=True
    ).exclude(user__email="")
    messages = []
    for (
        user_id,
        first,
        last,
        email,
        language,
        unit_id,
        name_en,
        name_hi,
    ) in coordinators.values_list(
        "user_id",
        "user__first_name",
        "user__last_name",
        "user__email",
        "user__wagtail_userprofile__preferred_language",
        "unit_id",
        "unit__name_en",
        "unit__name_hi",
    ):
        person = Person(user_id, f"{first} {last}".strip(), "", None, email, language)
        short, leaderless = districts[unit_id]
        lang = person.language
        messages.append(
            Message(
                key=f"reminder:{rule.pk}:{user_id}:{week}",
                address=email,
                template_key=templates.TEAMS_SHORT.key,
                channel="email",
                language=lang,
                group=f"reminders:{rule.pk}",
                recipient_id=user_id,
                context={
                    "name": person.name or email,
                    "district": name_hi if lang == "hi" and name_hi else name_en,
                    "short": short,
                    "leaderless": leaderless,
                    "teams_url": teams_url,
                },
            )
        )
    recorded = set(
        OutboxMessage.objects.filter(key__in=[m.key for m in messages]).values_list(
            "key", flat=True
        )
    )
    messages = [message for message in messages if message.key not in recorded]
    with transaction.atomic():
        messages_record(messages)
    return len(messages)
