"""Item analysis: how each quiz question behaves, for trainers improving a quiz.

Per question, over the finished attempts in the unit, period and cohort:

- **facility**: the share of marked answers that were right (an essay still awaiting
  its mark is counted apart, neither right nor wrong);
- **discrimination**: the point-biserial correlation between answering it right and
  the rest of the attempt's score (the attempt's right answers without this one), so
  a question does not correlate with itself. Near 0: strong and weak trainees do as
  well on it; below 0: the trainees who know the rest get it wrong, so the key or the
  wording is suspect;
- **how often each option is chosen** (multiple choice, true/false);
- **flags**: too easy, too hard, negative discrimination, once enough answers are in.

Everything comes from one pass over the answers django-quiz-app keeps per sitting
(`Sitting.user_answers`, a JSON object {question id: answer}, with the wrong ones in
`incorrect_questions`), grouped by quiz, question, option and the unit below the
filtered one. The sums are additive, so the filtered unit's figures are the sums of its
units' and the correlation is computed from them in Python. One query, whatever the
unit; a second reads the questions and their options.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from multichoice.models import Answer
from quiz.models import Question, Sitting

from django.db import connection
from django.utils.translation import gettext as _

from courses.models import EssayMark, QuizAttempt
from organisation.models import VolunteerProfile
from reports.filters import Filters
from reports.quizzes import QUESTION_TYPES, question_admin_url, quiz_versions
from reports.report import Report, drill, fetch_all
from reports.tables import Column, Table, bar_chart, rate

#: Flags wait for this many marked answers: below it a share or a correlation is noise.
MIN_ANSWERS_FOR_FLAGS = 20
TOO_EASY = 90.0  # facility, per cent, at or above
TOO_HARD = 30.0  # facility, per cent, at or below
NEGATIVE = 0.0  # discrimination below


@dataclass
class ItemStats:
    """One question's answers (in a unit, or in total): counts and the sums the
    point-biserial correlation needs, over marked answers (x: right 1 / wrong 0,
    y: the rest of the attempt's score)."""

    answered: int = 0
    pending: int = 0
    right: int = 0
    sum_y: float = 0
    sum_yy: float = 0
    sum_xy: float = 0
    # {choice as stored (an answer id, "True", "False"): times chosen}
    choices: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, answered, pending, right, sum_y, sum_yy, sum_xy, choice=""):
        self.answered += answered
        self.pending += pending
        self.right += right
        self.sum_y += sum_y
        self.sum_yy += sum_yy
        self.sum_xy += sum_xy
        if choice:
            self.choices[choice] += answered

    @property
    def marked(self) -> int:
        return self.answered - self.pending

    @property
    def facility(self) -> float | None:
        """Per cent of marked answers that were right."""
        if not self.marked:
            return None
        return round(100 * self.right / self.marked, 1)

    @property
    def discrimination(self) -> float | None:
        """Point-biserial r between right/wrong and the rest score; None when either
        side has no variance (everyone right, everyone wrong, or equal rest scores)."""
        n, sx = self.marked, self.right
        spread_x = n * sx - sx * sx
        spread_y = n * self.sum_yy - self.sum_y * self.sum_y
        if n < 2 or spread_x <= 0 or spread_y <= 0:
            return None
        return round((n * self.sum_xy - sx * self.sum_y) / math.sqrt(spread_x * spread_y), 2)

    def flags(self) -> list[str]:
        """Keys of the flags raised (see FLAG_LABELS); none below MIN_ANSWERS_FOR_FLAGS."""
        if self.marked < MIN_ANSWERS_FOR_FLAGS:
            return []
        flags = []
        if self.facility >= TOO_EASY:
            flags.append("easy")
        elif self.facility <= TOO_HARD:
            flags.append("hard")
        if self.discrimination is not None and self.discrimination < NEGATIVE:
            flags.append("negative")
        return flags


def flag_labels() -> dict[str, str]:
    return {
        "easy": _("too easy"),
        "hard": _("too hard"),
        "negative": _("negative discrimination"),
    }


@dataclass
class ItemRows:
    # {(quiz id, question id): ItemStats} for the filtered unit
    totals: dict
    # {(unit id, quiz id, question id): ItemStats} for each unit below it
    by_unit: dict


