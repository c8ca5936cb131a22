"""Background jobs of certificates, run by whichever TASKS backend is configured.

Each job does its work through :mod:`certificates.generation` (where tests call it
directly) and queues what follows from it: a chunk's e-mails (in the outbox since
their certificates were issued). The services in :mod:`certificates.issuing` queue
these jobs; generation never does. All are safe to run twice or after a crash.
"""

from django_tasks import task

from certificates import emails, generation


@task()
def certificate_chunk_render(*, batch_id: int, ids: list[int]) -> dict[str, int]:
    """Render up to CHUNK_SIZE certificates of a batch, queue their e-mails, and finish
    the batch after its last chunk; safe to run twice."""
    result = generation.certificate_chunk_run(batch_id=batch_id, ids=ids)
    emails.certificate_emails_queue(ids)
    generation.certificate_batch_finish_if_complete(batch_id=batch_id)
    return result


@task()
def certificate_batch_finish(*, batch_id: int) -> None:
    generation.certificate_batch_finish_run(batch_id=batch_id)


@task()
def certificate_email_send(*, certificate_id: int) -> None:
    """Jobs queued before e-mails went through the outbox: queue its message instead."""
    emails.certificate_emails_queue([certificate_id])
