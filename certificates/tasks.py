"""Background jobs of certificates, run by whichever TASKS backend is configured.

Each job does its work through :mod:`certificates.generation` (where tests call it
directly) and queues what follows from it: a chunk's e-mails. The services in
:mod:`certificates.issuing` queue these jobs; generation never does.
"""

from django_tasks import task

from django.db import transaction

from certificates import generation
from certificates.models import Certificate


@task()
def certificate_chunk_render(*, batch_id: int, ids: list[int]) -> dict[str, int]:
    """Render up to CHUNK_SIZE certificates of a batch, queue their e-mails, and finish
    the batch after its last chunk; safe to run twice."""
    result = generation.certificate_chunk_run(batch_id=batch_id, ids=ids)
    for certificate in generation.certificates_not_emailed(ids):
        certificate_email_schedule(certificate)
    generation.certificate_batch_finish_if_complete(batch_id=batch_id)
    return result


@task()
def certificate_batch_finish(*, batch_id: int) -> None:
    generation.certificate_batch_finish_run(batch_id=batch_id)


@task()
def certificate_email_send(*, certificate_id: int) -> bool:
    return generation.certificate_email_run(certificate_id=certificate_id)


def certificate_email_schedule(certificate: Certificate) -> None:
    """Queue the leader's e-mail once the certificate's transaction commits, if they
    have an address and it was not sent yet."""
    if certificate.emailed_at is None and certificate.leadership.volunteer.user.email:
        transaction.on_commit(lambda: certificate_email_send.enqueue(certificate_id=certificate.pk))
