"""Signal receivers, connected in ReportsConfig.ready()."""

from django.conf import settings
from django.dispatch import receiver

from courses.signals import quiz_answers_changed
from lms.watchdog import work_left_behind
from reports.digest_schedule import digests_due
from reports.item_summary_schedule import item_summary_changed, item_summary_due


@receiver(work_left_behind, dispatch_uid="reports.digests_due")
def weekly_digests(sender, **kwargs):
    # The watchdog's sweep is the clock: the week's digests are queued by the first
    # sweep after they are due, and again by a later one if their worker stopped.
    return digests_due() if settings.REPORTS_WEEKLY_DIGESTS else False


@receiver(work_left_behind, dispatch_uid="reports.item_summary_due")
def item_summary_periodic(sender, **kwargs):
    return item_summary_due()


@receiver(quiz_answers_changed, dispatch_uid="reports.item_summary_changed")
def item_summary_answers_changed(sender, **kwargs):
    item_summary_changed()
