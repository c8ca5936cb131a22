"""Record messages in the outbox, and send them through their channel: exactly once in effect.

- **Recorded with the decision.** ``messages_record`` writes the rows in the caller's
  transaction (the one that issues a certificate, say): if it rolls back there is no
  message, if it commits there is one, whatever happens to the process next. Sending
  is queued when it commits; if the process dies first, the watchdog queues it.
- **Claimed, sent, then marked.** A sender claims one message (a conditional UPDATE that
  takes a lease), sends it, and marks it sent. A sender that died between claim and
  mark leaves the message "sending"; once its lease (``MESSAGING_LEASE_SECONDS``) has
  expired another sender takes it. That is the one case that can send twice, so each
  message carries a reference made from its key (an e-mail's Message-ID, an SMS
  gateway's ``reference``): the same message always has the same one, and a provider
  (or the reader's mail program) can drop the repeat.
- **Asked just before sending** (``messaging.policy.may_send``): a message past its
  validity is "expired", a promotional one without consent or after an opt-out is
  "withheld", one whose reason is gone (a reminder whose lesson was done since) is
  "withdrawn", one in quiet hours or over the frequency cap waits (not an attempt).
- **Failures back off.** A temporary failure (a 5xx, a timeout) is tried again later
  (``MESSAGING_RETRY_BASE_SECONDS``, 30 s, doubling up to an hour), up to
  ``MESSAGING_MAX_ATTEMPTS``; a permanent one (a 4xx) is "failed" at once (certificates
  show theirs on the batch's page, with a Retry button). A provider's "slow down" (429)
  is no failure: the sender waits what it asks and goes on, in order.
"""

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from messaging import policy, registry
from messaging.channels import PermanentFailure, RateLimited, adapter_class
from messaging.channels.email import EmailAdapter, message_id  # noqa: F401 (the outbox's API)
from messaging.models import OutboxMessage
from messaging.rendering import message_render

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
    #: Not worth sending after this (a sign-in code's ten minutes).
    expires_at: datetime | None = None


class TemplateRefused(ValueError):
    """A message its template cannot carry: unknown key, channel or missing variables."""


def message_check(message: Message) -> registry.MessageTemplate:
    try:
        template = registry.get(message.template_key)
    except LookupError as error:
        raise TemplateRefused(str(error)) from None
    if message.channel not in template.channels:
        raise TemplateRefused(f"{template.key} does not go by {message.channel}")
    missing = set(template.variables) - set(message.context)
    if missing:
        raise TemplateRefused(f"{template.key} needs {sorted(missing)} ({message.key})")
    return template


def messages_record(messages: list[Message], *, enqueue: bool = True) -> list[int]:
    """Record messages in the current transaction (once per key); send them after it commits.

    With ``enqueue=False`` the caller queues them (``outbox_enqueue``), e.g. once for
    many; if it never does, the watchdog will. Returns the ids still to send among them.
    """
    if not messages:
        return []
    purposes = {m.key: message_check(m).purpose for m in messages}
    rows = [
        OutboxMessage(
            key=m.key,
            address=m.address,
            template_key=m.template_key,
            context=m.context,
            channel=m.channel,
            language=m.language,
            group=m.group,
            recipient_id=m.recipient_id,
            purpose=purposes[m.key],
            expires_at=m.expires_at,
        )
        for m in messages
    ]
    # Most batches are all new: inserted with their ids returned, no read-back by key.
    # A key already there (a retry, a re-run) undoes that attempt alone (a savepoint),
    # and the batch is recorded once per key, the ids read back.
    try:
        with transaction.atomic():
            ids = [row.pk for row in OutboxMessage.objects.bulk_create(rows)]
    except IntegrityError:
        ids = []
    if not ids or None in ids:
        for row in rows:
            row.pk = None
        OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True)
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


#: Messages claimed by one statement: two queries for CLAIM_CHUNK messages instead of two
#: each. A sender that dies holding a chunk leaves it to the lease, as it would one message.
CLAIM_CHUNK = 20


def messages_claim(pks: list[int]) -> list[OutboxMessage]:
    """Take for sending those of these messages that are due and that nobody holds, in the
    order given: one conditional UPDATE … RETURNING (PostgreSQL, SQLite ≥ 3.35), so each
    message is taken by one sender only. Its condition is ``_claimable``'s, in SQL."""
    if not pks:
        return []
    now = timezone.now()
    table = OutboxMessage._meta.db_table
    marks = ", ".join(["%s"] * len(pks))
    sql = f"""
        UPDATE {table} SET status = %s, claimed_at = %s, attempts = attempts + 1
        WHERE id IN ({marks}) AND attempts < %s AND (
            (status = %s AND available_at <= %s) OR (status = %s AND claimed_at < %s)
        )
        RETURNING id
    """  # noqa: S608 (the table name from the model; values are parameters)
    at = connection.ops.adapt_datetimefield_value  # as the ORM stores them
    params = [Status.SENDING, at(now), *pks, max_attempts()]
    params += [Status.PENDING, at(now), Status.SENDING, at(now - lease())]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        claimed = {row[0] for row in cursor.fetchall()}
    if not claimed:
        return []
    rows = OutboxMessage.objects.in_bulk(claimed)
    return [rows[pk] for pk in pks if pk in claimed]


