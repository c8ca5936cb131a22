"""Signal receivers, connected in RemindersConfig.ready()."""

from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver

from lms.watchdog import work_left_behind

#: The evaluation is queued at most once per REMINDERS_EVALUATE_SECONDS by the sweeps.
EVALUATE_LOCK_KEY = "reminders:evaluate"


@receiver(work_left_behind, dispatch_uid="reminders.evaluate")
def reminders_due(sender, **kwargs):
    """The scheduler of the reminders: each sweep queues an evaluation when the last one
    is older than REMINDERS_EVALUATE_SECONDS (an hour). A run killed midway is simply run
    again: the outbox's keys make its messages once."""
    from reminders.tasks import reminders_evaluate

    if not settings.REMINDERS_ENABLED:
        return {}
    if cache.add(EVALUATE_LOCK_KEY, "1", timeout=settings.REMINDERS_EVALUATE_SECONDS):
        reminders_evaluate.enqueue()
        return {"evaluation": 1}
    return {}
