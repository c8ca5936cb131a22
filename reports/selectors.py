"""The reports' queries: aggregations in the database, a fixed number of queries
per report whatever the size of the unit (none loops over units or people).

Every report takes `Filters`, whose unit lies inside the user's scope, and
returns a `Report`: tables of plain values and the charts drawn from them.
Rows stand for the filtered unit (its total first) and each unit below it:
states for the nation, districts for a state.
"""

from dataclasses import dataclass, field

from quiz.models import Question

from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    Count,
    DurationField,
    Exists,
    F,
    FilteredRelation,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Value,
)
from django.db.models.functions import Least
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from certificates.models import Certificate, Leadership
from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    EssayMark,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from organisation.models import FUNNEL, Stage, Team, Unit, VolunteerProfile
from reports.filters import Filters
from reports.tables import Chart, Column, Table, bar_chart, days, histogram, rate

TEAMS_SHORT_SHOWN = 100
WRONG_QUESTIONS_SHOWN = 10


@dataclass
class Report:
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    # The teams short of ten, a queryset: the page shows the first, exports all.
    short_teams: object = None

    def table(self, key: str) -> Table | None:
        return next((table for table in self.tables if table.key == key), None)


class Median(Aggregate):
    """The median: PERCENTILE_CONT on PostgreSQL, our REPORTS_MEDIAN on SQLite (apps.py)."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            function="REPORTS_MEDIAN",
            template="%(function)s(%(expressions)s)",
            **extra_context,
        )


def _unit_rows(filters: Filters, grouped: dict):
    """(unit, values) for the unit's total row and each child, children by name."""
    children = filters.children()
    names = {unit.pk: unit for unit in children}
    rows = [(unit, grouped.get(unit.pk)) for unit in children]
    # Volunteers whose district is unknown still count in the total.
    orphans = [values for key, values in grouped.items() if key not in names]
    return rows, orphans


def _drill(url_name: str, filters: Filters, unit: Unit) -> str | None:
    if unit.level == Unit.Level.DISTRICT and filters.unit == unit:
        return None
    query = {**filters.querystring(), "unit": unit.pk}
    from urllib.parse import urlencode

    return reverse(url_name) + "?" + urlencode(query)


# The funnel ---------------------------------------------------------------------------

FUNNEL_RATES = [
    (Stage.SCREENED, Stage.SIGNED_UP),
    (Stage.IN_TRAINING, Stage.SCREENED),
    (Stage.TRAINED, Stage.IN_TRAINING),
    (Stage.LEADER, Stage.TRAINED),
]


def funnel_counts(at_stage: dict) -> dict:
    """Everyone counted at every stage they passed, as organisation.selectors.pipeline_counts
    does."""
    counts = {}
    for index, stage in enumerate(FUNNEL):
        counts[stage.value] = sum(at_stage.get(later.value, 0) for later in FUNNEL[index:])
    counts[Stage.SIGNED_UP.value] += at_stage.get(Stage.NOT_SELECTED.value, 0)
    counts[Stage.NOT_SELECTED.value] = at_stage.get(Stage.NOT_SELECTED.value, 0)
    return counts


