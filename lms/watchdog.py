"""The watchdog: background work left behind by a crash is queued again, with no person.

Every unit of background work keeps its state in the database (what is left, and
when it last made progress). Each app connects a receiver to ``work_left_behind``
that queues again its work whose last progress is older than ``WATCHDOG_STALE_SECONDS``
and finishes what is done but not closed (a batch's ZIP, an import's report). All of
it is idempotent, so a sweep too many costs only a few queries.

The workers run it themselves (``manage.py tasks_worker``, and so ``make worker`` and
``make run``; the RQ workers through ``lms.rq_workers.Worker``): every
``WATCHDOG_SECONDS`` one of them queues ``watchdog_sweep``. ``tick`` takes a lock in
the cache so that many workers queue it about once per period (the cache is Redis in
production; a duplicate sweep is harmless).
"""

import logging

from django_tasks import task

from django.conf import settings
from django.core.cache import cache
from django.dispatch import Signal

logger = logging.getLogger(__name__)

#: Sent by each sweep; receivers return what they queued again (any JSON-able value).
work_left_behind = Signal()

LOCK_KEY = "lms:watchdog:tick"


def sweep() -> dict[str, object]:
    """Ask every app to queue again its work left behind; one failing does not stop the others."""
    results = {}
    for receiver, result in work_left_behind.send_robust(sender=None):
        name = f"{receiver.__module__}.{receiver.__qualname__}"
        if isinstance(result, Exception):
            logger.error("Watchdog: %s failed", name, exc_info=result)
            results[name] = f"error: {type(result).__name__}"
        else:
            results[name] = result
    if any(results.values()):
        logger.info("Watchdog: work queued again", extra={"watchdog": results})
    return results


@task()
def watchdog_sweep() -> dict[str, object]:
    return sweep()


def tick() -> bool:
    """Queue a sweep unless one was queued less than ``WATCHDOG_SECONDS`` ago."""
    if not cache.add(LOCK_KEY, "1", timeout=settings.WATCHDOG_SECONDS):
        return False
    watchdog_sweep.enqueue()
    return True
