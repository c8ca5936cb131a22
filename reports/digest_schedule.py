"""When the weekly digests go: this module decides and queues (the watchdog asks it at
every sweep); reports.digest_sending does the work the task calls."""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from reports.digest_sending import iso_week
from reports.models import DigestWeek
from reports.tasks import coordinator_digests_send

logger = logging.getLogger(__name__)

#: Monday, 08:00 in the site's time zone (India): the week's digests start then.
DIGEST_WEEKDAY, DIGEST_HOUR = 0, 8


def digests_due(now: datetime | None = None) -> bool:
    """Queue this week's digests when they are due and not started, or started and stalled
    (the watchdog asks at every sweep). True when queued."""
    now = timezone.localtime(now)
    if (now.weekday(), now.hour) < (DIGEST_WEEKDAY, DIGEST_HOUR):
        return False
    week = iso_week(now)
    run, created = DigestWeek.objects.get_or_create(week=week, defaults={"progress_at": now})
    if not created:
        if run.finished_at is not None:
            return False
        stale = now - timedelta(seconds=settings.WATCHDOG_STALE_SECONDS)
        # Only the sweep that moves progress_at on queues it again.
        if not DigestWeek.objects.filter(pk=run.pk, progress_at__lt=stale).update(progress_at=now):
            return False
    coordinator_digests_send.enqueue(week=week)
    logger.info("Weekly digests queued", extra={"week": week, "resumed": not created})
    return True
