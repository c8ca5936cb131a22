"""Who matches a reminder rule: set-based queries, one per batch of rows, never one per person.

Each function walks its table in ranges of ids (``BATCH``) and yields a list of rows per
range: a range is one query whatever it holds, so 500,000 volunteers cost about
``table size / BATCH`` queries and the memory of one batch. The SQL is plain (COALESCE,
GROUP BY, NOT EXISTS) so that it runs on SQLite and PostgreSQL alike.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Max, Min

from wagtail.users.models import UserProfile

from courses.models import CourseCompletion, Enrollment, LessonCompletion, QuizAttempt
from organisation.models import Team, TeamMember, VolunteerProfile

BATCH = 5_000


@dataclass(frozen=True)
class Learner:
    """A volunteer's progress in one course, with what a message to them needs."""

    user_id: int
    name_en: str
    name_hi: str
    phone: str | None
    email: str
    preferred_language: str | None
    course_id: int
    done: int


def _tables() -> dict[str, str]:
    return {
        "enrollment": Enrollment._meta.db_table,
        "lesson": LessonCompletion._meta.db_table,
        "completion": CourseCompletion._meta.db_table,
        "attempt": QuizAttempt._meta.db_table,
        "profile": VolunteerProfile._meta.db_table,
        "user": get_user_model()._meta.db_table,
        "userprofile": UserProfile._meta.db_table,
        "team": Team._meta.db_table,
        "member": TeamMember._meta.db_table,
    }


def id_ranges(queryset, size: int = BATCH) -> Iterator[tuple[int, int]]:
    """(low, high] ranges of primary keys covering the queryset's table: one query."""
    bounds = queryset.aggregate(low=Min("pk"), high=Max("pk"))
    if bounds["low"] is None:
        return
    for low in range(bounds["low"] - 1, bounds["high"], size):
        yield low, low + size


# The person's columns every trainee reminder needs, and the joins that give them.
PERSON_COLUMNS = "p.name_en, p.name_hi, p.phone, u.email, up.preferred_language"
PERSON_JOINS = """
    JOIN {profile} p ON p.user_id = e.user_id
    JOIN {user} u ON u.id = e.user_id AND u.is_active = %s
    LEFT JOIN {userprofile} up ON up.user_id = e.user_id
"""


def _done_test(totals: dict[int, int], offset: int, operator: str) -> tuple[str, list]:
    """``COUNT(lc.id) <op> CASE e.course_id WHEN <course> THEN <total - offset> … END``."""
    cases = " ".join("WHEN %s THEN %s" for _ in totals)
    params = [value for course, total in totals.items() for value in (course, total - offset)]
    return f"COUNT(lc.id) {operator} CASE e.course_id {cases} END", params


def learners_idle(
    *, totals: dict[int, int], idle_since: datetime, one_left: bool
) -> Iterator[list[Learner]]:
    """Enrolled, not finished, no lesson done since ``idle_since`` (nor enrolled since):
    those with more than one lesson to go, or (``one_left``) exactly one.

    ``totals`` is {course id: live lessons}: the courses the rule is about."""
    if not totals:
        return
    done_sql, done_params = _done_test(totals, 1, "=") if one_left else _done_test(totals, 1, "<")
    course_marks = ", ".join(["%s"] * len(totals))
    sql = f"""
        SELECT e.user_id, {PERSON_COLUMNS}, e.course_id, COUNT(lc.id)
        FROM {{enrollment}} e
        {PERSON_JOINS}
        LEFT JOIN {{lesson}} lc ON lc.user_id = e.user_id AND lc.course_id = e.course_id
        WHERE e.id > %s AND e.id <= %s AND e.withdrawn_at IS NULL
          AND e.course_id IN ({course_marks})
          AND NOT EXISTS (SELECT 1 FROM {{completion}} cc
                          WHERE cc.user_id = e.user_id AND cc.course_id = e.course_id)
        GROUP BY e.id, e.user_id, e.course_id, e.enrolled_at, {PERSON_COLUMNS}
        HAVING COALESCE(MAX(lc.completed_at), e.enrolled_at) < %s AND {done_sql}
    """.format(**_tables())  # noqa: S608 (table names from the models; values are parameters)
    enrollments = Enrollment.objects.filter(course_id__in=list(totals))
    for low, high in id_ranges(enrollments):
        params = [True, low, high, *totals, idle_since, *done_params]
        rows = _fetch(sql, params)
        if rows:
            yield [Learner(*row) for row in rows]


