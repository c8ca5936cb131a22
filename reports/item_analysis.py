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

The sums come from the item summary (`reports.item_summary`: counted in the background,
the page says when) or, with a cohort or date filter or before the first summary, from
the answers themselves (`reports.item_stats.live_item_rows`); either way one query, and
a second reads the questions and their options.
"""

from collections import defaultdict
from dataclasses import dataclass

from multichoice.models import Answer
from quiz.models import Question

from django.utils.translation import gettext as _

from reports.filters import Filters
from reports.item_stats import (
    MIN_ANSWERS_FOR_FLAGS,
    TOO_EASY,
    TOO_HARD,
    ItemRows,
    ItemStats,
    flag_labels,
)
from reports.item_summary import item_rows
from reports.quizzes import QUESTION_TYPES, question_admin_url, quiz_versions
from reports.report import Report, drill
from reports.tables import Column, Table, bar_chart, rate


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
    analysis. Queries: the quizzes, the summary's age (when the summary is on), the sums,
    the questions, their options and the units below (none below a district)."""
    quiz_courses = quiz_versions(filters.courses())
    quizzes = {quiz.pk: quiz for _course, quiz in quiz_courses}
    rows, counted_at = item_rows(filters, list(quizzes))
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
    return Report(
        [items, options, _by_unit(filters, quizzes, rows, info)], charts, counted_at=counted_at
    )


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
