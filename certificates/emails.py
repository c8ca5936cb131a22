"""The e-mail that tells a leader their certificate is ready goes through the outbox.

:mod:`certificates.generation` records it (messaging.outbox) in the transaction that
issues the certificate, so an issued certificate always has its e-mail on record, sent
once in effect whatever process dies when. A batch's e-mails share a group: its page
counts them and retries the failed ones.
"""

from django.db import transaction

from messaging.models import OutboxMessage
from messaging.outbox import outbox_counts, outbox_enqueue, outbox_retry_failed

TEMPLATE_KEY = "certificate_issued"


def certificate_email_key(certificate_id: int) -> str:
    return f"certificate-issued:{certificate_id}"


def batch_group(batch_id: int) -> str:
    return f"certificate-batch:{batch_id}"


def certificate_emails_queue(certificate_ids: list[int]) -> None:
    """Queue the sending of these certificates' e-mails not queued yet, after the commit."""
    ids = list(
        OutboxMessage.objects.filter(
            key__in=[certificate_email_key(pk) for pk in certificate_ids],
            status=OutboxMessage.Status.PENDING,
            queued_at__isnull=True,
        ).values_list("pk", flat=True)
    )
    if ids:
        transaction.on_commit(lambda: outbox_enqueue(ids))


def batch_email_counts(batch_id: int) -> dict[str, int]:
    """How many of the batch's e-mails are sent, pending, failed."""
    return outbox_counts(batch_group(batch_id))


def batch_emails_retry(batch_id: int) -> int:
    """Send the batch's failed e-mails again (a fresh set of attempts)."""
    return outbox_retry_failed(batch_group(batch_id))
