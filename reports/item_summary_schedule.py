"""When item analysis's summary is counted again: this module decides and queues;
reports.item_summary does the work the task calls.

- **After answers change** (`item_summary_changed`): an attempt finished, an essay marked
  (courses' signals, reports.receivers) or people erased (reports.privacy). The first
  change queues a refresh to run `REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS` later; the
  changes until then are counted by that same refresh, so a busy hour costs one refresh
  per window, not one per answer.
- **Periodically** (`item_summary_due`, asked by the watchdog's every sweep): when the
  summary was never counted, or not for `REPORTS_ITEM_SUMMARY_SECONDS`; this also covers
  a change whose queued refresh was lost.

A refresh asked for at a time skips itself when the summary was counted since
(`reports.item_summary.item_summary_refresh`), so a duplicate costs one query.
"""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from reports.models import ItemSummaryState
from reports.tasks import item_summary_refresh

CHANGED_KEY = "reports:item-summary:changed"
DUE_KEY = "reports:item-summary:due"


def item_summary_changed() -> bool:
    """Answers that item analysis counts changed (call after the commit): queue the
    window's refresh unless one is queued already. True when queued."""
    if not settings.REPORTS_ITEM_SUMMARY:
        return False
    delay = settings.REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS
    task, run_at = item_summary_refresh, timezone.now()
    if delay and task.get_backend().supports_defer:
        if not cache.add(CHANGED_KEY, "1", timeout=delay):
            return False  # the window's refresh is queued: it will count this change
        run_at += timedelta(seconds=delay)
        task = task.using(run_after=run_at)
    # else no window, or a backend that runs tasks at once (the tests'): refresh now.
    # Counted after the window's end, the summary holds every change of the window.
    task.enqueue(requested_at=run_at.isoformat())
    return True


def item_summary_due(now=None) -> bool:
    """The watchdog's sweep: queue a refresh when the summary was never counted or is
    older than REPORTS_ITEM_SUMMARY_SECONDS, once per WATCHDOG_STALE_SECONDS (a refresh
    whose worker died is queued again by a later sweep). True when queued."""
    if not settings.REPORTS_ITEM_SUMMARY:
        return False
    now = now or timezone.now()
    counted_at = ItemSummaryState.objects.filter(pk=1).values_list("counted_at", flat=True).first()
    if counted_at and counted_at > now - timedelta(seconds=settings.REPORTS_ITEM_SUMMARY_SECONDS):
        return False
    if not cache.add(DUE_KEY, "1", timeout=settings.WATCHDOG_STALE_SECONDS):
        return False
    item_summary_refresh.enqueue(requested_at=now.isoformat())
    return True