def learners_failed_quiz(
    *, course_ids: list[int], failed_since: datetime, failures: int = 2
) -> Iterator[list[Learner]]:
    """Failed a course's quiz at least ``failures`` times, the last since ``failed_since``,
    never passed it and not finished the course. ``done`` is the failures."""
    if not course_ids:
        return
    course_marks = ", ".join(["%s"] * len(course_ids))
    sql = f"""
        SELECT e.user_id, {PERSON_COLUMNS}, e.course_id,
               SUM(CASE WHEN e.passed = %s THEN 1 ELSE 0 END)
        FROM {{attempt}} e
        {PERSON_JOINS}
        WHERE e.user_id > %s AND e.user_id <= %s AND e.finished_at IS NOT NULL
          AND e.course_id IN ({course_marks})
          AND NOT EXISTS (SELECT 1 FROM {{completion}} cc
                          WHERE cc.user_id = e.user_id AND cc.course_id = e.course_id)
        GROUP BY e.user_id, e.course_id, {PERSON_COLUMNS}
        HAVING SUM(CASE WHEN e.passed = %s THEN 1 ELSE 0 END) >= %s
           AND SUM(CASE WHEN e.passed = %s THEN 1 ELSE 0 END) = 0
           AND MAX(e.finished_at) >= %s
    """.format(**_tables())  # noqa: S608 (table names from the models; values are parameters)
    users = get_user_model().objects.all()
    for low, high in id_ranges(users):
        params = [False, True, low, high, *course_ids, False, failures, True, failed_since]
        rows = _fetch(sql, params)
        if rows:
            yield [Learner(*row) for row in rows]


@dataclass(frozen=True)
class StuckMember:
    team_id: int
    leader_id: int  # the leader's VolunteerProfile
    name_en: str
    name_hi: str
    course_id: int
    done: int


def team_members_stuck(
    *, totals: dict[int, int], idle_since: datetime
) -> Iterator[list[StuckMember]]:
    """Members of teams who match "no lesson since ``idle_since``" in one of the courses,
    batched by ranges of team ids (a team is never split across two batches)."""
    if not totals:
        return
    done_sql, done_params = _done_test(totals, 0, "<")
    course_marks = ", ".join(["%s"] * len(totals))
    sql = """
        SELECT t.id, t.leader_id, mp.name_en, mp.name_hi, e.course_id, COUNT(lc.id)
        FROM {team} t
        JOIN {member} m ON m.team_id = t.id
        JOIN {profile} mp ON mp.id = m.volunteer_id
        JOIN {enrollment} e ON e.user_id = mp.user_id AND e.withdrawn_at IS NULL
        LEFT JOIN {lesson} lc ON lc.user_id = e.user_id AND lc.course_id = e.course_id
        WHERE t.id > %s AND t.id <= %s
          AND e.course_id IN ({course_marks})
          AND NOT EXISTS (SELECT 1 FROM {completion} cc
                          WHERE cc.user_id = e.user_id AND cc.course_id = e.course_id)
        GROUP BY t.id, t.leader_id, m.id, mp.name_en, mp.name_hi, e.id, e.course_id,
                 e.enrolled_at
        HAVING COALESCE(MAX(lc.completed_at), e.enrolled_at) < %s AND {done_sql}
        ORDER BY t.id, mp.name_en
    """.format(**_tables(), course_marks=course_marks, done_sql=done_sql)  # noqa: S608 (table names from the models; values are parameters)
    for low, high in id_ranges(Team.objects.all()):
        rows = _fetch(sql, [low, high, *totals, idle_since, *done_params])
        if rows:
            yield [StuckMember(*row) for row in rows]


def _fetch(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
