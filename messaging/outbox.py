"""Record messages in the outbox, and send them: exactly once in effect.

- **Recorded with the decision.** ``messages_record`` writes the rows in the caller's
  transaction (the one that issues a certificate, say): if it rolls back there is no
  message, if it commits there is one, whatever happens to the process next. Sending
  is queued when it commits; if the process dies first, the watchdog queues it.
- **Claimed, sent, then marked.** A sender claims one message (a conditional UPDATE that
  takes a lease), sends it, and marks it sent. A sender that died between claim and
  mark leaves the message "sending"; once its lease (``MESSAGING_LEASE_SECONDS``) has
  expired another sender takes it. That is the one case that can send twice, so each
  e-mail carries a Message-ID made from the message's key: the same message always has
  the same id, and a provider (or the reader's mail program) can drop the repeat.
- **Failures back off.** A send that raised is tried again later (30 s, doubling up to an
  hour), up to ``MESSAGING_MAX_ATTEMPTS``; then the message is "failed" and shown as such
  (certificates: on the batch's page, with a Retry button).
"""

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, connection, transaction
from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from messaging.models import OutboxMessage

logger = logging.getLogger(__name__)

Status = OutboxMessage.Status
#: Messages per send task.
SEND_CHUNK = 200


@dataclass(frozen=True)
class Message:
    key: str
    address: str
    template_key: str
    context: dict = field(default_factory=dict)
    channel: str = OutboxMessage.Channel.EMAIL
    language: str = "en"
    group: str = ""
    recipient_id: int | None = None


def messages_record(messages: list[Message], *, enqueue: bool = True) -> list[int]:
    """Record messages in the current transaction (once per key); send them after it commits.

    With ``enqueue=False`` the caller queues them (``outbox_enqueue``), e.g. once for
    many; if it never does, the watchdog will. Returns the ids still to send among them.
    """
    if not messages:
        return []
    OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                key=m.key,
                address=m.address,
                template_key=m.template_key,
                context=m.context,
                channel=m.channel,
                language=m.language,
                group=m.group,
                recipient_id=m.recipient_id,
            )
            for m in messages
        ],
        ignore_conflicts=True,
    )
    ids = list(
        OutboxMessage.objects.filter(
            key__in=[m.key for m in messages], status=Status.PENDING
        ).values_list("pk", flat=True)
    )
    if enqueue:
        transaction.on_commit(lambda: outbox_enqueue(ids))
    return ids


def outbox_enqueue(ids: list[int]) -> int:
    """Queue send tasks for these messages, SEND_CHUNK per task. Returns the tasks queued."""
    from messaging.tasks import outbox_send

    OutboxMessage.objects.filter(pk__in=ids).update(queued_at=timezone.now())
    for start in range(0, len(ids), SEND_CHUNK):
        outbox_send.enqueue(ids=ids[start : start + SEND_CHUNK])
    return len(ids[::SEND_CHUNK])


def lease() -> timedelta:
    return timedelta(seconds=settings.MESSAGING_LEASE_SECONDS)


def _claimable(now) -> Q:
    return Q(status=Status.PENDING, available_at__lte=now) | Q(
        status=Status.SENDING, claimed_at__lt=now - lease()
    )


def message_claim(pk: int) -> OutboxMessage | None:
    """Take the message for sending if it is due and nobody holds it."""
    now = timezone.now()
    claimed = OutboxMessage.objects.filter(
        _claimable(now), pk=pk, attempts__lt=max_attempts()
    ).update(status=Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    return OutboxMessage.objects.get(pk=pk) if claimed else None


def max_attempts() -> int:
    return settings.MESSAGING_MAX_ATTEMPTS


def message_id(key: str) -> str:
    """The same Message-ID for every send of the same message."""
    domain = settings.MESSAGING_MESSAGE_ID_DOMAIN
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}@{domain}>"


