"""Batches finish by themselves: staleness from the last progress, an unfinished finish
re-run, the e-mail recorded with the certificate, the batch page's e-mail counts."""

import io
import zipfile
from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from certificates import generation, issuing, services
from certificates.models import Certificate, CertificateBatch
from lms import watchdog
from lms.storage import private_storage
from messaging.models import OutboxMessage
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db

SWEEP = "certificates.receivers.batches_left_behind"


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


@pytest.fixture
def batch(training, coordinator):
    """A batch of four leaders with addresses, recorded; its queued tasks never run."""
    from courses.models import CourseCompletion

    for n in range(4):
        volunteer = VolunteerFactory(
            stage=Stage.TRAINED, district=unit("in-mp-indore"), user__email=f"l{n}@example.org"
        )
        CourseCompletion.objects.create(
            user=volunteer.user, course=training["required"], score_percent=90
        )
        services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        )
    return issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)


def resume(minutes) -> str:
    out = io.StringIO()
    call_command("certificates_resume", "--stale-minutes", str(minutes), stdout=out)
    return out.getvalue()


def age(batch, seconds):
    CertificateBatch.objects.filter(pk=batch.pk).update(
        progress_at=timezone.now() - timedelta(seconds=seconds)
    )


def test_staleness_counts_from_the_last_progress_not_the_batch_creation(batch):
    ids = list(batch.certificates.order_by("pk").values_list("pk", flat=True))
    CertificateBatch.objects.filter(pk=batch.pk).update(
        created_at=timezone.now() - timedelta(hours=1)
    )
    generation.certificate_chunk_run(batch_id=batch.pk, ids=ids[:2])  # progress just now
    assert "0 batch(es) resumed" in resume(0.2)

    age(batch, 30)  # no progress for 30 s: resumed, and finished here (tasks run inline)
    assert f"Batch {batch.pk} (" in resume(0.2)
    batch.refresh_from_db()
    assert batch.status == "done" and batch.done_count == 4


def test_a_batch_whose_finish_died_is_finished_by_the_watchdog(batch, settings):
    # Every certificate issued, and the worker died while writing the ZIP.
    generation.certificates_render(
        list(batch.certificates.select_related("leadership__volunteer__user"))
    )
    age(batch, settings.WATCHDOG_STALE_SECONDS - 10)
    assert watchdog.sweep()[SWEEP] == 0  # still within its bound
    age(batch, settings.WATCHDOG_STALE_SECONDS + 1)
    assert watchdog.sweep()[SWEEP] == 1
    batch.refresh_from_db()
    assert (batch.status, batch.done_count) == ("done", 4)
    with private_storage().open(batch.archive.name, "rb") as handle:
        assert len(zipfile.ZipFile(io.BytesIO(handle.read())).namelist()) == 4
    assert watchdog.sweep()[SWEEP] == 0


def test_two_resumes_at_once_queue_a_batch_once(batch):
    age(batch, 600)
    stale = CertificateBatch.objects.get(pk=batch.pk)  # both read it stale ...
    assert issuing.certificate_batches_recover(stale_after=timedelta(minutes=5)) == {batch.pk: 1}
    # ... the second one's claim fails: the first moved the batch's clock.
    claimed = CertificateBatch.objects.filter(pk=batch.pk, progress_at=stale.progress_at).update(
        progress_at=timezone.now()
    )
    assert claimed == 0
    assert issuing.certificate_batches_recover(stale_after=timedelta(minutes=5)) == {}


def test_the_email_is_recorded_with_the_certificate_and_sent_once_even_if_never_queued(batch):
    ids = list(batch.certificates.values_list("pk", flat=True))
    # A rolled-back issue records no e-mail.
    with pytest.raises(RuntimeError), transaction.atomic():
        generation.certificate_chunk_run(batch_id=batch.pk, ids=ids[:1])
        assert OutboxMessage.objects.count() == 1
        raise RuntimeError("the database connection was terminated")
    assert not OutboxMessage.objects.exists()
    assert Certificate.objects.filter(status="generating").count() == 4

    # Issued; the worker dies before it queues the chunk's e-mails.
    generation.certificate_chunk_run(batch_id=batch.pk, ids=ids)
    assert OutboxMessage.objects.filter(status="pending", queued_at=None).count() == 4
    assert mail.outbox == []
    watchdog.sweep()
    watchdog.sweep()
    assert sorted(m.to[0] for m in mail.outbox) == [f"l{n}@example.org" for n in range(4)]


def test_the_batch_page_counts_its_emails_and_sends_the_failed_ones_again(
    batch, coordinator, client
):
    ids = list(batch.certificates.values_list("pk", flat=True))
    generation.certificate_chunk_run(batch_id=batch.pk, ids=ids)
    first, *_ = OutboxMessage.objects.order_by("pk")
    OutboxMessage.objects.filter(pk=first.pk).update(status="failed", attempts=8, error="550")
    client.force_login(coordinator)
    page = client.get(reverse("certificate_batches:detail", args=[batch.pk]))
    assert "0 sent, 3 waiting to be sent, 1 failed." in page.content.decode()
    assert "Send the failed e-mails again" in page.content.decode()

    response = client.post(reverse("certificate_batches:emails_retry", args=[batch.pk]))
    assert response.status_code == 302
    watchdog.sweep()  # the rest were never queued; the retried one is queued on commit
    page = client.get(reverse("certificate_batches:detail", args=[batch.pk]))
    assert "4 sent, 0 waiting to be sent, 0 failed." in page.content.decode()
    assert len(mail.outbox) == 4
