"""Actions on consent: record a person's consent to the notice and to messages per
channel, change or withdraw the latter, and record the consent that an import
brings from the organisation's own records.

Every change of a channel is kept (ChannelConsentChange) with when and how; a
person's own choice is never overwritten by an import.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from consent.models import (
    Channel,
    ChannelConsent,
    ChannelConsentChange,
    Method,
    NoticeConsent,
    NoticeImmutable,
    PrivacyNotice,
)
from lms.errors import ApplicationError


class ConsentError(ApplicationError):
    pass


@transaction.atomic
def notice_publish(*, notice: PrivacyNotice, user=None) -> PrivacyNotice:
    """Publish a draft notice as the next version (as the admin's Publish button
    does): from then on it is immutable, and volunteers are asked to agree to it on
    their next visit."""
    if notice.is_published:
        raise ConsentError(str(NoticeImmutable.default_message))
    notice.full_clean()
    notice.save()
    notice.save_revision(user=user).publish(user=user)
    notice.refresh_from_db()
    return notice


def _channel_choices(channels: Mapping[str, bool] | Iterable[str] | None) -> dict[str, bool]:
    """{channel: allowed} from a mapping, or from the channels agreed to (the others
    are left as they are)."""
    if channels is None:
        return {}
    choices = dict(channels) if isinstance(channels, Mapping) else dict.fromkeys(channels, True)
    unknown = set(choices) - set(Channel.values)
    if unknown:
        raise ConsentError(f"Unknown channel(s): {', '.join(sorted(unknown))}")
    return choices


@transaction.atomic
def consent_record(
    *,
    user,
    notice: PrivacyNotice | None,
    method: str,
    channels: Mapping[str, bool] | Iterable[str] | None = None,
    reference: str = "",
    recorded_by=None,
    at: datetime | None = None,
) -> NoticeConsent | None:
    """Record that `user` agreed to `notice` (a published version), `method` saying
    how (consent.models.Method), and their message consent per channel: a mapping
    {channel: allowed}, or the channels they agreed to. Agreeing to a version
    twice keeps the first record. Returns the notice consent (None without a notice:
    only the channels are recorded).

    The phone sign-in calls this with Method.PHONE_SIGN_IN and the channel the
    person chose; the sign-up form with Method.SIGNUP.
    """
    at = at or timezone.now()
    if method not in Method.values:
        raise ConsentError(f"Unknown method: {method}")
    consent = None
    if notice is not None:
        if not notice.is_published:
            raise ConsentError("Only a published notice can be agreed to.")
        consent, _created = NoticeConsent.objects.get_or_create(
            user=user,
            notice=notice,
            defaults={
                "given_at": at,
                "method": method,
                "reference": reference[:300],
                "recorded_by": recorded_by,
            },
        )
    channel_consents_set(user=user, channels=channels, method=method, at=at)
    return consent


@transaction.atomic
def channel_consents_set(
    *,
    user,
    channels: Mapping[str, bool] | Iterable[str] | None,
    method: str,
    at: datetime | None = None,
) -> list[str]:
    """Set a person's message consent on the channels given ({channel: allowed}, or
    the channels allowed); a change is kept in the history, a repeat is not.
    Returns the channels whose consent changed."""
    choices = _channel_choices(channels)
    at = at or timezone.now()
    current = {
        c.channel: c
        for c in ChannelConsent.objects.select_for_update().filter(
            user=user, channel__in=list(choices)
        )
    }
    changed = []
    for channel, allowed in choices.items():
        row = current.get(channel)
        if row is not None and row.allowed == bool(allowed):
            continue
        if row is None:
            ChannelConsent.objects.create(
                user=user, channel=channel, allowed=bool(allowed), changed_at=at, method=method
            )
        else:
            row.allowed, row.changed_at, row.method = bool(allowed), at, method
            row.save(update_fields=["allowed", "changed_at", "method"])
        ChannelConsentChange.objects.create(
            user=user, channel=channel, allowed=bool(allowed), changed_at=at, method=method
        )
        changed.append(channel)
    return changed


def channel_consent_withdraw(*, user, channel: str, method: str) -> bool:
    """No more messages to `user` on `channel` (an opt-out link, a STOP reply, the
    settings page). Takes effect at once: the sender asks consent.selectors before
    each message. Returns whether it changed anything."""
    return bool(channel_consents_set(user=user, channels={channel: False}, method=method))


#: How the message sender's opt-outs (messaging.models.OptOut.Method) are recorded here.
OPT_OUT_METHODS = {"link": Method.OPT_OUT_LINK, "keyword": Method.STOP_KEYWORD}


def _people_at(channel: str, address: str):
    """The accounts an address belongs to: a volunteer's mobile number (the sender writes
    it +91…, the profile keeps its ten digits) or an account's e-mail."""
    User = get_user_model()
    if channel == Channel.EMAIL:
        return User.objects.filter(email__iexact=address.strip())
    digits = "".join(ch for ch in address if ch.isdigit())
    if len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    if len(digits) != 10:
        return User.objects.none()
    return User.objects.filter(volunteer_profile__phone=digits)