def email_build(message: OutboxMessage) -> EmailMessage:
    name = f"messages/{message.template_key}"
    with translation.override(message.language):
        subject = render_to_string(f"{name}.subject.txt", message.context)
        body = render_to_string(f"{name}.email.txt", message.context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[message.address],
        headers={"Message-ID": message_id(message.key)},
    )


def _persist(update) -> None:
    """Run an UPDATE that must not be lost, across a dropped database connection."""
    for attempt in range(5):
        try:
            update()
            return
        except DatabaseError:
            if attempt == 4 or connection.in_atomic_block:
                raise
            logger.warning("Outbox: database unavailable, trying again", exc_info=True)
            connection.close()
            time.sleep(0.5 * (attempt + 1))


def message_send(message: OutboxMessage, mail_connection=None) -> bool:
    """Send a claimed message and record the outcome. Returns True when it went out."""
    if message.channel != OutboxMessage.Channel.EMAIL:
        raise NotImplementedError(f"no adapter for {message.channel} yet")
    try:
        email = email_build(message)
        email.connection = mail_connection
        if mail_connection is not None:
            mail_connection.open()  # once per task; a refused connection fails this message
        email.send()
    except Exception as error:  # noqa: BLE001 (recorded on the message, tried again later)
        logger.warning("Outbox: message %s not sent", message.pk, exc_info=True)
        final = message.attempts >= max_attempts()
        delay = min(30 * 2 ** (message.attempts - 1), 3600)
        text = f"{type(error).__name__}: {error}"[:2000]
        _persist(
            lambda: OutboxMessage.objects.filter(pk=message.pk, status=Status.SENDING).update(
                status=Status.FAILED if final else Status.PENDING,
                available_at=timezone.now() + timedelta(seconds=delay),
                claimed_at=None,
                error=text,
            )
        )
        return False
    _persist(
        lambda: OutboxMessage.objects.filter(pk=message.pk).update(
            status=Status.SENT,
            sent_at=timezone.now(),
            provider_message_id=email.extra_headers["Message-ID"],
            error="",
        )
    )
    return True


def outbox_send_ids(ids: list[int]) -> int:
    """Send those of these messages that are due and free. Returns how many went out."""
    sent = 0
    mail_connection = get_connection()
    try:
        for pk in ids:
            message = message_claim(pk)
            if message is not None:
                sent += message_send(message, mail_connection)
    finally:
        mail_connection.close()
    return sent


def outbox_requeue_left_behind() -> int:
    """The watchdog's part: queue again what is due and was not queued lately.

    Messages whose lease expired after their last attempt are failed.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=settings.WATCHDOG_STALE_SECONDS)
    OutboxMessage.objects.filter(
        status=Status.SENDING, claimed_at__lt=now - lease(), attempts__gte=max_attempts()
    ).update(status=Status.FAILED, error="No answer from the sender after the last attempt.")
    ids = list(
        OutboxMessage.objects.filter(_claimable(now))
        .filter(Q(queued_at__isnull=True) | Q(queued_at__lt=stale))
        .order_by("pk")
        .values_list("pk", flat=True)[:50_000]
    )
    return outbox_enqueue(ids) if ids else 0


def outbox_counts(group: str) -> dict[str, int]:
    """How many of a group's messages are sent, pending (or being sent), failed."""
    rows = dict(
        OutboxMessage.objects.filter(group=group)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {
        "sent": rows.get(Status.SENT, 0),
        "pending": rows.get(Status.PENDING, 0) + rows.get(Status.SENDING, 0),
        "failed": rows.get(Status.FAILED, 0),
    }


def outbox_retry_failed(group: str) -> int:
    """Give a group's failed messages a fresh set of attempts, now."""
    with transaction.atomic():
        ids = list(
            OutboxMessage.objects.select_for_update()
            .filter(group=group, status=Status.FAILED)
            .values_list("pk", flat=True)
        )
        OutboxMessage.objects.filter(pk__in=ids).update(
            status=Status.PENDING, attempts=0, available_at=timezone.now(), claimed_at=None
        )
        transaction.on_commit(lambda: outbox_enqueue(ids))
    return len(ids)
