"""Actions on leadership certificates: issue (one or in bulk), re-issue, revoke.

A certificate is first recorded as "generating" with what it will say; its PDF
is rendered after (at once for one certificate, by background tasks for a
batch) and the record turns "issued" with the file's SHA-256. The database
allows one current (generating or issued) certificate per promotion, and the
PDF of a certificate is the same bytes whenever it is rendered, so rendering
again after a crash can neither duplicate a certificate nor change one.
"""

import base64
import datetime
import hashlib
import logging
import os
import tempfile
import zipfile
from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from certificates.batch import BatchRenderer
from certificates.models import Certificate, CertificateBatch, CertificateSettings, Leadership
from certificates.rendering import (
    LEVELS,
    CertificateData,
    CertificateDesign,
    CertificateRenderer,
    Signatory,
    default_design,
)
from courses.models import CourseCompletion, CoursePage
from lms.storage import private_storage
from organisation.models import Unit, VolunteerProfile
from organisation.selectors import user_scope
from organisation.services import OrganisationError

logger = logging.getLogger(__name__)

#: Certificates per background task of a batch: big enough to use the batch
#: renderer well, small enough that several workers share a batch.
CHUNK_SIZE = 200


def verification_url(code: str) -> str:
    return settings.SITE_URL + reverse("certificate_verify_short", args=[code])


def role_names(level: str) -> tuple[str, str]:
    level_en, level_hi = LEVELS[level]
    return f"{level_en} leader", f"{level_hi} लीडर"


# What a certificate says -----------------------------------------------------------


def design_current() -> CertificateDesign:
    """The design edited in the admin, with the standard wording where it is empty."""
    settings_ = CertificateSettings.load()
    default = default_design()

    def image_path(image):
        # The renderer reads images from MEDIA_ROOT, never by URL. Media in an
        # object store (S3) has no local path: the image comes in as a data: URL
        # of a small PNG rendition, read through the storage, once per design.
        if not image:
            return None
        try:
            path = image.file.path
        except NotImplementedError:
            return image_data_url(image)
        except ValueError:
            return None
        return path if os.path.isfile(path) else image_data_url(image)

    signatories = tuple(
        Signatory(block.value["name"], block.value["title"], image_path(block.value["signature"]))
        for block in settings_.signatories
    )
    return CertificateDesign(
        title_en=settings_.title_en or default.title_en,
        title_hi=settings_.title_hi or default.title_hi,
        wording_en=settings_.wording_en or default.wording_en,
        wording_hi=settings_.wording_hi or default.wording_hi,
        issuer_en=settings_.issuer_en or default.issuer_en,
        issuer_hi=settings_.issuer_hi or default.issuer_hi,
        signatories=signatories or default.signatories,
        logo_path=image_path(settings_.logo),
    )


#: Logos and signatures on certificates: at most this size, as PNG (transparency kept).
CERTIFICATE_IMAGE_FILTER = "max-800x400|format-png"


def image_data_url(image) -> str | None:
    """A ``data:image/png`` URL of the image's rendition, read through its storage."""
    try:
        rendition = image.get_rendition(CERTIFICATE_IMAGE_FILTER)
        with rendition.file.open("rb") as file:
            body = file.read()
    except Exception:  # a missing or broken file: the certificate goes out without it
        logger.exception("Certificate image %s could not be read", image.pk)
        return None
    return "data:image/png;base64," + base64.b64encode(body).decode("ascii")


def _completed_courses(user_ids) -> dict[int, list]:
    """Each user's completed courses as [title_en, title_hi, "YYYY-MM-DD"], oldest first."""
    completions = list(
        CourseCompletion.objects.filter(user_id__in=user_ids)
        .select_related("course")
        .order_by("completed_at")
    )
    keys = {c.course.translation_key for c in completions}
    hindi = dict(
        CoursePage.objects.filter(translation_key__in=keys, locale__language_code="hi").values_list(
            "translation_key", "title"
        )
    )
    courses = defaultdict(list)
    for completion in completions:
        title_en = completion.course.title
        courses[completion.user_id].append(
            [
                title_en,
                hindi.get(completion.course.translation_key, title_en),
                timezone.localdate(completion.completed_at).isoformat(),
            ]
        )
    return courses


def _new_certificate(leadership, courses, issued_by, batch=None, supersedes=None) -> Certificate:
    volunteer = leadership.volunteer
    return Certificate(
        leadership=leadership,
        name_en=volunteer.name_en,
        name_hi=volunteer.name_hi,
        level=leadership.level,
        unit_en=leadership.unit.name_en,
        unit_hi=leadership.unit.name_hi,
        courses=courses.get(volunteer.user_id, []),
        issued_on=timezone.localdate(),
        issued_by=issued_by,
        batch=batch,
        supersedes=supersedes,
    )


