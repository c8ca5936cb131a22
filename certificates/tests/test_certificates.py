"""Issuing, verifying, revoking and downloading leadership certificates; bulk batches."""

import hashlib
import io
import re
import subprocess
import zipfile

import pytest

from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from certificates import emails, generation, issuing, services
from certificates.credentials import keys
from certificates.credentials.printed import qr_fragment
from certificates.design.batch import BatchRenderer
from certificates.models import Certificate, CertificateBatch, Leadership
from lms import watchdog
from lms.storage import private_storage
from messaging.models import OutboxMessage
from messaging.outbox import outbox_send_ids
from organisation.models import Stage
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def stored(certificate) -> bytes:
    with private_storage().open(certificate.pdf.name, "rb") as handle:
        return handle.read()


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


def leader(training, coordinator, *, district="in-mp-indore", **fields):
    from courses.models import CourseCompletion

    volunteer = VolunteerFactory(stage=Stage.TRAINED, district=unit(district), **fields)
    CourseCompletion.objects.create(
        user=volunteer.user, course=training["required"], score_percent=88
    )
    return services.leadership_promote(
        volunteer=volunteer, unit=unit(district), promoted_by=coordinator
    )


def test_an_issued_certificate_is_a_pdf_with_both_names_and_its_fingerprint(training, coordinator):
    leadership = leader(
        training, coordinator, name_en="Anuradha Subramaniam", name_hi="अनुराधा सुब्रमण्यम"
    )
    certificate = issuing.certificate_issue(leadership=leadership, issued_by=coordinator)
    assert certificate.status == "issued"
    data = stored(certificate)
    assert hashlib.sha256(data).hexdigest() == certificate.sha256
    text = pdf_text(data)
    assert "Anuradha Subramaniam" in text and "अनुराधा सुब्रमण्यम" in text
    assert certificate.code in "".join(text.split()) and "Indore" in text
    assert "Verification basics" in text  # the completed course
    # Issuing again gives the same certificate.
    assert issuing.certificate_issue(leadership=leadership, issued_by=coordinator) == certificate
    assert Certificate.objects.count() == 1
    # 100 random bits, typed by hand: five groups of four (certificates/codes.py).
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}", certificate.code)


def test_one_current_certificate_per_promotion_is_a_database_rule(training, coordinator):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator), issued_by=coordinator
    )
    duplicate = Certificate(
        leadership=certificate.leadership,
        name_en="x",
        level="district",
        unit_en="x",
        issued_on=certificate.issued_on,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_verification_shows_valid_then_revoked_at_once(client, training, coordinator):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Asha Verma", name_hi="आशा वर्मा"),
        issued_by=coordinator,
    )
    response = client.get(f"/v/{certificate.code}", HTTP_ACCEPT_LANGUAGE="hi")
    assert response.status_code == 302
    assert response["Location"] == f"/hi/verify/{certificate.code}/"
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "Valid" in html and "Asha Verma" in html and "District leader" in html
    assert certificate.leadership.volunteer.phone not in html  # nothing more than shown
    hindi = client.get(f"/hi/verify/{certificate.code}/").content.decode()
    assert "आशा वर्मा" in hindi and "मान्य" in hindi
    assert client.get(f"/v/{certificate.code}.json").json()["status"] == "valid"

    issuing.certificate_revoke(
        certificate=certificate, revoked_by=coordinator, reason="Issued in error."
    )
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "Revoked" in html and "Valid" not in html
    today = timezone.localdate()
    assert "Revoked on</dt>" in html and date_format(today, "j F Y") in html
    answer = client.get(f"/v/{certificate.code}.json").json()
    assert (answer["status"], answer["revoked_on"]) == ("revoked", today.isoformat())


def test_an_unknown_code_is_not_found(client):
    response = client.get("/en/verify/no-such-code-at-all-1234/")
    assert response.status_code == 404
    assert "Not found" in response.content.decode()
    assert client.get("/v/no-such-code-at-all-1234.json").json() == {
        "code": "no-such-code-at-all-1234",
        "status": "not_found",
    }