def _answers_sql(sub_sql: str, unit_column: str) -> str:
    """One row per (quiz, question, unit, choice) with counts and sums."""
    sitting = connection.ops.quote_name(Sitting._meta.db_table)
    volunteer = connection.ops.quote_name(VolunteerProfile._meta.db_table)
    marks = connection.ops.quote_name(EssayMark._meta.db_table)
    if connection.vendor == "postgresql":
        # user_answers is text; an empty or broken one counts as no answers.
        each = (
            "CROSS JOIN LATERAL json_each(CASE WHEN s.user_answers LIKE '{%%' "
            "THEN s.user_answers ELSE '{}' END::json) AS a"
        )
        choice = (
            "CASE WHEN json_typeof(a.value) = 'number' OR a.value::text IN "
            "('\"True\"', '\"False\"') THEN a.value #>> '{}' ELSE '' END"
        )
        contains = "strpos(',' || s.incorrect_questions || ',', ',' || a.key || ',')"
        key = "a.key"
        mark_key = "m.question_id::text"
    else:
        each = (
            ", json_each(CASE WHEN json_valid(s.user_answers) THEN s.user_answers "
            "ELSE '{}' END) AS a"
        )
        choice = (
            "CASE WHEN a.type = 'integer' OR a.value IN ('True', 'False') "
            "THEN CAST(a.value AS TEXT) ELSE '' END"
        )
        contains = "instr(',' || s.incorrect_questions || ',', ',' || a.key || ',')"
        key = "a.key"
        mark_key = "CAST(m.question_id AS TEXT)"
    # x: 1 right, 0 wrong; y: the attempt's other right answers. Pending essays (a mark
    # awaited: at most one per sitting and question, a unique constraint) add to the
    # count only.
    return (
        "WITH answers AS ("  # noqa: S608
        f"SELECT s.quiz_id AS quiz, {key} AS question, v.{unit_column} AS unit, "
        f"{choice} AS choice, m.id IS NOT NULL AS pending, "
        f"CASE WHEN {contains} > 0 THEN 0 ELSE 1 END AS x, s.current_score AS score "
        f"FROM {sitting} s JOIN {volunteer} v ON v.user_id = s.user_id {each} "
        f"LEFT JOIN {marks} m ON m.sitting_id = s.id AND m.correct IS NULL "
        f"AND {mark_key} = {key} "
        f"WHERE s.id IN ({sub_sql})) "
        "SELECT quiz, question, unit, choice, COUNT(*), "
        "SUM(CASE WHEN pending THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN pending THEN 0 ELSE x END), "
        "SUM(CASE WHEN pending THEN 0 ELSE score - x END), "
        "SUM(CASE WHEN pending THEN 0 ELSE (score - x) * (score - x) END), "
        "SUM(CASE WHEN pending THEN 0 ELSE x * (score - x) END) "
        "FROM answers GROUP BY quiz, question, unit, choice"
    )


def item_rows(filters: Filters, quiz_ids: list[int]) -> ItemRows:
    """Every question's stats in the filtered unit and per unit below it: 1 query."""
    if not quiz_ids:
        return ItemRows({}, {})
    attempts = QuizAttempt.objects.finished().filter(
        filters.volunteer_user_q(), filters.period_q("finished_at"), quiz_id__in=quiz_ids
    )
    sub_sql, sub_params = attempts.values("sitting_id").query.sql_with_params()
    totals, by_unit = defaultdict(ItemStats), defaultdict(ItemStats)
    for quiz, question, unit, choice, *sums in fetch_all(
        _answers_sql(sub_sql, filters.child_field()), sub_params
    ):
        if not str(question).isdigit():
            continue  # not an answer the engine wrote
        sums = [value or 0 for value in sums]
        totals[(quiz, int(question))].add(*sums, choice=choice)
        by_unit[(unit, quiz, int(question))].add(*sums, choice=choice)
    return ItemRows(dict(totals), dict(by_unit))


@dataclass
class QuestionInfo:
    question: Question
    kind: str
    # [(choice as stored, label, correct)] in the question's order
    options: list


def questions_info(question_ids) -> dict[int, QuestionInfo]:
    """The questions and their options: 2 queries."""
    questions = Question.objects.filter(pk__in=list(question_ids)).select_related(*QUESTION_TYPES)
    answers = defaultdict(list)
    for answer in Answer.objects.filter(question_id__in=list(question_ids)).order_by("pk"):
        answers[answer.question_id].append((str(answer.pk), answer.content, answer.correct))
    info = {}
    for question in questions:
        if getattr(question, "mcquestion", None) is not None:
            kind, options = _("Multiple choice"), answers[question.pk]
        elif getattr(question, "tf_question", None) is not None:
            correct = question.tf_question.correct
            kind = _("True or false")
            options = [("True", _("True"), correct), ("False", _("False"), not correct)]
        elif getattr(question, "essay_question", None) is not None:
            kind, options = _("Written answer"), []
        elif getattr(question, "spotthefakequestion", None) is not None:
            # Right: full marks (verdict and exactly the deciding evidence); its parts
            # are in the quiz report's results by manipulation type.
            kind, options = _("Spot the fake"), []
        else:
            kind, options = _("Other"), []
        info[question.pk] = QuestionInfo(question, kind, options)
    return info


