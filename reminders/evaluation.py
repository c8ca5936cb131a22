"""The evaluation: every enabled rule, set-based, recorded in the outbox once per
(rule, recipient, period).

For each rule the selectors yield batches of matching people; each batch costs a bounded
number of queries (the batch's own, one consent and one opt-out query per channel, the
outbox's insert and read-back, the send tasks), and is committed on its own, so a run
killed midway resumes by running again. The outbox's unique key makes a second run
record nothing new:

- no lesson for N days: ``reminder:<rule>:<user>:<course>:<lessons done>`` (one per
  stop: a trainee who does a lesson and stops again is reminded again);
- one lesson left, failed the quiz twice: ``reminder:<rule>:<user>:<course>`` (once);
- a certificate was issued: ``reminder:<rule>:<user>:cert<id>`` (once).

The keys already recorded are asked first (one query per batch): a re-run costs the
selection and that query, no consent look-up, insert or task.

Each message carries its reason (``_reason`` in its context), which
``reminders.reasons.reason_gone`` checks again just before it is sent.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate
from messaging.models import OutboxMessage
from messaging.outbox import Message, messages_record
from reminders import message_templates as templates
from reminders import selectors
from reminders.courses import CourseText, courses_for
from reminders.models import ReminderRule
from reminders.recipients import Person, channels_choose

Kind = ReminderRule.Kind


def batch_record(rule: ReminderRule, people: list[Person], key_of, build) -> int:
    """Record a batch in one transaction: those whose message is not recorded yet
    (``key_of(person)``; one query, so that a re-run costs no consent look-up, insert or
    task), through the first channel each may be reached by (``build(person, channel,
    address, key)`` makes the message). Returns the messages recorded."""
    keys = {person.user_id: key_of(person) for person in people}
    recorded = set(
        OutboxMessage.objects.filter(key__in=list(keys.values())).values_list("key", flat=True)
    )
    people = [person for person in people if keys[person.user_id] not in recorded]
    chosen = channels_choose(people, rule.channel_list())
    messages = [
        build(person, *chosen[person.user_id], keys[person.user_id])
        for person in people
        if person.user_id in chosen
    ]
    with transaction.atomic():
        messages_record(messages)
    return len(messages)


def _person(row) -> Person:
    return Person(
        row.user_id, row.name_en, row.name_hi, row.phone, row.email, row.preferred_language
    )


def reminder_message(rule, template, key, person, channel, address, context) -> Message:
    """A rule's message to a person, in their language, addressed by their name."""
    return Message(
        key=key,
        address=address,
        template_key=template.key,
        channel=channel,
        language=person.language,
        group=f"reminders:{rule.pk}",
        recipient_id=person.user_id,
        context={"name": person.name, **context},
    )


def _course_message(rule, template, key, person, channel, address, course: CourseText, **extra):
    language = person.language
    context = {"course": course.title(language), "course_url": course.url(language), **extra}
    return reminder_message(rule, template, key, person, channel, address, context)


def learners_remind(rule: ReminderRule, now) -> int:
    """No lesson for N days, or one lesson left (and no lesson for N days)."""
    courses = courses_for(rule.course)
    one_left = rule.kind == Kind.ONE_LESSON_LEFT
    template = templates.ONE_LESSON_LEFT if one_left else templates.LESSON_WAITING
    recorded = 0
    for batch in selectors.learners_idle(
        totals={pk: text.lessons for pk, text in courses.items()},
        idle_since=now - timedelta(days=rule.days),
        one_left=one_left,
    ):
        by_user = {row.user_id: row for row in batch}

        def key_of(person, by_user=by_user):
            row = by_user[person.user_id]
            key = f"reminder:{rule.pk}:{person.user_id}:{row.course_id}"
            return key if one_left else f"{key}:{row.done}"

        def build(person, channel, address, key, by_user=by_user):
            row = by_user[person.user_id]
            reason = {"rule": rule.pk, "kind": rule.kind, "course": row.course_id, "done": row.done}
            extra = {} if one_left else {"lesson": row.done + 1}
            return _course_message(
                rule,
                template,
                key,
                person,
                channel,
                address,
                courses[row.course_id],
                _reason=reason,
                **extra,
            )

        # A person enrolled in two idle courses is reminded of one per run: the first.
        people = list({row.user_id: _person(row) for row in batch}.values())
        recorded += batch_record(rule, people, key_of, build)
    return recorded