def test_verification_is_rate_limited_per_client(client, settings):
    from django.core.cache import cache

    cache.clear()  # other tests' requests came from the same address
    settings.RATE_LIMITS = {"verify": (5, 60)}
    statuses = [client.get("/v/unknown-code-000000.json").status_code for _ in range(6)]
    assert statuses == [404] * 5 + [429]
    other = client.get("/v/unknown-code-000000.json", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("leader", 200),
        ("another_trainee", 404),
        ("district_coordinator", 200),
        ("other_district_coordinator", 404),
        ("other_state_coordinator", 404),
        ("anonymous", 302),
    ],
)
def test_who_may_download_a_certificate(client, training, coordinator, who, status):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator), issued_by=coordinator
    )
    users = {
        "leader": certificate.leadership.volunteer.user,
        "another_trainee": UserFactory(),
        "district_coordinator": coordinator_create("in-mp-indore"),
        "other_district_coordinator": coordinator_create("in-mp-bhopal"),
        "other_state_coordinator": coordinator_create("in-up"),
    }
    if who != "anonymous":
        client.force_login(users[who])
    response = client.get(f"/en/certificates/{certificate.code}/download/")
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content) == stored(certificate)


def test_the_leader_finds_the_certificate_on_the_dashboard(client, training, coordinator):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator), issued_by=coordinator
    )
    client.force_login(certificate.leadership.volunteer.user)
    html = client.get("/en/learn/").content.decode()
    assert "My certificates" in html and f"/en/certificates/{certificate.code}/download/" in html
    issuing.certificate_revoke(certificate=certificate, revoked_by=coordinator, reason="Error.")
    assert "My certificates" not in client.get("/en/learn/").content.decode()
    response = client.get(f"/en/certificates/{certificate.code}/download/")
    assert response.status_code == 404


def test_a_correction_supersedes_the_old_certificate_and_keeps_it(training, coordinator):
    leadership = leader(training, coordinator, name_en="Ravi Kumr")
    old = issuing.certificate_issue(leadership=leadership, issued_by=coordinator)
    volunteer = leadership.volunteer
    volunteer.name_en = "Ravi Kumar"
    volunteer.save()
    new = issuing.certificate_reissue(
        certificate=old, issued_by=coordinator, reason="Name misspelt."
    )
    old.refresh_from_db()
    assert old.status == "revoked" and "Name misspelt." in old.revoke_reason
    assert new.supersedes == old and new.status == "issued"
    assert "Ravi Kumar" in pdf_text(stored(new))
    assert leadership.certificates.count() == 2


def test_revoking_a_promotion_revokes_its_certificate(training, coordinator):
    leadership = leader(training, coordinator)
    certificate = issuing.certificate_issue(leadership=leadership, issued_by=coordinator)
    services.leadership_revoke(leadership=leadership, revoked_by=coordinator, reason="Left.")
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert "Left." in certificate.revoke_reason


def test_a_coordinator_cannot_issue_outside_their_unit(training, coordinator):
    from lms.errors import OutOfScope

    leadership = leader(training, coordinator)
    with pytest.raises(OutOfScope):
        issuing.certificate_issue(leadership=leadership, issued_by=coordinator_create("in-up"))
    assert not Certificate.objects.exists()