def item_report(filters: Filters) -> Report:
    """The item analysis page: every question of each quiz with its facility,
    discrimination and flags; how often each option is chosen; and per unit below the
    filtered one, its facility and flagged questions, drilling down to that unit's own
    analysis. 4 queries."""
    quiz_courses = quiz_versions(filters.courses())
    quizzes = {quiz.pk: quiz for _course, quiz in quiz_courses}
    rows = item_rows(filters, list(quizzes))
    info = questions_info({question for _quiz, question in rows.totals})
    labels = flag_labels()
    order = _question_order(quizzes, rows.totals)
    items = Table(
        "items",
        _("Item analysis"),
        [
            Column("question", _("Question")),
            Column("quiz", _("Quiz")),
            Column("kind", _("Type")),
            Column("answered", _("Answered"), "number"),
            Column("pending", _("Awaiting a mark"), "number"),
            Column("facility", _("Facility (right, per cent)"), "percent"),
            Column("discrimination", _("Discrimination"), "decimal"),
            Column("flags", _("Flags")),
        ],
        note=_(
            "Facility: the share of marked answers that were right. Discrimination: how "
            "answering this question right goes with doing well on the rest of the quiz, "
            "from −1 to 1; about 0.2 or more is good, below 0 means trainees who know the "
            "rest get this one wrong (check the key and the wording). Flags appear once a "
            "question has %(n)s marked answers: too easy (%(easy)s %% right or more), too "
            "hard (%(hard)s %% or less), negative discrimination."
        )
        % {"n": MIN_ANSWERS_FOR_FLAGS, "easy": int(TOO_EASY), "hard": int(TOO_HARD)},
    )
    options = Table(
        "options",
        _("How often each option is chosen"),
        [
            Column("question", _("Question")),
            Column("option", _("Option")),
            Column("correct", _("Correct")),
            Column("chosen", _("Chosen"), "number"),
            Column("share", _("Share, per cent"), "percent"),
        ],
        note=_("A wrong option nobody chooses does not test anything; replace it."),
    )
    charts = []
    for quiz_id, question_ids in order.items():
        bars = []
        for question_id in question_ids:
            stats = rows.totals[(quiz_id, question_id)]
            question = info.get(question_id)
            text = question.question.content if question else f"#{question_id}"
            link = question_admin_url(question.question) if question else None
            items.add(
                [
                    text,
                    quizzes[quiz_id].title,
                    question.kind if question else "",
                    stats.answered,
                    stats.pending,
                    stats.facility,
                    stats.discrimination,
                    ", ".join(labels[flag] for flag in stats.flags()),
                ],
                link=link,
            )
            bars.append((text, stats.facility))
            for choice, label, correct in question.options if question else []:
                chosen = stats.choices.get(choice, 0)
                share = rate(chosen, stats.answered)
                options.add([text, label, _("yes") if correct else "", chosen, share], link=link)
        charts.append(
            bar_chart(
                _("Facility in %(quiz)s") % {"quiz": quizzes[quiz_id].title},
                _("The share of marked answers that were right, per question."),
                bars,
                suffix=" %",
                maximum=100,
            )
        )
    return Report([items, options, _by_unit(filters, quizzes, rows, info)], charts)


def _question_order(quizzes: dict, totals: dict) -> dict[int, list[int]]:
    """{quiz id: its answered questions}, quizzes as listed (each with a chart, empty
    when nothing is answered yet), questions in written order."""
    order = {quiz_id: [] for quiz_id in quizzes}
    for quiz_id, question_id in sorted(totals):
        if quiz_id in order:
            order[quiz_id].append(question_id)
    return order


def _by_unit(filters: Filters, quizzes: dict, rows: ItemRows, info: dict) -> Table:
    table = Table(
        "items_by_unit",
        _("Item analysis by unit"),
        [
            Column("unit", _("Unit")),
            Column("quiz", _("Quiz")),
            Column("answered", _("Answers"), "number"),
            Column("facility", _("Facility (right, per cent)"), "percent"),
            Column("flagged", _("Questions flagged"), "number"),
            Column("hardest", _("Hardest question")),
            Column("hardest_facility", _("Its facility"), "percent"),
        ],
        note=_("Open a unit for its own item analysis."),
    )
    grouped = defaultdict(dict)  # {(unit id, quiz id): {question id: ItemStats}}
    for (unit_id, quiz_id, question_id), item in rows.by_unit.items():
        grouped[(unit_id, quiz_id)][question_id] = item
    for unit in filters.children() if filters.child_level else []:
        for quiz_id, quiz in quizzes.items():
            stats = grouped.get((unit.pk, quiz_id), {})
            total = ItemStats()
            for item in stats.values():
                total.add(item.answered, item.pending, item.right, 0, 0, 0)
            hardest = min(
                (item for item in stats.items() if item[1].facility is not None),
                key=lambda item: (item[1].facility, item[0]),
                default=None,
            )
            question = info.get(hardest[0]) if hardest else None
            table.add(
                [
                    str(unit.name),
                    quiz.title,
                    total.answered,
                    total.facility,
                    sum(1 for item in stats.values() if item.flags()),
                    question.question.content if question else "",
                    hardest[1].facility if hardest else None,
                ],
                link=drill("reports_items", filters, unit),
            )
    return table