def certificate_data(certificate: Certificate) -> CertificateData:
    role_en, role_hi = role_names(certificate.level)
    return CertificateData(
        name_en=certificate.name_en,
        name_hi=certificate.name_hi or certificate.name_en,
        role_en=role_en,
        role_hi=role_hi,
        level=certificate.level,
        unit_en=certificate.unit_en,
        unit_hi=certificate.unit_hi or certificate.unit_en,
        courses=tuple(
            (en, hi, datetime.date.fromisoformat(day)) for en, hi, day in certificate.courses
        ),
        issued_on=certificate.issued_on,
        verification_code=certificate.code,
        verification_url=verification_url(certificate.code),
    )


# Rendering ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _batch_renderer(design: CertificateDesign) -> BatchRenderer:
    # One per process and design: it keeps the parsed stylesheet, the fonts and
    # the page parts every certificate shares.
    return BatchRenderer(design)


def _store(certificate: Certificate, pdf: bytes) -> bool:
    """Save the PDF and mark the certificate issued, unless another worker did.

    The file is named by the certificate's code and the PDF's hash, and never
    overwritten: two workers rendering the same certificate (a batch resumed
    while its first worker still ran) may produce different bytes (a batch's
    fonts are subset per batch), and the record must keep the hash of the
    file it names. The worker whose UPDATE wins keeps its file; the other
    removes its own.
    """
    storage = private_storage()
    digest = hashlib.sha256(pdf).hexdigest()
    name = f"certificates/{certificate.code}-{digest[:16]}.pdf"
    saved = name if storage.exists(name) else storage.save(name, ContentFile(pdf))
    updated = Certificate.objects.filter(
        pk=certificate.pk, status=Certificate.Status.GENERATING
    ).update(
        status=Certificate.Status.ISSUED,
        pdf=saved,
        sha256=digest,
        generated_at=timezone.now(),
        error="",
    )
    if not updated:
        current = (
            Certificate.objects.filter(pk=certificate.pk).values_list("pdf", flat=True).first()
        )
        if current != saved:
            storage.delete(saved)
    return bool(updated)


def _fail(certificate: Certificate, error: Exception) -> bool:
    logger.exception("Certificate %s could not be rendered", certificate.pk)
    return bool(
        Certificate.objects.filter(pk=certificate.pk, status=Certificate.Status.GENERATING).update(
            status=Certificate.Status.ERROR, error=f"{type(error).__name__}: {error}"[:2000]
        )
    )


def certificates_render(certificates: list[Certificate]) -> tuple[int, int]:
    """Render and store the PDFs of certificates that are still generating.

    Returns (issued, failed) counting only the certificates this call changed.
    """
    certificates = [c for c in certificates if c.status == Certificate.Status.GENERATING]
    if not certificates:
        return 0, 0
    renderer = _batch_renderer(design_current())
    issued = failed = 0
    try:
        pairs = list(renderer.render(certificate_data(c) for c in certificates))
    except Exception:  # one bad certificate: render them one by one to find it
        logger.warning("A batch failed; rendering its certificates one by one", exc_info=True)
        pairs = None
    if pairs is not None:
        for certificate, (_data, pdf) in zip(certificates, pairs, strict=True):
            issued += _store(certificate, pdf)
        return issued, failed
    single = CertificateRenderer(renderer.renderer.design)
    for certificate in certificates:
        try:
            issued += _store(certificate, single.render_pdf(certificate_data(certificate)))
        except Exception as error:  # noqa: BLE001 (recorded on the certificate)
            failed += _fail(certificate, error)
    return issued, failed


# Actions ---------------------------------------------------------------------------------


def _check_scope(user, leadership: Leadership) -> None:
    scope = user_scope(user)
    if scope is None or not scope.contains(leadership.volunteer.district):
        raise PermissionDenied(_("This leader is outside your unit."))