def funnel_report(filters: Filters) -> Report:
    """Counts at each stage and the conversion from one stage to the next: one query."""
    child = filters.child_field()
    grouped = {
        row.pop(child): row
        for row in VolunteerProfile.objects.filter(
            filters.volunteer_q(), filters.period_q("created_at")
        )
        .values(child)
        .annotate(**{stage.value: Count("pk", filter=Q(stage=stage)) for stage in Stage})
        .order_by()
    }
    table = Table(
        "funnel",
        _("Funnel"),
        [
            Column("unit", _("Unit")),
            *[Column(stage.value, str(stage.label), "number") for stage in FUNNEL],
            Column("not_selected", _("Not selected"), "number"),
            *[
                Column(f"{later.value}_rate", f"{later.label} / {earlier.label}", "percent")
                for later, earlier in FUNNEL_RATES
            ],
            Column("leader_rate", _("Leaders / signed up"), "percent"),
        ],
        note=_(
            "Each stage counts everyone who reached it: a leader was also signed up, "
            "screened, in training and trained."
        ),
    )

    def row(name, counts):
        return [
            name,
            *[counts[stage.value] for stage in FUNNEL],
            counts[Stage.NOT_SELECTED.value],
            *[rate(counts[later.value], counts[earlier.value]) for later, earlier in FUNNEL_RATES],
            rate(counts[Stage.LEADER.value], counts[Stage.SIGNED_UP.value]),
        ]

    total = funnel_counts(
        {stage.value: sum(v[stage.value] for v in grouped.values()) for stage in Stage}
    )
    table.add(row(filters.unit.name, total), total=True)
    rows, _orphans = _unit_rows(filters, grouped)
    per_child = []
    if filters.child_level:
        for unit, values in rows:
            counts = funnel_counts(values or {})
            table.add(row(unit.name, counts), link=_drill("reports_funnel", filters, unit))
            per_child.append((unit.name, rate(counts["trained"], counts["signed_up"])))
    charts = [
        bar_chart(
            _("Funnel of %(unit)s") % {"unit": filters.unit.name},
            _("Volunteers who reached each stage, from sign-up to leader."),
            [(stage.label, total[stage.value]) for stage in FUNNEL],
        )
    ]
    if per_child:
        charts.append(
            bar_chart(
                _("Trained, per cent of sign-ups"),
                _(
                    "For each unit of %(unit)s, the share of volunteers who signed up and "
                    "finished training."
                )
                % {"unit": filters.unit.name},
                per_child,
                suffix=" %",
                maximum=100,
            )
        )
    return Report([table], charts)


# Courses ------------------------------------------------------------------------------


def _enrolments(filters: Filters, course_ids):
    return Enrollment.objects.active().filter(
        filters.volunteer_q("user__volunteer_profile__"),
        filters.period_q("enrolled_at"),
        course_id__in=course_ids,
    )


def course_report(filters: Filters) -> Report:
    """Completion rate and median days from enrolment to completion, per course and
    unit, and where trainees stop (the lesson after the last they completed): 5 queries."""
    courses = filters.courses()
    course_ids = [course.pk for course in courses]
    child = filters.child_field("user__volunteer_profile__")
    with_completion = _enrolments(filters, course_ids).annotate(
        done=FilteredRelation(
            "user__course_completions",
            condition=Q(user__course_completions__course=F("course")),
        )
    )
    measures = {
        "enrolled": Count("pk"),
        "completed": Count("done__pk"),
        "median": Median(F("done__completed_at") - F("enrolled_at"), output_field=DurationField()),
    }
    by_unit = {
        (row["course_id"], row[child]): row
        for row in with_completion.values("course_id", child).annotate(**measures).order_by()
    }
    totals = {
        row["course_id"]: row
        for row in with_completion.values("course_id").annotate(**measures).order_by()
    }
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
        total = totals.get(course.pk, {"enrolled": 0, "completed": 0, "median": None})
        table.add(
            [
                course.title,
                filters.unit.name,
                total["enrolled"],
                total["completed"],
                rate(total["completed"], total["enrolled"]),
                days(total["median"]),
            ],
            total=True,
        )
        chart_items.append((course.title, rate(total["completed"], total["enrolled"])))
        for unit in children:
            values = by_unit.get(
                (course.pk, unit.pk), {"enrolled": 0, "completed": 0, "median": None}
            )
            table.add(
                [
                    course.title,
                    unit.name,
                    values["enrolled"],
                    values["completed"],
                    rate(values["completed"], values["enrolled"]),
                    days(values["median"]),
                ],
                link=None,
            )
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
    stops = _where_trainees_stop(filters, courses)
    return Report([table, stops], charts)


