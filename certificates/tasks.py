"""Background tasks of certificates, run by whichever TASKS backend is configured.

Thin wrappers: the work is in certificates.issuing, where tests call it directly.
"""

from django_tasks import task

from certificates import issuing


@task()
def certificate_chunk_render(*, batch_id: int, ids: list[int]) -> dict[str, int]:
    """Render up to CHUNK_SIZE certificates of a batch; safe to run twice."""
    return issuing.certificate_chunk_run(batch_id=batch_id, ids=ids)


@task()
def certificate_batch_finish(*, batch_id: int) -> None:
    issuing.certificate_batch_finish_run(batch_id=batch_id)


@task()
def certificate_email_send(*, certificate_id: int) -> bool:
    return issuing.certificate_email_run(certificate_id=certificate_id)
