"""The course report: enrolled, completed, completion rate and median days to complete
per course and unit; and where trainees stop: per lesson, how many completed it and how
many stopped just before it, and how many wait at the closing quiz."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils.translation import gettext as _

from courses.models import CourseCompletion, CoursePage, Enrollment, LessonCompletion, LessonPage
from organisation.models import Unit, VolunteerProfile
from reports.filters import Filters
from reports.report import Report, fetch_all
from reports.tables import Column, Table, bar_chart, days, rate

NO_ENROLMENTS = {"enrolled": 0, "completed": 0, "median": None}


@dataclass
class CourseRows:
    # {course id: enrolled, completed, median duration} for the filtered unit
    totals: dict
    # {(course id, unit below it (id)): the same}
    by_unit: dict


@dataclass
class LessonRows:
    # {course path: its live lessons in order}
    lessons: dict
    # {lesson id: completions}
    completed: dict
    # {(course id, lessons done): enrolments not completed}
    stopped: dict


def _enrolments(filters: Filters, course_ids):
    return Enrollment.objects.active().filter(
        filters.volunteer_user_q(),
        filters.period_q("enrolled_at"),
        course_id__in=course_ids,
    )


def course_rows(filters: Filters, course_ids: list[int]) -> CourseRows:
    """Enrolments, completions and the median time between them, per course for the
    unit and per course and unit below it: 1 query.

    Raw SQL because the ORM can write neither of the two things that make it fast on
    500,000 volunteers: the enrolments joined to the volunteers on `user_id` (the ORM's
    path `user__volunteer_profile__` also joins the 500,000 users) and both groupings in
    one pass (GROUPING SETS on PostgreSQL; SQLite, which has none, gets a UNION ALL).
    The rows are those of the ORM's two queries before (reports/tests/test_course_rows.py
    compares them)."""
    if not course_ids:
        return CourseRows({}, {})
    enrolments = Enrollment.objects.active().filter(
        filters.period_q("enrolled_at"), course_id__in=course_ids
    )
    e_sql, e_params = enrolments.values(
        "user_id", "course_id", "enrolled_at"
    ).query.sql_with_params()
    v_sql, v_params = (
        VolunteerProfile.objects.filter(filters.volunteer_q())
        .values("user_id", unit=F(filters.child_field()))
        .query.sql_with_params()
    )
    done = connection.ops.quote_name(CourseCompletion._meta.db_table)
    if connection.vendor == "postgresql":
        duration = "c.completed_at - e.enrolled_at"
        median = f"PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {duration})"
    else:
        duration = "django_timestamp_diff(c.completed_at, e.enrolled_at)"
        median = f"REPORTS_MEDIAN({duration})"
    measures = f"COUNT(*), COUNT(c.id), {median}"
    # Subqueries of the ORM's own SQL and placeholders: no value is formatted in. Both
    # are plain filters, so PostgreSQL flattens them into one join.
    source = (
        f"FROM ({e_sql}) e JOIN ({v_sql}) v ON v.user_id = e.user_id "  # noqa: S608
        f"LEFT JOIN {done} c ON c.user_id = e.user_id AND c.course_id = e.course_id"
    )
    params = [*e_params, *v_params]
    if connection.vendor == "postgresql":
        # GROUPING(v.unit) is 1 on the course's total row, whose unit is null as is a
        # volunteer's unknown district: it tells the two apart.
        sql = (
            f"SELECT GROUPING(v.unit), e.course_id, v.unit, {measures} {source} "  # noqa: S608
            "GROUP BY GROUPING SETS ((e.course_id), (e.course_id, v.unit))"
        )
    else:
        sql = (
            f"SELECT 1, e.course_id, NULL, {measures} {source} GROUP BY e.course_id "  # noqa: S608
            f"UNION ALL SELECT 0, e.course_id, v.unit, {measures} {source} "
            "GROUP BY e.course_id, v.unit"
        )
        params = params * 2
    child = filters.child_field("user__volunteer_profile__")
    totals, by_unit = {}, {}
    for total, course_id, unit, enrolled, completed, middle in fetch_all(sql, params):
        if middle is not None and not isinstance(middle, timedelta):
            middle = timedelta(microseconds=middle)  # SQLite: microseconds, as Django's
        row = {"course_id": course_id, "enrolled": enrolled, "completed": completed}
        if total:
            totals[course_id] = {**row, "median": middle}
        else:
            by_unit[(course_id, unit)] = {**row, child: unit, "median": middle}
    return CourseRows(totals=totals, by_unit=by_unit)


def _lessons_done_counts(enrolments, course_ids, *, narrow: bool) -> dict[tuple[int, int], int]:
    """{(course id, lessons done): enrolments}: lesson completions counted once per
    trainee and course in a derived table, joined to the enrolments (a correlated
    count per enrolment takes seconds at 200,000 enrolments). One query.

    `narrow` (a state or a district): the derived table counts only the enrolments'
    trainees. PostgreSQL does not push the join into a grouped derived table, so without
    it a district's count grouped every trainee's completions in the country (0.3 s of a
    district's 0.55 s weekly digest on 500,000 volunteers)."""
    sub_sql, sub_params = enrolments.values("user_id", "course_id").query.sql_with_params()
    table = connection.ops.quote_name(LessonCompletion._meta.db_table)
    marks = ", ".join(["%s"] * len(course_ids))
    # The ORM's own SQL and placeholders, as above: no value is formatted in.
    only_theirs = f" AND user_id IN (SELECT e2.user_id FROM ({sub_sql}) e2)" if narrow else ""  # noqa: S608
    sql = (
        "SELECT e.course_id, COALESCE(d.n, 0) AS done, COUNT(*) "  # noqa: S608
        f"FROM ({sub_sql}) e LEFT JOIN ("
        f"SELECT user_id, course_id, COUNT(*) AS n FROM {table} "
        f"WHERE course_id IN ({marks}){only_theirs} GROUP BY user_id, course_id"
        ") d ON d.user_id = e.user_id AND d.course_id = e.course_id "
        "GROUP BY e.course_id, COALESCE(d.n, 0)"
    )
    params = [*sub_params, *course_ids, *(sub_params if narrow else ())]
    return {(course, done): n for course, done, n in fetch_all(sql, params)}


def lesson_rows(filters: Filters, courses: list[CoursePage]) -> LessonRows:
    """Each course's lessons, how many completed each, and how many trainees (enrolled,
    course not complete) have completed how many lessons: 3 queries."""
    course_ids = [course.pk for course in courses]
    lessons = {}
    if courses:
        paths = Q()
        for course in courses:
            paths |= Q(path__startswith=course.path, depth=course.depth + 1)
        for lesson in (
            LessonPage.objects.live().filter(paths).only("pk", "title", "path").order_by("path")
        ):
            lessons.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    completed = dict(
        LessonCompletion.objects.filter(
            filters.volunteer_user_q(),
            filters.period_q("completed_at"),
            course_id__in=course_ids,
        )
        .values("lesson_id")
        .annotate(n=Count("pk"))
        .values_list("lesson_id", "n")
        .order_by()
    )
    incomplete = _enrolments(filters, course_ids).filter(
        ~Exists(
            CourseCompletion.objects.filter(
                user_id=OuterRef("user_id"), course_id=OuterRef("course_id")
            )
        )
    )
    narrow = filters.unit.level != Unit.Level.NATIONAL
    stopped = _lessons_done_counts(incomplete, course_ids, narrow=narrow) if course_ids else {}
    return LessonRows(lessons, completed, stopped)


def _completion_row(course: CoursePage, unit_name: str, values: dict) -> list:
    return [
        course.title,
        unit_name,
        values["enrolled"],
        values["completed"],
        rate(values["completed"], values["enrolled"]),
        days(values["median"]),
    ]


def course_report(filters: Filters) -> Report:
    """Completion rate and median days from enrolment to completion, per course and
    unit, and where trainees stop (the lesson after the last they completed): 5 queries."""
    courses = filters.courses()
    rows = course_rows(filters, [course.pk for course in courses])
    table = Table(
        "courses",
        _("Course completion"),
        [
            Column("course", _("Course")),
            Column("unit", _("Unit")),
            Column("enrolled", _("Enrolled"), "number"),
            Column("completed", _("Completed"), "number"),
            Column("rate", _("Completion rate"), "percent"),
            Column("median_days", _("Median days to complete"), "days"),
        ],
        note=_("Days from enrolment to completion; enrolments in the date range."),
    )
    chart_items = []
    children = filters.children() if filters.child_level else []
    for course in courses:
        total = rows.totals.get(course.pk, NO_ENROLMENTS)
        table.add(_completion_row(course, filters.unit.name, total), total=True)
        chart_items.append((course.title, rate(total["completed"], total["enrolled"])))
        for unit in children:
            values = rows.by_unit.get((course.pk, unit.pk), NO_ENROLMENTS)
            table.add(_completion_row(course, unit.name, values), link=None)
    charts = [
        bar_chart(
            _("Completion rate per course"),
            _("Share of enrolled trainees in %(unit)s who completed each course.")
            % {"unit": filters.unit.name},
            chart_items,
            suffix=" %",
            maximum=100,
        )
    ]
    stops = _where_trainees_stop(courses, lesson_rows(filters, courses))
    return Report([table, stops], charts)


def _where_trainees_stop(courses: list[CoursePage], rows: LessonRows) -> Table:
    """Per lesson: trainees who completed it, and trainees whose next lesson it is
    (enrolled, course not complete): the lesson where most stop needs a look."""
    table = Table(
        "lessons",
        _("Where trainees stop"),
        [
            Column("course", _("Course")),
            Column("number", _("Lesson"), "number"),
            Column("lesson", _("Title")),
            Column("completed", _("Completed it"), "number"),
            Column("stopped", _("Stopped before it"), "number"),
        ],
        note=_(
            "Stopped before it: trainees enrolled who have not completed the course and "
            "have completed as many lessons as come before this one."
        ),
    )
    for course in courses:
        course_lessons = rows.lessons.get(course.path, [])
        for number, lesson in enumerate(course_lessons, start=1):
            table.add(
                [
                    course.title,
                    number,
                    lesson.title,
                    rows.completed.get(lesson.pk, 0),
                    rows.stopped.get((course.pk, number - 1), 0),
                ]
            )
        at_quiz = sum(
            n
            for (cid, done), n in rows.stopped.items()
            if cid == course.pk and done >= len(course_lessons)
        )
        table.add([course.title, None, _("Closing quiz"), None, at_quiz])
    return table
