"""Signal receivers, connected in PrivacyConfig.ready()."""

from django.core.cache import cache
from django.dispatch import receiver
from django.utils import timezone

from lms.watchdog import work_left_behind
from privacy.models import ErasureRequest

#: The retention run is queued at most once a day by the watchdog's sweeps.
RETENTION_LOCK_KEY = "privacy:retention:daily"


@receiver(work_left_behind, dispatch_uid="privacy.due_work")
def privacy_due_work(sender, **kwargs):
    """The scheduler of erasure: each sweep queues a run when requests are due (a run
    killed midway left them pending, so this resumes it too), and the retention run once
    a day."""
    from privacy.tasks import erasures_process, retention_run

    queued = {}
    if ErasureRequest.objects.due(timezone.now()).exists():
        erasures_process.enqueue()
        queued["erasures"] = 1
    if cache.add(RETENTION_LOCK_KEY, "1", timeout=24 * 3600):
        retention_run.enqueue()
        queued["retention"] = 1
    return queued