def certificate_issue(*, leadership: Leadership, issued_by) -> Certificate:
    """Issue the certificate of an active promotion and render it now.

    Idempotent: the promotion's current certificate is returned if it has one.
    """
    leadership = Leadership.objects.select_related("volunteer", "unit").get(pk=leadership.pk)
    _check_scope(issued_by, leadership)
    if leadership.revoked_at is not None:
        raise OrganisationError(_("This promotion is revoked: no certificate can be issued."))
    existing = leadership.certificates.current().first()
    if existing is not None and existing.status == Certificate.Status.ISSUED:
        return existing
    if existing is None:
        try:
            with transaction.atomic():
                existing = _new_certificate(
                    leadership, _completed_courses([leadership.volunteer.user_id]), issued_by
                )
                existing.save()
        except IntegrityError:  # issued at the same moment by someone else
            existing = leadership.certificates.current().get()
    certificates_render([existing])
    existing.refresh_from_db()
    if existing.status == Certificate.Status.ISSUED:
        certificate_email_schedule(existing)
    return existing


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, revoked_by, reason: str) -> Certificate:
    """Revoke a certificate with a reason: its verification page says so at once."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    _check_scope(revoked_by, certificate.leadership)
    if not reason.strip():
        raise OrganisationError(_("Say why the certificate is revoked."))
    if certificate.status == Certificate.Status.REVOKED:
        raise OrganisationError(_("This certificate is already revoked."))
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = revoked_by
    certificate.revoke_reason = reason.strip()
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revoke_reason"])
    return certificate


def certificate_reissue(*, certificate: Certificate, issued_by, reason: str) -> Certificate:
    """Replace a certificate (after a correction of a name, say): the old one is
    revoked as superseded and stays in the history, linked to the new one."""
    with transaction.atomic():
        old = certificate_revoke(
            certificate=certificate,
            revoked_by=issued_by,
            reason=_("Superseded by a corrected certificate: %(reason)s") % {"reason": reason},
        )
        leadership = Leadership.objects.select_related("volunteer", "unit").get(
            pk=old.leadership_id
        )
        new = _new_certificate(
            leadership,
            _completed_courses([leadership.volunteer.user_id]),
            issued_by,
            supersedes=old,
        )
        new.save()
    certificates_render([new])
    new.refresh_from_db()
    if new.status == Certificate.Status.ISSUED:
        certificate_email_schedule(new)
    return new


def certificates_revoke_for_leadership(*, leadership: Leadership, revoked_by, reason: str) -> int:
    """When a promotion is revoked, so is its certificate."""
    return Certificate.objects.filter(leadership=leadership, status__in=Certificate.CURRENT).update(
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
        revoked_by=revoked_by,
        revoke_reason=reason,
    )


# Bulk ------------------------------------------------------------------------------------


def leaderships_without_certificate(unit: Unit):
    """Active promotions of volunteers inside `unit` that have no current certificate."""
    return (
        Leadership.objects.active()
        .filter(volunteer__in=VolunteerProfile.objects.in_unit(unit))
        .exclude(certificates__status__in=Certificate.CURRENT)
        .select_related("volunteer", "unit")
        .order_by("pk")
    )


def certificate_batch_create(*, unit: Unit, created_by) -> CertificateBatch:
    """Record a certificate for every newly promoted leader in the unit and queue
    their rendering as background tasks (several workers share the batch)."""
    scope = user_scope(created_by)
    if scope is None or not scope.contains(unit):
        raise PermissionDenied(_("This unit is outside your unit."))
    batch = CertificateBatch.objects.create(unit=unit, created_by=created_by)
    total = 0
    leaderships = leaderships_without_certificate(unit)
    last_pk = 0
    while True:
        chunk = list(leaderships.filter(pk__gt=last_pk)[:2000])
        if not chunk:
            break
        last_pk = chunk[-1].pk
        courses = _completed_courses([leadership.volunteer.user_id for leadership in chunk])
        # A leader given a certificate meanwhile is skipped by the constraint.
        created = Certificate.objects.bulk_create(
            [_new_certificate(leadership, courses, created_by, batch) for leadership in chunk],
            ignore_conflicts=True,
        )
        total += len(created)
    total = batch.certificates.count()
    CertificateBatch.objects.filter(pk=batch.pk).update(
        total=total,
        status=CertificateBatch.Status.RUNNING if total else CertificateBatch.Status.DONE,
        finished_at=None if total else timezone.now(),
    )
    batch.refresh_from_db()
    transaction.on_commit(lambda: certificate_batch_enqueue(batch))
    return batch


def certificate_batch_enqueue(batch: CertificateBatch) -> int:
    """Queue the rendering of the batch's certificates that are still generating.

    Also how a batch resumes after a worker died: what is issued stays issued,
    what is left is queued again. Returns the number of tasks queued.
    """
    from certificates.tasks import certificate_batch_finish, certificate_chunk_render

    ids = list(
        batch.certificates.filter(status=Certificate.Status.GENERATING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not ids:
        certificate_batch_finish.enqueue(batch_id=batch.pk)
        return 1
    for start in range(0, len(ids), CHUNK_SIZE):
        certificate_chunk_render.enqueue(batch_id=batch.pk, ids=ids[start : start + CHUNK_SIZE])
    return len(ids[::CHUNK_SIZE])


def certificate_chunk_run(*, batch_id: int, ids: list[int]) -> dict[str, int]:
    certificates = list(
        Certificate.objects.filter(pk__in=ids, status=Certificate.Status.GENERATING).order_by("pk")
    )
    issued, failed = certificates_render(certificates)
    CertificateBatch.objects.filter(pk=batch_id).update(
        done_count=F("done_count") + issued, error_count=F("error_count") + failed
    )
    for certificate in Certificate.objects.filter(
        pk__in=ids, status=Certificate.Status.ISSUED, emailed_at__isnull=True
    ).select_related("leadership__volunteer__user"):
        certificate_email_schedule(certificate)
    if not Certificate.objects.filter(
        batch_id=batch_id, status=Certificate.Status.GENERATING
    ).exists():
        certificate_batch_finish_run(batch_id=batch_id)
    return {"issued": issued, "failed": failed}


def certificate_batch_finish_run(*, batch_id: int) -> None:
    """Write the batch's ZIP and mark it done (once, whoever finishes last)."""
    with transaction.atomic():
        batch = CertificateBatch.objects.select_for_update().get(pk=batch_id)
        if batch.status == CertificateBatch.Status.DONE:
            return
        storage = private_storage()
        counts = dict(batch.certificates.values_list("status").annotate(n=Count("pk")).order_by())
        with tempfile.TemporaryFile() as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
                for certificate in (
                    batch.certificates.filter(status=Certificate.Status.ISSUED)
                    .order_by("pk")
                    .iterator()
                ):
                    name = (
                        f"{slugify(certificate.unit_en)}/"
                        f"{slugify(certificate.name_en)}-{certificate.code}.pdf"
                    )
                    with storage.open(certificate.pdf.name, "rb") as pdf:
                        archive.writestr(name, pdf.read())
            handle.seek(0)
            batch.archive.save(f"batch-{batch.pk}.zip", File(handle), save=False)
        batch.status = CertificateBatch.Status.DONE
        batch.done_count = counts.get(Certificate.Status.ISSUED, 0)
        batch.error_count = counts.get(Certificate.Status.ERROR, 0)
        batch.finished_at = timezone.now()
        batch.save(update_fields=["archive", "status", "done_count", "error_count", "finished_at"])