def test_a_batch_issues_every_new_leader_once_with_a_zip_and_one_email_each(
    training, coordinator, django_capture_on_commit_callbacks
):
    leaderships = [
        leader(training, coordinator, user__email=f"leader{n}@example.org") for n in range(5)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        already = issuing.certificate_issue(leadership=leaderships[0], issued_by=coordinator)
    assert [m.to for m in mail.outbox] == [["leader0@example.org"]]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    batch.refresh_from_db()
    assert (batch.total, batch.done_count, batch.error_count, batch.status) == (4, 4, 0, "done")
    assert Certificate.objects.filter(status="issued").count() == 5
    assert Certificate.objects.get(leadership=leaderships[0]) == already
    with private_storage().open(batch.archive.name, "rb") as handle:
        names = zipfile.ZipFile(io.BytesIO(handle.read())).namelist()
    assert len(names) == 4 and all(name.endswith(".pdf") for name in names)
    assert sorted(m.to[0] for m in mail.outbox) == [f"leader{n}@example.org" for n in range(1, 5)]
    # Again: nothing new to issue, nobody e-mailed twice, whatever is queued again.
    with django_capture_on_commit_callbacks(execute=True):
        again = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
        emails.certificate_emails_queue(list(Certificate.objects.values_list("pk", flat=True)))
        outbox_send_ids(list(OutboxMessage.objects.values_list("pk", flat=True)))
        watchdog.sweep()
    assert again.total == 0 and len(mail.outbox) == 4
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}
    assert emails.batch_email_counts(batch.pk) == {"sent": 4, "pending": 0, "failed": 0}


def test_a_batch_resumed_after_a_crash_issues_each_certificate_exactly_once(
    training, coordinator, django_capture_on_commit_callbacks
):
    for _ in range(6):
        leader(training, coordinator)
    # The batch is recorded, but its worker dies after rendering only half of it
    # (its queued tasks never run).
    batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    generating = list(batch.certificates.order_by("pk"))
    generation.certificates_render(generating[:3])
    first = {c.pk: c.sha256 for c in Certificate.objects.filter(status="issued")}
    assert len(first) == 3

    with django_capture_on_commit_callbacks(execute=True):
        issuing.certificate_batch_enqueue(batch)  # the coordinator's "Resume"
    batch.refresh_from_db()
    assert batch.status == "done"
    assert Certificate.objects.count() == 6
    assert Leadership.objects.filter(certificates__status="issued").distinct().count() == 6
    for certificate in Certificate.objects.all():
        assert certificate.status == "issued"
        assert hashlib.sha256(stored(certificate)).hexdigest() == certificate.sha256
        if certificate.pk in first:  # rendered again? the same bytes
            assert certificate.sha256 == first[certificate.pk]
    # Rendering is deterministic: the same certificates give the same bytes (the QR
    # code's proof too: an Ed25519 signature of the same fields by the same key; and
    # the signed credential the PDF carries, as stored).
    renderer = BatchRenderer(generation.design_current())
    key = keys.issuer_keyring().current()
    stored_credentials = dict(Certificate.objects.values_list("pk", "credential"))
    again = renderer.render(
        generation.certificate_data(c, qr_fragment(c, key), stored_credentials[c.pk])
        for c in generating[:3]
    )
    assert [hashlib.sha256(pdf).hexdigest() for _data, pdf in again] == [
        first[c.pk] for c in generating[:3]
    ]
    assert CertificateBatch.objects.get(pk=batch.pk).done_count == 6


def test_two_workers_rendering_one_certificate_leave_one_file_matching_its_hash(
    training, coordinator
):
    """A batch resumed while its first worker still runs: the same certificate is
    rendered twice, in batches of different make-up, so with different bytes."""
    leaderships = [leader(training, coordinator) for _ in range(3)]
    batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    first, *others = batch.certificates.order_by("pk")
    renderer = BatchRenderer(generation.design_current())
    alone = next(renderer.render([generation.certificate_data(first)]))[1]
    together = next(renderer.render(generation.certificate_data(c) for c in [first, *others]))[1]
    assert alone != together  # font subsets differ with the batch
    assert generation._store(first, together, "signed-a") is True
    assert generation._store(first, alone, "signed-b") is False  # the slower worker loses
    first.refresh_from_db()
    assert stored(first) == together
    assert hashlib.sha256(stored(first)).hexdigest() == first.sha256
    names = private_storage().listdir("certificates")[1]
    assert [n for n in names if n.startswith(first.code)] == [first.pdf.name.split("/")[-1]]
    assert len(leaderships) == 3
