"""Signal receivers, connected in MessagingConfig.ready()."""

import logging

from django.conf import settings
from django.dispatch import receiver
from django.utils.module_loading import import_string

from lms.watchdog import work_left_behind
from messaging.outbox import outbox_requeue_left_behind
from messaging.signals import opted_out

logger = logging.getLogger(__name__)


@receiver(work_left_behind, dispatch_uid="messaging.outbox_left_behind")
def outbox_left_behind(sender, **kwargs):
    return outbox_requeue_left_behind()


@receiver(opted_out, dispatch_uid="messaging.opt_out_recorded")
def opt_out_to_consent_record(sender, *, channel, address, recipient_id, method, **kwargs):
    """The opt-out written into the consent record too, by the function the setting
    MESSAGING_OPT_OUT_RECORD names (messaging names no app). The sender's own OptOut row
    already holds (it is read before every message), so a failure here is logged, not
    shown to the person who opted out."""
    path = settings.MESSAGING_OPT_OUT_RECORD
    if not path:
        return
    try:
        import_string(path)(
            channel=channel, address=address, recipient_id=recipient_id, method=method
        )
    except Exception:
        logger.exception("The opt-out was not written into the consent record")
