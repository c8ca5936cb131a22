"""Item analysis's summary: its sums per quiz, question, state, district and option,
counted once for every finished attempt in the background, so that a coordinator's item
analysis reads a few thousand rows instead of every answer (on 500,000 attempts the
answers are 8 million rows: bench/README.md).

- **Refresh** (`item_summary_refresh`, the task `reports.tasks.item_summary_refresh`):
  the whole summary is deleted and counted again in one transaction, the counting in one
  statement over the same answers SQL as the live query (`reports.item_stats`), so one
  snapshot of the answers (on PostgreSQL, consistent under the answers committed
  meanwhile): `INSERT … SELECT` on SQLite, `CREATE TEMPORARY TABLE … AS SELECT` copied
  in on PostgreSQL (parallel); readers see the old figures until it commits. The state
  row is locked for the duration, so two refreshes never interleave. When and why it
  runs is decided in `reports.item_summary_schedule`.
- **Read** (`item_rows`): the summary when it exists and the filters are ones it can
  answer (unit and course: the scope's state or district, the course's quizzes); the live
  query for a cohort or a date range, before the first refresh, or with
  `REPORTS_ITEM_SUMMARY` off. A unit's rows are the summary's rows of its state or
  district, as the live query takes its volunteers, so a coordinator sees from the
  summary exactly what they would see counted live at the time it was counted.
"""

import time
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone

from courses.models import QuizAttempt
from organisation.models import Unit
from reports.filters import Filters
from reports.item_stats import SUMS_SQL, ItemRows, answers_cte, item_rows_collect, live_item_rows
from reports.models import ItemSummary, ItemSummaryState

SUMMED = ("answered", "pending", "right", "sum_y", "sum_yy", "sum_xy")


def _counting_sql() -> tuple[str, list, str]:
    """The summary's rows counted from every finished attempt: one SELECT, its params,
    and the summary's columns in the order it gives them."""
    attempts = QuizAttempt.objects.finished().values("sitting_id")
    sub_sql, params = attempts.query.sql_with_params()
    columns = ", ".join(
        connection.ops.quote_name(ItemSummary._meta.get_field(name).column)
        for name in ("quiz", "question", "state", "district", "choice", *SUMMED)
    )
    counts = f"SELECT quiz, CAST(question AS integer), state, district, choice, {SUMS_SQL} "  # noqa: S608
    select = (
        answers_cte(sub_sql)
        + counts
        + "FROM answers GROUP BY quiz, question, state, district, choice"
    )
    return select, list(params), columns


def _count(cursor) -> int:
    """Fill the (emptied) summary in one statement that reads the answers."""
    select, params, columns = _counting_sql()
    table = connection.ops.quote_name(ItemSummary._meta.db_table)
    if connection.vendor == "postgresql":
        # PostgreSQL runs INSERT … SELECT without parallel workers and CREATE TABLE AS
        # with them: on 500,000 attempts counting into a temporary table and copying it
        # took half the time (bench/README.md). The answers are still read by one
        # statement, so in one snapshot.
        cursor.execute(
            f"CREATE TEMPORARY TABLE item_summary_fresh ({columns}) ON COMMIT DROP AS {select}",
            params,
        )
        copy = f"INSERT INTO {table} ({columns}) SELECT {columns} FROM item_summary_fresh"  # noqa: S608
        cursor.execute(copy)
        rows = cursor.rowcount
        # Dropped now, not only at the commit: a caller's transaction may count again.
        cursor.execute("DROP TABLE item_summary_fresh")
        return rows
    # INSERT first, its query with the CTE: so the driver counts the rows inserted.
    cursor.execute(f"INSERT INTO {table} ({columns}) {select}", params)  # noqa: S608
    return max(cursor.rowcount, 0)


def item_summary_refresh(*, requested_at: datetime | None = None) -> dict:
    """Count the summary again, whole, unless it was counted at or after `requested_at`
    (a refresh asked for by then has nothing left to count). Safe to run twice, or
    while trainees answer."""
    ItemSummaryState.objects.get_or_create(pk=1)
    with transaction.atomic():
        state = ItemSummaryState.objects.select_for_update().get(pk=1)
        if requested_at and state.counted_at and state.counted_at >= requested_at:
            return {"skipped": True, "counted_at": state.counted_at.isoformat()}
        started = time.perf_counter()
        ItemSummary.objects.all().delete()
        # Every answer committed by now is in the count: the statement's snapshot is
        # taken after this (in PostgreSQL's READ COMMITTED, at the statement's start).
        counted_at = timezone.now()
        with connection.cursor() as cursor:
            rows = _count(cursor)
        state.counted_at = counted_at
        state.seconds = round(time.perf_counter() - started, 3)
        state.rows = rows
        state.save()
    return {"rows": state.rows, "seconds": state.seconds, "counted_at": counted_at.isoformat()}


def summary_answers(filters: Filters) -> bool:
    """Whether the summary can answer these filters: it knows each answer's quiz, state
    and district, not the trainee's sign-up month nor the attempt's date."""
    return (
        settings.REPORTS_ITEM_SUMMARY
        and filters.cohort is None
        and filters.date_from is None
        and filters.date_to is None
    )


def summary_counted_at() -> datetime | None:
    """When the summary's figures were counted; None before the first refresh."""
    return ItemSummaryState.objects.filter(pk=1).values_list("counted_at", flat=True).first()


def summary_item_rows(filters: Filters, quiz_ids: list[int]) -> ItemRows:
    """What `live_item_rows` gives for a unit and quizzes (no cohort, no dates), from
    the summary: its rows of the unit, summed per unit below it. 1 query."""
    if not quiz_ids:
        return ItemRows({}, {})
    rows = ItemSummary.objects.filter(quiz_id__in=quiz_ids)
    if filters.unit.level == Unit.Level.STATE:
        rows = rows.filter(state_id=filters.unit.pk)
    elif filters.unit.level == Unit.Level.DISTRICT:
        rows = rows.filter(district_id=filters.unit.pk)
    rows = (
        rows.values_list("quiz_id", "question_id", filters.child_field(), "choice")
        .annotate(*(Sum(name) for name in SUMMED))
        .order_by()
    )
    return item_rows_collect(rows)


def item_rows(filters: Filters, quiz_ids: list[int]) -> tuple[ItemRows, datetime | None]:
    """Every question's stats in the filtered unit and per unit below it, and when they
    were counted: from the summary when it can answer the filters (with its time), else
    counted now (None)."""
    if summary_answers(filters):
        counted_at = summary_counted_at()
        if counted_at is not None:
            return summary_item_rows(filters, quiz_ids), counted_at
    return live_item_rows(filters, quiz_ids), None
