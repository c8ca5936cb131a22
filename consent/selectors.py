"""Queries on consent: the notice in force, whether a person must be asked, and who
may be sent a message on a channel.

`channels_allowed` is the question every promotional message asks before it goes
out: set-based, one query per few thousand people, or one query with a subquery.
"""

from collections.abc import Iterable

from django.core.cache import cache
from django.db.models import QuerySet

from consent.models import (
    Channel,
    ChannelConsent,
    ChannelConsentChange,
    NoticeConsent,
    PrivacyNotice,
)

CURRENT_NOTICE_KEY = "consent:current-notice"
#: Other processes learn of a new version within this (the publishing one at once).
CURRENT_NOTICE_SECONDS = 60
#: Ids per query when a list is given: far below any database's limit on parameters.
CHUNK = 5000


def notice_current() -> PrivacyNotice | None:
    """The notice in force: the latest published version."""
    return PrivacyNotice.objects.current()


def notice_current_id() -> int | None:
    """The id of the notice in force, from the cache: asked on every page a volunteer
    opens (consent.middleware), so it costs no query there."""
    notice_id = cache.get(CURRENT_NOTICE_KEY)
    if notice_id is None:
        notice = notice_current()
        notice_id = notice.pk if notice else 0
        cache.set(CURRENT_NOTICE_KEY, notice_id, CURRENT_NOTICE_SECONDS)
    return notice_id or None


def notice_current_forget(**kwargs) -> None:
    """A notice was saved (published, say): the next request reads the new one."""
    cache.delete(CURRENT_NOTICE_KEY)


def notice_agreed(user, notice_id: int) -> bool:
    return NoticeConsent.objects.filter(user=user, notice_id=notice_id).exists()


def channels_allowed(user_ids: Iterable[int] | QuerySet, channel: str) -> set[int]:
    """The people among `user_ids` who agree to messages on `channel` now.

    For promotional messages (reminders, digests to volunteers): a person with no
    record, or who withdrew, is not in the set. Transactional messages (a sign-in
    code, a certificate issued) do not ask. `user_ids` may be a list or a QuerySet
    of ids (then it is one query with a subquery)."""
    if channel not in Channel.values:
        raise ValueError(f"Unknown channel: {channel}")
    allowed = ChannelConsent.objects.filter(channel=channel, allowed=True)
    if isinstance(user_ids, QuerySet):
        return set(allowed.filter(user_id__in=user_ids).values_list("user_id", flat=True))
    ids = list(user_ids)
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(allowed.filter(user_id__in=chunk).values_list("user_id", flat=True))
    return found


def channel_allowed(user, channel: str) -> bool:
    """Whether one person agrees to messages on `channel` now."""
    return bool(channels_allowed([user.pk], channel))


def channel_consents(user) -> dict[str, ChannelConsent | None]:
    """Each channel with the person's consent on it (None: never asked)."""
    rows = {c.channel: c for c in ChannelConsent.objects.filter(user=user)}
    return {channel: rows.get(channel) for channel in Channel.values}


def channel_consent_history(user) -> QuerySet:
    """Every grant and withdrawal of message consent, newest first."""
    return ChannelConsentChange.objects.filter(user=user).order_by("-changed_at", "-pk")


def notice_consents(user) -> QuerySet:
    """The versions of the notice the person agreed to, with when and how, newest first."""
    return (
        NoticeConsent.objects.filter(user=user)
        .select_related("notice")
        .order_by("-given_at", "-pk")
    )