def quiz_failures_remind(rule: ReminderRule, now) -> int:
    courses = courses_for(rule.course)
    recorded = 0
    for batch in selectors.learners_failed_quiz(
        course_ids=list(courses), failed_since=now - timedelta(days=rule.days)
    ):
        by_user = {row.user_id: row for row in batch}

        def key_of(person, by_user=by_user):
            return f"reminder:{rule.pk}:{person.user_id}:{by_user[person.user_id].course_id}"

        def build(person, channel, address, key, by_user=by_user):
            row = by_user[person.user_id]
            return _course_message(
                rule,
                templates.QUIZ_RETRY,
                key,
                person,
                channel,
                address,
                courses[row.course_id],
                _reason={"rule": rule.pk, "kind": rule.kind, "course": row.course_id},
            )

        people = list({row.user_id: _person(row) for row in batch}.values())
        recorded += batch_record(rule, people, key_of, build)
    return recorded


def certificates_announce(rule: ReminderRule, now) -> int:
    """A certificate issued in the last N days: its holder hears of it on their phone."""
    since = timezone.localdate(now) - timedelta(days=rule.days)
    certificates = Certificate.objects.valid().filter(issued_on__gte=since)
    recorded = 0
    for low, high in selectors.id_ranges(certificates):
        rows = list(
            certificates.filter(pk__gt=low, pk__lte=high).values_list(
                "pk",
                "code",
                "leadership__volunteer__user_id",
                "leadership__volunteer__name_en",
                "leadership__volunteer__name_hi",
                "leadership__volunteer__phone",
                "leadership__volunteer__user__email",
                "leadership__volunteer__user__wagtail_userprofile__preferred_language",
            )
        )
        if not rows:
            continue
        by_user = {row[2]: row for row in rows}
        people = [Person(*row[2:]) for row in by_user.values()]

        def key_of(person, by_user=by_user):
            return f"reminder:{rule.pk}:{person.user_id}:cert{by_user[person.user_id][0]}"

        def build(person, channel, address, key, by_user=by_user):
            pk, code = by_user[person.user_id][:2]
            context = {
                "certificate_url": f"{settings.SITE_URL}/v/{code}",
                "_reason": {"rule": rule.pk, "kind": rule.kind, "certificate": pk},
            }
            return reminder_message(
                rule, templates.CERTIFICATE_READY, key, person, channel, address, context
            )

        recorded += batch_record(rule, people, key_of, build)
    return recorded


def rule_evaluate(rule: ReminderRule, now=None) -> int:
    """Record the messages one rule calls for now. Returns how many it recorded."""
    from reminders import escalation

    now = now or timezone.now()
    handlers = {
        Kind.NO_LESSON: learners_remind,
        Kind.ONE_LESSON_LEFT: learners_remind,
        Kind.QUIZ_FAILED_TWICE: quiz_failures_remind,
        Kind.CERTIFICATE_ISSUED: certificates_announce,
        Kind.TEAM_STUCK: escalation.leaders_tell,
        Kind.TEAMS_SHORT: escalation.coordinators_tell,
    }
    return handlers[rule.kind](rule, now)


def rules_evaluate(now=None) -> dict[str, int]:
    """Every enabled rule: {"<rule id> <kind>": messages recorded}."""
    now = now or timezone.now()
    return {
        f"{rule.pk} {rule.kind}": rule_evaluate(rule, now)
        for rule in ReminderRule.objects.filter(enabled=True).select_related("course")
    }