def message_claim(pk: int) -> OutboxMessage | None:
    """Take the message for sending if it is due and nobody holds it."""
    claimed = messages_claim([pk])
    return claimed[0] if claimed else None


def max_attempts() -> int:
    return settings.MESSAGING_MAX_ATTEMPTS


def email_build(message: OutboxMessage):
    """The e-mail an outbox row becomes, as its adapter would send it."""
    adapter = EmailAdapter()
    adapter.connection = None
    return adapter.build(message, message_render(message))


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


def _scrubbed(message: OutboxMessage, adapter_cls) -> dict:
    """The context without its secret variables, once the message is done with."""
    secret = registry.get(message.template_key).secret if adapter_cls.scrub_secrets else ()
    return {k: ("•" * 6 if k in secret else v) for k, v in message.context.items()}


def _finish(message: OutboxMessage, adapter_cls, **fields) -> None:
    _persist(
        lambda: OutboxMessage.objects.filter(pk=message.pk, status=Status.SENDING).update(
            claimed_at=None, context=_scrubbed(message, adapter_cls), **fields
        )
    )


def _put_back(message: OutboxMessage, until: datetime, reason: str) -> None:
    """Not now and not its fault (quiet hours, the cap, a provider's 429): no attempt used."""
    _persist(
        lambda: OutboxMessage.objects.filter(pk=message.pk, status=Status.SENDING).update(
            status=Status.PENDING,
            available_at=until,
            claimed_at=None,
            attempts=F("attempts") - 1,
            error=reason,
        )
    )


def _failed(message: OutboxMessage, adapter_cls, error: Exception, *, permanent: bool) -> None:
    logger.warning("Outbox: message %s not sent: %s", message.pk, error)
    text = f"{type(error).__name__}: {error}"[:2000]
    if permanent or message.attempts >= max_attempts():
        _finish(message, adapter_cls, status=Status.FAILED, error=text)
        return
    delay = min(settings.MESSAGING_RETRY_BASE_SECONDS * 2 ** (message.attempts - 1), 3600)
    _persist(
        lambda: OutboxMessage.objects.filter(pk=message.pk, status=Status.SENDING).update(
            status=Status.PENDING,
            available_at=timezone.now() + timedelta(seconds=delay),
            claimed_at=None,
            error=text,
        )
    )


def message_send(message: OutboxMessage, adapters: dict | None = None) -> bool:
    """Send a claimed message through its channel's adapter and record the outcome.

    ``adapters`` holds the task's open adapters by channel (opened here when first
    needed; the caller closes them). Returns True when the message went out.
    """
    adapters = {} if adapters is None else adapters
    adapter_cls = adapter_class(message.channel)
    while True:
        now = timezone.now()
        verdict = policy.may_send(message, now)
        if verdict.action == "expire":
            _finish(message, adapter_cls, status=Status.EXPIRED, error=verdict.reason)
            return False
        if verdict.action == "withhold":
            _finish(message, adapter_cls, status=Status.WITHHELD, error=verdict.reason)
            return False
        if verdict.action == "withdraw":
            _finish(message, adapter_cls, status=Status.WITHDRAWN, error=verdict.reason)
            return False
        if verdict.action == "defer":
            _put_back(message, verdict.until, verdict.reason)
            return False
        try:
            adapter = adapters.get(message.channel)
            if adapter is None:
                adapter = adapters[message.channel] = adapter_cls()
                adapter.open()
            provider_id = adapter.send(message, message_render(message))
        except RateLimited as error:
            # The provider sets the pace: wait here, holding the claim, and try the same
            # message again, so that order is kept and nothing is counted as an attempt.
            # A long wait, or a lease running out, gives the message back instead.
            held = (timezone.now() - message.claimed_at).total_seconds()
            if error.retry_after > settings.MESSAGING_RATE_LIMIT_MAX_WAIT or (
                held + error.retry_after > lease().total_seconds() / 2
            ):
                _put_back(message, now + timedelta(seconds=error.retry_after), str(error))
                return False
            time.sleep(error.retry_after)
            continue
        except PermanentFailure as error:
            _failed(message, adapter_cls, error, permanent=True)
            return False
        except Exception as error:  # noqa: BLE001 (recorded on the message, tried again later)
            _failed(message, adapter_cls, error, permanent=False)
            return False
        _mark_sent(message, adapter_cls, provider_id)
        return True


def _mark_sent(message: OutboxMessage, adapter_cls, provider_id: str) -> None:
    _persist(
        lambda: OutboxMessage.objects.filter(pk=message.pk).update(
            status=Status.SENT,
            sent_at=timezone.now(),
            claimed_at=None,
            provider_message_id=provider_id[:255],
            context=_scrubbed(message, adapter_cls),
            error="",
        )
    )


def outbox_send_ids(ids: list[int]) -> int:
    """Send those of these messages that are due and free. Returns how many went out."""
    sent = 0
    adapters = {}
    try:
        for start in range(0, len(ids), CLAIM_CHUNK):
            for message in messages_claim(ids[start : start + CLAIM_CHUNK]):
                sent += message_send(message, adapters)
    finally:
        for adapter in adapters.values():
            adapter.close()
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
