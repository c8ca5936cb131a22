"""May this message go now? Asked by the sender just before each send.

- A message past its validity (``expires_at``) is never sent: "expired".
- A message whose reason is gone (its template's ``reason_check`` says why: a reminder
  to finish a lesson since done) is never sent: "withdrawn".
- Transactional messages (sign-in codes, a certificate issued) go at any hour, whatever
  the person chose about other messages: they asked for them, or they are about their
  own record.
- Promotional messages (reminders, news) go only
  - with the person's consent for the channel (the consent record, asked through
    ``MESSAGING_CONSENT_LOOKUP``: ``consent.selectors.channels_allowed``) and no opt-out of
    the address on the channel (``OptOut``, STOP or the link): else "withheld";
  - outside quiet hours (``MESSAGING_QUIET_HOURS``, 21:00–09:00 in
    ``MESSAGING_QUIET_HOURS_TIME_ZONE``, India): else deferred to the end of them;
  - within the frequency cap (``MESSAGING_FREQUENCY_CAP`` per person in
    ``MESSAGING_FREQUENCY_WINDOW_HOURS``): else deferred until the oldest of those
    leaves the window.

Because the sender asks just before sending, an opt-out or a withdrawn consent takes
effect on the next message, including those already queued.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import Q
from django.dispatch import receiver
from django.utils.module_loading import import_string

from messaging import registry
from messaging.addresses import address_normalise
from messaging.models import OptOut, OutboxMessage

Status, Purpose = OutboxMessage.Status, OutboxMessage.Purpose


@dataclass(frozen=True)
class Verdict:
    #: "send", "expire", "withdraw", "withhold" or "defer"
    action: str
    reason: str = ""
    until: datetime | None = None


SEND = Verdict("send")


def may_send(message: OutboxMessage, now: datetime) -> Verdict:
    """The one place that decides whether a message may go now (see the module's text)."""
    if message.expires_at is not None and message.expires_at <= now:
        return Verdict("expire", "Its validity ended before it could be sent.")
    gone = reason_gone(message)
    if gone:
        return Verdict("withdraw", gone)
    if message.purpose != Purpose.PROMOTIONAL:
        return SEND
    if not consented(message):
        return Verdict("withhold", "No consent to promotional messages on this channel.")
    if opted_out(message.channel, message.address):
        return Verdict("withhold", "The address opted out of promotional messages.")
    quiet_end = quiet_hours_end(now)
    if quiet_end is not None:
        return Verdict("defer", "Quiet hours.", quiet_end)
    cap_free = frequency_cap_free_at(message, now)
    if cap_free is not None:
        return Verdict("defer", "Frequency cap reached.", cap_free)
    return SEND


@cache
def _reason_check(path: str):
    return import_string(path)


def reason_gone(message: OutboxMessage) -> str:
    """Why the message is no longer worth sending ("" while it is), by its template's check."""
    try:
        path = registry.get(message.template_key).reason_check
    except LookupError:
        return ""
    return _reason_check(path)(message) if path else ""


@cache
def _consent_lookup():
    path = settings.MESSAGING_CONSENT_LOOKUP
    return import_string(path) if path else None


@receiver(setting_changed)
def _forget_lookup(*, setting, **kwargs):
    if setting == "MESSAGING_CONSENT_LOOKUP":
        _consent_lookup.cache_clear()


def consented(message: OutboxMessage) -> bool:
    """The consent record's answer: ``lookup(user_ids, channel) -> set of user ids``."""
    lookup = _consent_lookup()
    if lookup is None or message.recipient_id is None:
        return False
    return message.recipient_id in lookup([message.recipient_id], message.channel)


def opted_out(channel: str, address: str) -> bool:
    return OptOut.objects.filter(
        channel=channel, address=address_normalise(channel, address)
    ).exists()


def _clock(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def quiet_hours_end(now: datetime) -> datetime | None:
    """When the quiet hours that ``now`` falls in end; None outside them."""
    start_text, _, end_text = settings.MESSAGING_QUIET_HOURS.partition("-")
    if not end_text:
        return None  # "" turns quiet hours off
    start, end = _clock(start_text), _clock(end_text)
    local = now.astimezone(ZoneInfo(settings.MESSAGING_QUIET_HOURS_TIME_ZONE))
    at = local.time()
    quiet = (start <= at or at < end) if start > end else (start <= at < end)
    if not quiet:
        return None
    end_day = local.date() + timedelta(days=1) if start > end and at >= start else local.date()
    return datetime.combine(end_day, end, tzinfo=local.tzinfo)


def frequency_cap_free_at(message: OutboxMessage, now: datetime) -> datetime | None:
    """When the person may get another promotional message; None if they may now."""
    window = timedelta(hours=settings.MESSAGING_FREQUENCY_WINDOW_HOURS)
    cap = settings.MESSAGING_FREQUENCY_CAP
    who = (
        Q(recipient_id=message.recipient_id)
        if message.recipient_id is not None
        else Q(address=message.address)
    )
    recent = list(
        OutboxMessage.objects.filter(
            who, purpose=Purpose.PROMOTIONAL, status=Status.SENT, sent_at__gt=now - window
        )
        .exclude(pk=message.pk)
        .order_by("-sent_at")
        .values_list("sent_at", flat=True)[:cap]
    )
    if len(recent) < cap:
        return None
    return recent[-1] + window
