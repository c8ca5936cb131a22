"""The work background jobs do for certificates: render and store PDFs, finish a batch
with its ZIP, record the "your certificate is ready" e-mail.

:mod:`certificates.tasks` calls these (and tests call them directly); the services
in :mod:`certificates.issuing` decide what to generate and queue the tasks. Nothing
here queues a task. Every function is safe to run twice, or after a worker died
half-way: a certificate is stored once whoever renders it, the batch is finished
once whoever finishes last, and a certificate's e-mail is recorded in the outbox in
the transaction that issues it (messaging sends it, once in effect).
"""

import base64
import datetime
import hashlib
import logging
import os
import tempfile
import zipfile
from functools import lru_cache

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from certificates import emails
from certificates.credentials.issue import credentials_sign
from certificates.design.batch import BatchRenderer
from certificates.design.data import (
    LEVELS,
    CertificateData,
    CertificateDesign,
    Signatory,
    default_design,
)
from certificates.design.renderer import CertificateRenderer
from certificates.models import Certificate, CertificateBatch, CertificateSettings
from lms.storage import private_storage
from messaging.outbox import Message, messages_record

logger = logging.getLogger(__name__)


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


def certificate_data(
    certificate: Certificate, qr_fragment: str = "", credential: str = ""
) -> CertificateData:
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
        qr_fragment=qr_fragment,
        credential=credential,
    )


# Rendering ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _batch_renderer(design: CertificateDesign) -> BatchRenderer:
    # One per process and design: it keeps the parsed stylesheet, the fonts and
    # the page parts every certificate shares.
    return BatchRenderer(design)


def _store(certificate: Certificate, pdf: bytes, credential: str) -> bool:
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
    with transaction.atomic():
        updated = Certificate.objects.filter(
            pk=certificate.pk, status=Certificate.Status.GENERATING
        ).update(
            status=Certificate.Status.ISSUED,
            pdf=saved,
            sha256=digest,
            credential=credential,
            generated_at=timezone.now(),
            error="",
        )
        if updated:  # the e-mail is on record the moment the certificate is issued
            certificate_email_record(certificate)
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
    design = design_current()
    # Signed first: without a key this raises before any certificate changes.
    credentials = credentials_sign(
        certificates, issuer_en=design.issuer_en, issuer_hi=design.issuer_hi
    )
    renderer = _batch_renderer(design)
    issued = failed = 0
    try:
        pairs = list(
            renderer.render(
                certificate_data(c, credentials[c.pk].qr_fragment, credentials[c.pk].credential)
                for c in certificates
            )
        )
    except Exception:  # one bad certificate: render them one by one to find it
        logger.warning("A batch failed; rendering its certificates one by one", exc_info=True)
        pairs = None
    if pairs is not None:
        for certificate, (_data, pdf) in zip(certificates, pairs, strict=True):
            issued += _store(certificate, pdf, credentials[certificate.pk].credential)
        return issued, failed
    single = CertificateRenderer(renderer.renderer.design)
    for certificate in certificates:
        try:
            signed = credentials[certificate.pk]
            pdf = single.render_pdf(
                certificate_data(certificate, signed.qr_fragment, signed.credential)
            )
            issued += _store(certificate, pdf, signed.credential)
        except Exception as error:  # noqa: BLE001 (recorded on the certificate)
            failed += _fail(certificate, error)
    return issued, failed


# Batches ---------------------------------------------------------------------------------


def certificate_chunk_run(*, batch_id: int, ids: list[int]) -> dict[str, int]:
    """Render the chunk's certificates that are still generating; count them on the batch."""
    certificates = list(
        Certificate.objects.filter(pk__in=ids, status=Certificate.Status.GENERATING)
        .select_related("leadership__volunteer__user")
        .order_by("pk")
    )
    issued, failed = certificates_render(certificates)
    CertificateBatch.objects.filter(pk=batch_id).update(
        done_count=F("done_count") + issued,
        error_count=F("error_count") + failed,
        progress_at=timezone.now(),
    )
    return {"issued": issued, "failed": failed}


def certificate_batch_finish_if_complete(*, batch_id: int) -> None:
    """Finish the batch once none of its certificates is still generating."""
    if not Certificate.objects.filter(
        batch_id=batch_id, status=Certificate.Status.GENERATING
    ).exists():
        certificate_batch_finish_run(batch_id=batch_id)


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


def certificate_email_record(certificate: Certificate) -> None:
    """Record in the outbox the e-mail telling the leader their certificate is ready
    (in the transaction that issues it), if they have an address."""
    user = certificate.leadership.volunteer.user
    if not user.email:
        return
    role_en, role_hi = role_names(certificate.level)
    message = Message(
        key=emails.certificate_email_key(certificate.pk),
        address=user.email,
        template_key=emails.TEMPLATE_KEY,
        group=emails.batch_group(certificate.batch_id) if certificate.batch_id else "",
        recipient_id=user.pk,
        context={
            "name_en": certificate.name_en,
            "name_hi": certificate.name_hi,
            "role_en": role_en,
            "role_hi": role_hi,
            "unit_en": certificate.unit_en,
            "unit_hi": certificate.unit_hi,
            "site_url": settings.SITE_URL,
            "verify_url": verification_url(certificate.code),
        },
    )
    messages_record([message], enqueue=False)  # the task queues a chunk's at once
