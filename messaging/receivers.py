"""Signal receivers, connected in MessagingConfig.ready()."""

from django.dispatch import receiver

from lms.watchdog import work_left_behind
from messaging.outbox import outbox_requeue_left_behind


@receiver(work_left_behind, dispatch_uid="messaging.outbox_left_behind")
def outbox_left_behind(sender, **kwargs):
    return outbox_requeue_left_behind()
