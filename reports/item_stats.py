"""Item analysis's figures and the one pass over the answers that counts them.

Everything comes from the answers django-quiz-app keeps per sitting
(`Sitting.user_answers`, a JSON object {question id: answer}, with the wrong ones in
`incorrect_questions`), one row per answer (`answers_cte`), summed by quiz, question,
option and unit. The sums are additive, so a unit's figures are the sums of its
districts' and the correlation is computed from them in Python (`ItemStats`). Two readers
share that SQL: the live query (`live_item_rows`, any filter) and the summary's refresh
(`reports.item_summary`), which stores the sums per state and district once for every
finished attempt.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from quiz.models import Sitting

from django.db import connection
from django.utils.translation import gettext as _

from courses.models import EssayMark, QuizAttempt
from organisation.models import VolunteerProfile
from reports.filters import Filters
from reports.report import fetch_all

#: Flags wait for this many marked answers: below it a share or a correlation is noise.
MIN_ANSWERS_FOR_FLAGS = 20
TOO_EASY = 90.0  # facility, per cent, at or above
TOO_HARD = 30.0  # facility, per cent, at or below
NEGATIVE = 0.0  # discrimination below

#: What each group of answers sums, in the order ItemStats.add takes them: count, pending
#: essays, right (x), Σy, Σy², Σxy over marked answers (y: the attempt's other right answers).
SUMS_SQL = (
    "COUNT(*), "
    "SUM(CASE WHEN pending THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN pending THEN 0 ELSE x END), "
    "SUM(CASE WHEN pending THEN 0 ELSE score - x END), "
    "SUM(CASE WHEN pending THEN 0 ELSE (score - x) * (score - x) END), "
    "SUM(CASE WHEN pending THEN 0 ELSE x * (score - x) END)"
)


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
        """Keys of the flags raised (see flag_labels); none below MIN_ANSWERS_FOR_FLAGS."""
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


def item_rows_collect(rows) -> ItemRows:
    """ItemRows from (quiz, question, unit, choice, *sums) rows, the sums as SUMS_SQL."""
    totals, by_unit = defaultdict(ItemStats), defaultdict(ItemStats)
    for quiz, question, unit, choice, *sums in rows:
        sums = [value or 0 for value in sums]
        totals[(quiz, int(question))].add(*sums, choice=choice)
        by_unit[(unit, quiz, int(question))].add(*sums, choice=choice)
    return ItemRows(dict(totals), dict(by_unit))


def answers_cte(sub_sql: str) -> str:
    """`WITH answers AS (…)`: one row per answer of the sittings `sub_sql` selects (their
    ids), with the quiz, question id (text), the trainee's state and district, the choice,
    whether an essay awaits its mark, x and the attempt's score. Answers under a key that
    is not a question id (nothing the engine writes) are left out."""
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
        mark_key = "m.question_id::text"
        is_id = "a.key ~ '^[0-9]{1,9}$'"
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
        mark_key = "CAST(m.question_id AS TEXT)"
        is_id = "a.key GLOB '[0-9]*' AND a.key NOT GLOB '*[^0-9]*' AND length(a.key) <= 9"
    # x: 1 right, 0 wrong; y: the attempt's other right answers. Pending essays (a mark
    # awaited: at most one per sitting and question, a unique constraint) add to the
    # count only.
    return (
        "WITH answers AS ("  # noqa: S608
        "SELECT s.quiz_id AS quiz, a.key AS question, v.state_id AS state, "
        f"v.district_id AS district, {choice} AS choice, m.id IS NOT NULL AS pending, "
        f"CASE WHEN {contains} > 0 THEN 0 ELSE 1 END AS x, s.current_score AS score "
        f"FROM {sitting} s JOIN {volunteer} v ON v.user_id = s.user_id {each} "
        f"LEFT JOIN {marks} m ON m.sitting_id = s.id AND m.correct IS NULL "
        f"AND {mark_key} = a.key "
        f"WHERE s.id IN ({sub_sql}) AND {is_id}) "
    )


def live_item_rows(filters: Filters, quiz_ids: list[int]) -> ItemRows:
    """Every question's stats in the filtered unit and per unit below it, counted now
    from the answers (any filter): 1 query."""
    if not quiz_ids:
        return ItemRows({}, {})
    attempts = QuizAttempt.objects.finished().filter(
        filters.volunteer_user_q(), filters.period_q("finished_at"), quiz_id__in=quiz_ids
    )
    sub_sql, sub_params = attempts.values("sitting_id").query.sql_with_params()
    unit = "state" if filters.child_field() == "state_id" else "district"
    sql = (
        answers_cte(sub_sql) + f"SELECT quiz, question, {unit}, choice, {SUMS_SQL} "  # noqa: S608
        f"FROM answers GROUP BY quiz, question, {unit}, choice"
    )
    return item_rows_collect(fetch_all(sql, sub_params))