def _lessons_done_counts(enrolments, course_ids) -> dict[tuple[int, int], int]:
    """{(course id, lessons done): enrolments}: lesson completions counted once per
    trainee and course in a derived table, joined to the enrolments (a correlated
    count per enrolment takes seconds at 200,000 enrolments). One query."""
    sub_sql, sub_params = enrolments.values("user_id", "course_id").query.sql_with_params()
    table = connection.ops.quote_name(LessonCompletion._meta.db_table)
    marks = ", ".join(["%s"] * len(course_ids))
    sql = (
        "SELECT e.course_id, COALESCE(d.n, 0) AS done, COUNT(*) "  # noqa: S608
        f"FROM ({sub_sql}) e LEFT JOIN ("
        f"SELECT user_id, course_id, COUNT(*) AS n FROM {table} "
        f"WHERE course_id IN ({marks}) GROUP BY user_id, course_id"
        ") d ON d.user_id = e.user_id AND d.course_id = e.course_id "
        "GROUP BY e.course_id, COALESCE(d.n, 0)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*sub_params, *course_ids])
        return {(course, done): n for course, done, n in cursor.fetchall()}


def _where_trainees_stop(filters: Filters, courses) -> Table:
    """Per lesson: trainees who completed it, and trainees whose next lesson it is
    (enrolled, course not complete): the lesson where most stop needs a look."""
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
            filters.volunteer_q("user__volunteer_profile__"),
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
    stopped = _lessons_done_counts(incomplete, course_ids) if course_ids else {}
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
        course_lessons = lessons.get(course.path, [])
        for number, lesson in enumerate(course_lessons, start=1):
            table.add(
                [
                    course.title,
                    number,
                    lesson.title,
                    completed.get(lesson.pk, 0),
                    stopped.get((course.pk, number - 1), 0),
                ]
            )
        at_quiz = sum(
            n
            for (cid, done), n in stopped.items()
            if cid == course.pk and done >= len(course_lessons)
        )
        table.add([course.title, None, _("Closing quiz"), None, at_quiz])
    return table


# Quizzes ------------------------------------------------------------------------------

SCORE_BINS = [f"{low}–{low + 9}" for low in range(0, 90, 10)] + ["90–100"]


def _attempts(filters: Filters, quiz_ids):
    return QuizAttempt.objects.finished().filter(
        filters.volunteer_q("user__volunteer_profile__"),
        filters.period_q("finished_at"),
        quiz_id__in=quiz_ids,
    )


def _question_counts(attempts) -> list[tuple[int, int, int, int, int]]:
    """(quiz id, question id, times asked, times answered wrong, answers awaiting a mark)
    over the attempts' sittings, from django-quiz-app's comma-separated question_order
    and incorrect_questions (which may hold empty items: "3,,5,"). An essay answer sits
    in incorrect_questions until a trainer accepts it: one still awaiting its mark
    (EssayMark.correct is null) is counted apart, not as wrong. One query."""
    from quiz.models import Sitting

    sub_sql, sub_params = attempts.values("sitting_id").query.sql_with_params()
    table = connection.ops.quote_name(Sitting._meta.db_table)
    marks = connection.ops.quote_name(EssayMark._meta.db_table)
    if connection.vendor == "postgresql":
        items = "CROSS JOIN LATERAL unnest(string_to_array(s.question_order, ',')) AS q(id)"
        question, contains = (
            "q.id",
            "strpos(',' || s.incorrect_questions || ',', ',' || q.id || ',')",
        )
    else:
        items = ", json_each('[' || trim(replace(s.question_order, ',,', ','), ',') || ']') AS q"
        question, contains = (
            "CAST(q.value AS TEXT)",
            "instr(',' || s.incorrect_questions || ',', ',' || q.value || ',')",
        )
    # At most one mark per (sitting, question): a unique constraint.
    sql = (
        f"SELECT s.quiz_id, {question} AS question, COUNT(*) AS asked, "  # noqa: S608
        f"SUM(CASE WHEN {contains} > 0 AND m.id IS NULL THEN 1 ELSE 0 END) AS wrong, "
        f"SUM(CASE WHEN m.id IS NULL THEN 0 ELSE 1 END) AS pending "
        f"FROM {table} s {items} "
        f"LEFT JOIN {marks} m ON m.sitting_id = s.id AND m.correct IS NULL "
        f"AND CAST(m.question_id AS TEXT) = {question} "
        f"WHERE {question} <> '' AND s.id IN ({sub_sql}) "
        f"GROUP BY s.quiz_id, {question}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, sub_params)
        return [
            (quiz, int(q), asked, wrong, pending)
            for quiz, q, asked, wrong, pending in cursor.fetchall()
        ]


def _question_admin_url(question) -> str | None:
    for child in ("mcquestion", "tf_question", "essay_question"):
        specific = getattr(question, child, None)
        if specific is not None:
            opts = specific._meta
            try:
                return reverse(
                    f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[question.pk]
                )
            except NoReverseMatch:
                return None
    return None


def quiz_report(filters: Filters) -> Report:
    """Per quiz, in every language of each course: attempts, pass rate, scores and their
    distribution, and the questions most often answered wrong, linked to their edit
    screen: 5 queries."""
    courses = filters.courses()
    position = {course.translation_key: index for index, course in enumerate(courses)}
    canonical = {course.translation_key: course for course in courses}
    # Each language version of a course has its own quiz: the default language's first.
    versions = sorted(
        CoursePage.objects.filter(translation_key__in=list(position), quiz__isnull=False)
        .select_related("quiz", "locale")
        .only("translation_key", "locale", "quiz"),
        key=lambda page: (
            position[page.translation_key],
            page.locale_id != canonical[page.translation_key].locale_id,
            page.locale.language_code,
        ),
    )
    quiz_courses = [(canonical[page.translation_key], page.quiz) for page in versions]
    quizzes = {quiz.pk: quiz for _course, quiz in quiz_courses}
    attempts = _attempts(filters, list(quizzes))
    summary = {
        row["quiz_id"]: row
        for row in attempts.values("quiz_id")
        .annotate(
            attempts=Count("pk"),
            trainees=Count("user_id", distinct=True),
            passed=Count("pk", filter=Q(passed=True)),
            mean=Avg("score_percent", output_field=FloatField()),
            median=Median("score_percent", output_field=FloatField()),
        )
        .order_by()
    }
    bins = {
        (row["quiz_id"], row["bin"]): row["n"]
        for row in attempts.annotate(
            bin=Least(F("score_percent") / Value(10), Value(9), output_field=IntegerField())
        )
        .values("quiz_id", "bin")
        .annotate(n=Count("pk"))
        .order_by()
    }
    scores = Table(
        "quizzes",
        _("Quiz results"),
        [
            Column("quiz", _("Quiz")),
            Column("course", _("Course")),
            Column("attempts", _("Attempts"), "number"),
            Column("trainees", _("Trainees"), "number"),
            Column("passed", _("Passed"), "number"),
            Column("pass_rate", _("Pass rate"), "percent"),
            Column("mean", _("Mean score"), "percent"),
            Column("median", _("Median score"), "percent"),
        ],
        note=_("Finished attempts in the date range; a trainee may make several."),
    )
    distribution = Table(
        "distribution",
        _("Score distribution"),
        [
            Column("quiz", _("Quiz")),
            *[Column(f"bin_{i}", f"{label} %", "number") for i, label in enumerate(SCORE_BINS)],
        ],
    )
    charts = []
    for course, quiz in quiz_courses:
        row = summary.get(
            quiz.pk, {"attempts": 0, "trainees": 0, "passed": 0, "mean": None, "median": None}
        )
        scores.add(
            [
                quiz.title,
                course.title,
                row["attempts"],
                row["trainees"],
                row["passed"],
                rate(row["passed"], row["attempts"]),
                None if row["mean"] is None else round(row["mean"], 1),
                None if row["median"] is None else round(row["median"], 1),
            ]
        )
        counts = [bins.get((quiz.pk, index), 0) for index in range(len(SCORE_BINS))]
        distribution.add([quiz.title, *counts])
        charts.append(
            histogram(
                _("Scores in %(quiz)s") % {"quiz": quiz.title},
                _(
                    "How many finished attempts scored in each band of ten per cent "
                    "(pass mark %(mark)s %%)."
                )
                % {"mark": quiz.pass_mark},
                list(zip(SCORE_BINS, counts, strict=True)),
            )
        )
    wrong = Table(
        "questions",
        _("Questions most often answered wrong"),
        [
            Column("question", _("Question")),
            Column("quiz", _("Quiz")),
            Column("asked", _("Asked"), "number"),
            Column("wrong", _("Answered wrong"), "number"),
            Column("pending", _("Awaiting a mark"), "number"),
            Column("wrong_rate", _("Wrong, per cent"), "percent"),
        ],
        note=_(
            "The %(n)s questions of each quiz answered wrong most often; open one to "
            "improve it or the lesson it tests. Written answers a trainer has not marked "
            "yet are counted apart: the per cent is of the answers marked."
        )
        % {"n": WRONG_QUESTIONS_SHOWN},
    )
    counted = [row for row in _question_counts(attempts) if row[0] in quizzes] if quizzes else []
    top = []
    for quiz_id in quizzes:
        rows = sorted(
            (row for row in counted if row[0] == quiz_id and row[3]),
            key=lambda row: (-row[3] / (row[2] - row[4]), -row[3], row[1]),
        )
        top.extend(rows[:WRONG_QUESTIONS_SHOWN])
    questions = {
        question.pk: question
        for question in Question.objects.filter(pk__in=[row[1] for row in top]).select_related(
            "mcquestion", "tf_question", "essay_question"
        )
    }
    for quiz_id, question_id, asked, wrong_count, pending in top:
        question = questions.get(question_id)
        wrong.add(
            [
                question.content if question else f"#{question_id}",
                quizzes[quiz_id].title,
                asked,
                wrong_count,
                pending,
                rate(wrong_count, asked - pending),
            ],
            link=_question_admin_url(question) if question else None,
        )
    return Report([scores, distribution, wrong], charts)


# Leaders and teams --------------------------------------------------------------------


def leader_report(filters: Filters) -> Report:
    """Active leaders per unit and level, their teams, and the teams short of ten: 3 queries
    (and one for the short teams' list)."""
    child = filters.child_field("volunteer__")
    leaders = {
        row.pop(child): row
        for row in Leadership.objects.active()
        .filter(filters.volunteer_q("volunteer__"), filters.period_q("promoted_at"))
        .values(child)
        .annotate(
            leaders=Count("pk"),
            **{level.value: Count("pk", filter=Q(level=level)) for level in Unit.Level},
        )
        .order_by()
    }
    teams_in_unit = (
        Team.objects.filter(filters.volunteer_q("leader__"))
        .annotate(size=Count("members"))
        .order_by()
    )
    teams = _team_sizes_by_unit(filters)
    table = Table(
        "leaders",
        _("Leaders and teams"),
        [
            Column("unit", _("Unit")),
            Column("leaders", _("Leaders"), "number"),
            *[
                Column(level.value, _("%(level)s level") % {"level": level.label}, "number")
                for level in Unit.Level
            ],
            Column("teams", _("Teams"), "number"),
            Column("members", _("Members"), "number"),
            Column("short", _("Teams short of ten"), "number"),
        ],
        note=_("Leaders counted where they live; promotions in the date range."),
    )
    empty_leaders = {"leaders": 0, **{level.value: 0 for level in Unit.Level}}
    empty_teams = {"teams": 0, "members": 0, "short": 0}

    def row(name, lv, tm):
        return [
            name,
            lv["leaders"],
            *[lv[level.value] for level in Unit.Level],
            tm["teams"],
            tm["members"] or 0,
            tm["short"],
        ]

    total_l = {key: sum(v[key] for v in leaders.values()) for key in empty_leaders}
    total_t = {key: sum((v[key] or 0) for v in teams.values()) for key in empty_teams}
    table.add(row(filters.unit.name, total_l, total_t), total=True)
    chart_items = []
    if filters.child_level:
        for unit in filters.children():
            lv, tm = leaders.get(unit.pk, empty_leaders), teams.get(unit.pk, empty_teams)
            table.add(row(unit.name, lv, tm), link=_drill("reports_leaders", filters, unit))
            chart_items.append((unit.name, lv["leaders"]))
    short_table = Table(
        "teams_short",
        _("Teams short of ten"),
        [
            Column("leader", _("Leader")),
            Column("district", _("District")),
            Column("members", _("Members"), "number"),
        ],
    )
    short_teams = (
        teams_in_unit.filter(size__lt=Team.MAX_MEMBERS)
        .select_related("leader__district")
        .order_by("size", "pk")
    )
    if chart_items:
        chart = bar_chart(
            _("Leaders per unit"),
            _("Active leaders living in each unit of %(unit)s.") % {"unit": filters.unit.name},
            chart_items,
        )
    else:
        chart = bar_chart(
            _("Leaders in %(unit)s") % {"unit": filters.unit.name},
            _("Active leaders living in %(unit)s, by the level they lead at.")
            % {"unit": filters.unit.name},
            [(level.label, total_l[level.value]) for level in Unit.Level],
        )
    charts = [chart]
    return Report([table, short_table], charts, short_teams=short_teams)


def _team_sizes_by_unit(filters: Filters) -> dict:
    """{unit id: teams, members, teams short of ten}: sizes counted by a join in a
    derived table, then summed per unit (a correlated count per team is slower). One query."""
    sized = (
        Team.objects.filter(filters.volunteer_q("leader__"))
        .values("pk", home_unit=F(filters.child_field("leader__")))
        .annotate(size=Count("members"))
        .order_by()
    )
    sub_sql, sub_params = sized.query.sql_with_params()
    sql = (
        "SELECT t.home_unit, COUNT(*), COALESCE(SUM(t.size), 0), "  # noqa: S608
        f"SUM(CASE WHEN t.size < {int(Team.MAX_MEMBERS)} THEN 1 ELSE 0 END) "
        f"FROM ({sub_sql}) t GROUP BY t.home_unit"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, sub_params)
        return {
            unit: {"teams": count, "members": int(members), "short": int(short or 0)}
            for unit, count, members, short in cursor.fetchall()
        }


def fill_short_teams(table: Table, teams, limit: int | None):
    rows = teams[:limit] if limit else teams.iterator(chunk_size=2000)
    for team in rows:
        try:
            url = reverse("coordinator_team", args=[team.pk])
        except NoReverseMatch:
            url = None
        district = team.leader.district
        table.add([team.leader.name_en, district.name if district else "", team.size], link=url)


# Certificates -------------------------------------------------------------------------


def certificate_report(filters: Filters) -> Report:
    """Certificates issued, being generated, failed and revoked, and active leaders
    still without one, per unit: 2 queries."""
    child = filters.child_field("leadership__volunteer__")
    certificates = {
        row.pop(child): row
        for row in Certificate.objects.filter(
            filters.volunteer_q("leadership__volunteer__"), filters.period_q("created_at")
        )
        .values(child)
        .annotate(
            **{status.value: Count("pk", filter=Q(status=status)) for status in Certificate.Status}
        )
        .order_by()
    }
    leader_child = filters.child_field("volunteer__")
    awaiting = dict(
        Leadership.objects.active()
        .filter(filters.volunteer_q("volunteer__"), filters.period_q("promoted_at"))
        .filter(
            ~Exists(
                Certificate.objects.filter(
                    leadership_id=OuterRef("pk"), status__in=Certificate.CURRENT
                )
            )
        )
        .values(leader_child)
        .annotate(n=Count("pk"))
        .values_list(leader_child, "n")
        .order_by()
    )
    statuses = [
        Certificate.Status.ISSUED,
        Certificate.Status.GENERATING,
        Certificate.Status.ERROR,
        Certificate.Status.REVOKED,
    ]
    table = Table(
        "certificates",
        _("Certificates"),
        [
            Column("unit", _("Unit")),
            *[Column(status.value, str(status.label), "number") for status in statuses],
            Column("awaiting", _("Leaders without a certificate"), "number"),
        ],
        note=_("Certificates created in the date range; leaders promoted in it."),
    )
    empty = {status.value: 0 for status in Certificate.Status}
    total = {key: sum(v[key] for v in certificates.values()) for key in empty}
    table.add(
        [filters.unit.name, *[total[s.value] for s in statuses], sum(awaiting.values())], total=True
    )
    if filters.child_level:
        for unit in filters.children():
            values = certificates.get(unit.pk, empty)
            table.add(
                [unit.name, *[values[s.value] for s in statuses], awaiting.get(unit.pk, 0)],
                link=_drill("reports_certificates", filters, unit),
            )
    chart = bar_chart(
        _("Certificates in %(unit)s") % {"unit": filters.unit.name},
        _("Certificates by status, and leaders still waiting for one."),
        [
            *[(s.label, total[s.value]) for s in statuses],
            (_("Leaders without a certificate"), sum(awaiting.values())),
        ],
    )
    return Report([table], [chart])
