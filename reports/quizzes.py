"""The quiz report: attempts, trainees, pass rate, mean and median score, the score
histogram, the questions of each quiz most often answered wrong (from
django-quiz-app's `Sitting.question_order` / `incorrect_questions`), and spot-the-fake
results by manipulation type (reports.spot_results)."""

from dataclasses import dataclass

from quiz.models import Question, Sitting

from django.db import connection
from django.db.models import Avg, Count, F, FloatField, IntegerField, Q, Value
from django.db.models.functions import Least
from django.db.models.lookups import Exact
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from courses.models import CoursePage, EssayMark, QuizAttempt
from reports.filters import Filters
from reports.report import Median, Report, fetch_all
from reports.spot_results import spot_table
from reports.tables import Column, Table, histogram, rate

WRONG_QUESTIONS_SHOWN = 10
SCORE_BINS = [f"{low}–{low + 9}" for low in range(0, 90, 10)] + ["90–100"]
NO_ATTEMPTS = {"attempts": 0, "trainees": 0, "passed": 0, "mean": None, "median": None}


@dataclass
class QuizRows:
    # {quiz id: attempts, trainees, passed, mean and median score}
    summary: dict
    # {(quiz id, score band 0 to 9): attempts}
    bins: dict
    # (quiz id, question id, asked, answered wrong, awaiting a mark): the questions of
    # each quiz most often answered wrong, worst first
    wrong: list
    # {question id: Question} for those
    questions: dict


def quiz_versions(courses: list[CoursePage]) -> list[tuple[CoursePage, object]]:
    """(course, quiz) for each language version of each course with a quiz: each
    language has its own quiz, the default language's first. One query."""
    position = {course.translation_key: index for index, course in enumerate(courses)}
    canonical = {course.translation_key: course for course in courses}
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
    return [(canonical[page.translation_key], page.quiz) for page in versions]


def _attempts(filters: Filters, quiz_ids):
    return QuizAttempt.objects.finished().filter(
        filters.volunteer_user_q(),
        filters.period_q("finished_at"),
        quiz_id__in=quiz_ids,
    )


def _question_counts(attempts) -> list[tuple[int, int, int, int, int]]:
    """(quiz id, question id, times asked, times answered wrong, answers awaiting a mark)
    over the attempts' sittings, from django-quiz-app's comma-separated question_order
    and incorrect_questions (which may hold empty items: "3,,5,"). An essay answer sits
    in incorrect_questions until a trainer accepts it: one still awaiting its mark
    (EssayMark.correct is null) is counted apart, not as wrong. One query."""
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
    return [
        (quiz, int(q), asked, wrong, pending)
        for quiz, q, asked, wrong, pending in fetch_all(sql, sub_params)
    ]


def quiz_rows(filters: Filters, quiz_ids: list[int]) -> QuizRows:
    """Each quiz's attempts and scores, their distribution and the questions most often
    answered wrong, over finished attempts in the unit and period: 3 queries."""
    attempts = _attempts(filters, quiz_ids)
    # The score bands are counted in the same pass over the attempts as the summary.
    band = Least(F("score_percent") / Value(10), Value(9), output_field=IntegerField())
    summary = {
        row["quiz_id"]: row
        for row in attempts.values("quiz_id")
        .annotate(
            attempts=Count("pk"),
            trainees=Count("user_id", distinct=True),
            passed=Count("pk", filter=Q(passed=True)),
            mean=Avg("score_percent", output_field=FloatField()),
            median=Median("score_percent", output_field=FloatField()),
            **{
                f"band_{index}": Count("pk", filter=Exact(band, index))
                for index in range(len(SCORE_BINS))
            },
        )
        .order_by()
    }
    bins = {
        (quiz_id, index): row[f"band_{index}"]
        for quiz_id, row in summary.items()
        for index in range(len(SCORE_BINS))
    }
    known = set(quiz_ids)
    counted = [row for row in _question_counts(attempts) if row[0] in known] if known else []
    wrong = []
    for quiz_id in quiz_ids:
        rows = sorted(
            (row for row in counted if row[0] == quiz_id and row[3]),
            key=lambda row: (-row[3] / (row[2] - row[4]), -row[3], row[1]),
        )
        wrong.extend(rows[:WRONG_QUESTIONS_SHOWN])
    questions = {
        question.pk: question
        for question in Question.objects.filter(pk__in=[row[1] for row in wrong]).select_related(
            *QUESTION_TYPES
        )
    }
    return QuizRows(summary, bins, wrong, questions)


#: django-quiz-app's question types and ours, by their one-to-one accessor on Question.
QUESTION_TYPES = ("mcquestion", "tf_question", "essay_question", "spotthefakequestion")


def question_admin_url(question) -> str | None:
    for child in QUESTION_TYPES:
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
    distribution, the questions most often answered wrong, linked to their edit
    screen, and spot-the-fake results by manipulation type: 5 queries."""
    quiz_courses = quiz_versions(filters.courses())
    quizzes = {quiz.pk: quiz for _course, quiz in quiz_courses}
    rows = quiz_rows(filters, list(quizzes))
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
        row = rows.summary.get(quiz.pk, NO_ATTEMPTS)
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
        counts = [rows.bins.get((quiz.pk, index), 0) for index in range(len(SCORE_BINS))]
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
    spot = spot_table(quizzes, _attempts(filters, list(quizzes)))
    return Report([scores, distribution, _wrong_questions(quizzes, rows), spot], charts)


def _wrong_questions(quizzes: dict, rows: QuizRows) -> Table:
    table = Table(
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
    for quiz_id, question_id, asked, wrong_count, pending in rows.wrong:
        question = rows.questions.get(question_id)
        table.add(
            [
                question.content if question else f"#{question_id}",
                quizzes[quiz_id].title,
                asked,
                wrong_count,
                pending,
                rate(wrong_count, asked - pending),
            ],
            link=question_admin_url(question) if question else None,
        )
    return table
