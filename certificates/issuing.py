"""The services of certificates: issue (one or in bulk), re-issue, revoke.

They decide what to generate and queue the background jobs (:mod:`certificates.tasks`);
the work itself (render, store, ZIP, e-mail) is :mod:`certificates.generation`, and the
PDF's layout :mod:`certificates.design`.

A certificate is first recorded as "generating" with what it will say; its PDF
is rendered after (at once for one certificate, by background tasks for a
batch) and the record turns "issued" with the file's SHA-256. The database
allows one current (generating or issued) certificate per promotion, and the
PDF of a certificate is the same bytes whenever it is rendered, so rendering
again after a crash can neither duplicate a certificate nor change one.
"""

from collections import defaultdict
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates import emails, tasks
from certificates.credentials.keys import signing_key
from certificates.credentials.status_list import status_lists_publish_for
from certificates.generation import certificates_render
from certificates.models import Certificate, CertificateBatch, Leadership
from certificates.selectors import leaderships_without_certificate
from courses.models import CourseCompletion, CoursePage
from lms.errors import OutOfScope
from organisation.models import Unit
from organisation.permissions import unit_in_scope
from organisation.services import OrganisationError

#: Certificates per background task of a batch: big enough to use the batch
#: renderer well, small enough that several workers share a batch.
CHUNK_SIZE = 200


# What a certificate says -----------------------------------------------------------


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


# Actions ---------------------------------------------------------------------------------


def _check_scope(user, leadership: Leadership) -> None:
    if not unit_in_scope(user, leadership.volunteer.district):
        raise OutOfScope(_("This leader is outside your unit."))


def certificate_issue(*, leadership: Leadership, issued_by) -> Certificate:
    """Issue the certificate of an active promotion and render it now.

    Idempotent: the promotion's current certificate is returned if it has one.
    Refused (:class:`CredentialsUnavailable`) with nothing recorded when there is no
    signing key.
    """
    leadership = Leadership.objects.select_related("volunteer", "unit").get(pk=leadership.pk)
    _check_scope(issued_by, leadership)
    signing_key()
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
    emails.certificate_emails_queue([existing.pk])
    return existing


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, revoked_by, reason: str) -> Certificate:
    """Revoke a certificate with a reason: its verification page says so at once, and
    the status list its credential points to is signed again in this transaction."""
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
    status_lists_publish_for([certificate.pk])
    return certificate


def certificate_reissue(*, certificate: Certificate, issued_by, reason: str) -> Certificate:
    """Replace a certificate (after a correction of a name, say): the old one is
    revoked as superseded and stays in the history, linked to the new one."""
    signing_key()  # no key: refused before the old one is revoked
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
    emails.certificate_emails_queue([new.pk])
    return new


def certificates_revoke_for_leadership(*, leadership: Leadership, revoked_by, reason: str) -> int:
    """When a promotion is revoked, so is its certificate (and its status list is
    signed again: call inside the promotion's revocation transaction)."""
    current = Certificate.objects.filter(leadership=leadership, status__in=Certificate.CURRENT)
    pks = list(current.values_list("pk", flat=True))
    if not pks:
        return 0
    revoked = Certificate.objects.filter(pk__in=pks).update(
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
        revoked_by=revoked_by,
        revoke_reason=reason,
    )
    status_lists_publish_for(pks)
    return revoked


# Bulk ------------------------------------------------------------------------------------


def certificate_batch_create(*, unit: Unit, created_by) -> CertificateBatch:
    """Record a certificate for every newly promoted leader in the unit and queue
    their rendering as background tasks (several workers share the batch)."""
    if not unit_in_scope(created_by, unit):
        raise OutOfScope(_("This unit is outside your unit."))
    signing_key()  # no key: refused before the batch is recorded
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
        progress_at=timezone.now(),
    )
    batch.refresh_from_db()
    transaction.on_commit(lambda: certificate_batch_enqueue(batch))
    return batch


def certificate_batch_enqueue(batch: CertificateBatch) -> int:
    """Queue the rendering of the batch's certificates that are still generating.

    Also how a batch resumes after a worker died: what is issued stays issued,
    what is left is queued again. Returns the number of tasks queued.
    """
    ids = list(
        batch.certificates.filter(status=Certificate.Status.GENERATING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not ids:
        tasks.certificate_batch_finish.enqueue(batch_id=batch.pk)
        return 1
    for start in range(0, len(ids), CHUNK_SIZE):
        tasks.certificate_chunk_render.enqueue(
            batch_id=batch.pk, ids=ids[start : start + CHUNK_SIZE]
        )
    return len(ids[::CHUNK_SIZE])


def certificate_batches_recover(*, stale_after: timedelta) -> dict[int, int]:
    """Queue again the work of running batches with no progress for ``stale_after``.

    A batch with certificates still generating gets them queued again; one with none
    left is finished (its ZIP written, marked done: the worker that was writing it
    died). Progress is the batch's own clock (``progress_at``: created, a chunk
    issued certificates, queued again), not its creation. Each batch is claimed by
    moving that clock with a conditional update, so two resumes at once (the
    watchdog and ``certificates_resume``, or two of either) queue it once.
    Returns {batch id: tasks queued}.
    """
    now = timezone.now()
    stale = CertificateBatch.objects.filter(
        status=CertificateBatch.Status.RUNNING, progress_at__lte=now - stale_after
    )
    queued = {}
    for batch in stale:
        if CertificateBatch.objects.filter(pk=batch.pk, progress_at=batch.progress_at).update(
            progress_at=now
        ):
            queued[batch.pk] = certificate_batch_enqueue(batch)
    return queued