@transaction.atomic
def opt_out_withdraw(*, channel: str, address: str, recipient_id=None, method: str) -> int:
    """An opt-out the message sender received (the one-tap link names its person; a STOP
    reply only its number) withdrawn in the consent record, with how. Called by the sender
    through the setting MESSAGING_OPT_OUT_RECORD, since messaging names no app. Returns the
    people whose consent changed (0 for an address that is nobody's, or already withdrawn)."""
    User = get_user_model()
    if recipient_id is not None:
        people = User.objects.filter(pk=recipient_id)
    else:
        people = _people_at(channel, address)
    how = OPT_OUT_METHODS.get(method, Method.OPT_OUT_LINK)
    return sum(channel_consent_withdraw(user=user, channel=channel, method=how) for user in people)


@transaction.atomic
def consents_record_for_import(
    *,
    user_ids: Iterable[int],
    notice: PrivacyNotice | None,
    reference: str,
    recorded_by=None,
    channels: Iterable[str] = (),
    at: datetime | None = None,
) -> int:
    """Record, for volunteers a coordinator imported, the consent the organisation's
    own record holds (`reference` names it): to `notice` and to messages on
    `channels`. Set-based, for a batch of thousands. A person who already chose
    for themselves keeps their choice. Returns how many notice consents were new."""
    user_ids = list(user_ids)
    if not user_ids or not reference.strip():
        return 0
    at = at or timezone.now()
    created = 0
    if notice is not None:
        agreed = set(
            NoticeConsent.objects.filter(notice=notice, user_id__in=user_ids).values_list(
                "user_id", flat=True
            )
        )
        new = [
            NoticeConsent(
                user_id=user_id,
                notice=notice,
                given_at=at,
                method=Method.IMPORT,
                reference=reference[:300],
                recorded_by=recorded_by,
            )
            for user_id in user_ids
            if user_id not in agreed
        ]
        NoticeConsent.objects.bulk_create(new, ignore_conflicts=True, batch_size=2000)
        created = len(new)
    for channel in _channel_choices(channels):
        chosen = set(
            ChannelConsent.objects.filter(channel=channel, user_id__in=user_ids).values_list(
                "user_id", flat=True
            )
        )
        fresh = [user_id for user_id in user_ids if user_id not in chosen]
        fields = {"channel": channel, "allowed": True, "changed_at": at, "method": Method.IMPORT}
        ChannelConsent.objects.bulk_create(
            [ChannelConsent(user_id=user_id, **fields) for user_id in fresh],
            ignore_conflicts=True,
            batch_size=2000,
        )
        ChannelConsentChange.objects.bulk_create(
            [ChannelConsentChange(user_id=user_id, **fields) for user_id in fresh],
            batch_size=2000,
        )
    return created
