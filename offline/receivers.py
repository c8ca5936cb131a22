"""Signal receivers, connected in OfflineConfig.ready()."""

from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone

from lms.watchdog import work_left_behind
from offline.models import ReplayKey

#: Keys deleted per sweep, so that a first sweep over a large backlog stays short.
CLEANUP_BATCH = 10_000


@receiver(work_left_behind, dispatch_uid="offline.replay_keys_forgotten")
def replay_keys_forgotten(sender, **kwargs) -> int:
    """Forget the keys of requests sent later once no phone can still send them again.

    A phone keeps its queue until it is sent, and a replay of a lesson completed long
    ago changes nothing anyway (completion is idempotent): the keys only guard against
    a queue sent twice in quick succession. Kept OFFLINE_REPLAY_KEY_DAYS (90) days.
    """
    before = timezone.now() - timedelta(days=settings.OFFLINE_REPLAY_KEY_DAYS)
    old = ReplayKey.objects.filter(received_at__lt=before).values_list("pk", flat=True)
    deleted, _by_model = ReplayKey.objects.filter(pk__in=list(old[:CLEANUP_BATCH])).delete()
    return deleted