# E-mail ------------------------------------------------------------------------------------


def certificate_email_schedule(certificate: Certificate) -> None:
    if certificate.emailed_at is None and certificate.leadership.volunteer.user.email:
        from certificates.tasks import certificate_email_send

        transaction.on_commit(lambda: certificate_email_send.enqueue(certificate_id=certificate.pk))


def certificate_email_run(*, certificate_id: int) -> bool:
    """Tell the leader their certificate is ready, at most once (whatever the retries)."""
    from django.core.mail import send_mail

    claimed = Certificate.objects.filter(
        pk=certificate_id, emailed_at__isnull=True, status=Certificate.Status.ISSUED
    ).update(emailed_at=timezone.now())
    if not claimed:
        return False
    certificate = Certificate.objects.select_related("leadership__volunteer__user").get(
        pk=certificate_id
    )
    user = certificate.leadership.volunteer.user
    if not user.email:
        return False
    role_en, role_hi = role_names(certificate.level)
    send_mail(
        subject="Your leadership certificate is ready / आपका नेतृत्व प्रमाण-पत्र तैयार है",
        message=(
            f"Dear {certificate.name_en},\n\n"
            f"Congratulations: your certificate as {role_en} of {certificate.unit_en} is ready. "
            f"Download it from your dashboard: {settings.SITE_URL}/en/learn/\n"
            f"Anyone can verify it at {verification_url(certificate.code)}\n\n"
            f"प्रिय {certificate.name_hi or certificate.name_en},\n\n"
            f"बधाई! {certificate.unit_hi or certificate.unit_en} के {role_hi} के रूप में आपका "
            f"प्रमाण-पत्र तैयार है। इसे अपने डैशबोर्ड से डाउनलोड करें: {settings.SITE_URL}/hi/learn/\n"
        ),
        from_email=None,
        recipient_list=[user.email],
    )
    return True
