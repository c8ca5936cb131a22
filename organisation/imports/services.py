"""Actions on volunteer imports: create one from an upload, run or resume it, invite.

The admin views and the `import_volunteers` command both come here; the
background task (organisation.imports.tasks) calls `volunteer_import_process`.
"""

import os
import tempfile
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from lms.spreadsheets import SafeCsvWriter
from organisation.imports.formats import FileProblem, open_source
from organisation.imports.importer import ImportResult, VolunteerImporter
from organisation.models import StageChange, VolunteerImport
from organisation.selectors import user_scope

#: A running import that has not saved progress for this long is taken to have
#: lost its worker, and may be resumed.
STALE_AFTER = timedelta(minutes=5)
REPORT_HEADER = ("line", "phone", "reason")


def volunteer_import_create(
    *, uploaded_file, created_by, send_invitations: bool = False, enqueue: bool = True
) -> VolunteerImport:
    """Store an uploaded file and queue its import in the uploader's scope."""
    scope = user_scope(created_by)
    if scope is None:
        raise PermissionDenied(_("Only coordinators can import volunteers."))
    file_name = os.path.basename(uploaded_file.name)
    volunteer_import = VolunteerImport(
        file_name=file_name,
        created_by=created_by,
        unit=scope,
        send_invitations=send_invitations,
        progress_total=uploaded_file.size or 0,
    )
    volunteer_import.file.save(file_name, uploaded_file, save=False)
    volunteer_import.save()
    if enqueue:
        volunteer_import_enqueue(volunteer_import)
    return volunteer_import


def volunteer_import_enqueue(volunteer_import: VolunteerImport) -> None:
    """Queue the import's task once the surrounding transaction has committed."""
    from organisation.imports.tasks import volunteer_import_run

    pk = volunteer_import.pk
    transaction.on_commit(lambda: volunteer_import_run.enqueue(import_id=pk))


def volunteer_import_is_stale(volunteer_import: VolunteerImport, now=None) -> bool:
    """Whether the import can be resumed: it failed, or its worker stopped reporting."""
    if volunteer_import.status == VolunteerImport.Status.FAILED:
        return True
    if volunteer_import.status != VolunteerImport.Status.RUNNING:
        return False
    last = volunteer_import.updated_at or volunteer_import.started_at
    return last is None or last < (now or timezone.now()) - STALE_AFTER


def volunteer_import_resume(*, volunteer_import: VolunteerImport) -> bool:
    """Queue a failed or stalled import again; it continues after its last checkpoint."""
    if not volunteer_import_is_stale(volunteer_import):
        return False
    updated = VolunteerImport.objects.filter(
        pk=volunteer_import.pk, status=volunteer_import.status
    ).update(status=VolunteerImport.Status.QUEUED, message="", updated_at=timezone.now())
    if updated:
        volunteer_import_enqueue(volunteer_import)
    return bool(updated)


def volunteer_import_claim(volunteer_import: VolunteerImport) -> bool:
    """Mark the import running, unless another worker has it (at most one runs)."""
    now = timezone.now()
    claimed = (
        VolunteerImport.objects.filter(pk=volunteer_import.pk)
        .filter(
            Q(status=VolunteerImport.Status.QUEUED)
            | Q(status=VolunteerImport.Status.RUNNING, updated_at__lt=now - STALE_AFTER)
        )
        .update(
            status=VolunteerImport.Status.RUNNING,
            updated_at=now,
            started_at=Coalesce(F("started_at"), now),
        )
    )
    if claimed:
        volunteer_import.refresh_from_db()
    return bool(claimed)


def volunteer_import_process(
    volunteer_import: VolunteerImport,
    *,
    binary=None,
    size: int | None = None,
    progress=None,
    batch_size: int = 5000,
) -> ImportResult:
    """Run a claimed import to its end, from its last checkpoint.

    Reads `binary` (a local file) or the stored upload; saves the checkpoint
    (line, counts, first errors, progress) with every batch; stores the error
    report; marks the import done, or failed with the reason the file could
    not be read to its end. `progress(volunteer_import, result)` is called
    after each batch.
    """
    pk = volunteer_import.pk
    resume_after = volunteer_import.checkpoint_line
    # The error report grows on local disk and goes to storage at the end.
    report_file = tempfile.TemporaryFile(mode="w+", encoding="utf-8-sig", newline="")  # noqa: SIM115
    # Its cells are copied from the file: guarded, as a spreadsheet would run them.
    report = SafeCsvWriter(report_file)
    report.writerow(REPORT_HEADER)

    def checkpoint(result, source):
        fields = {
            "checkpoint_line": result.last_line,
            "rows_read": result.rows,
            "imported_count": result.imported,
            "skipped_count": result.skipped,
            "error_count": result.errors,
            "first_errors": result.first_errors,
            "progress_done": source.done,
            "progress_total": source.total,
            "updated_at": timezone.now(),
        }
        VolunteerImport.objects.filter(pk=pk).update(**fields)
        for name, value in fields.items():
            setattr(volunteer_import, name, value)
        if progress is not None:
            progress(volunteer_import, result)

    importer = VolunteerImporter(
        scope=volunteer_import.unit,
        imported_by=volunteer_import.created_by,
        note=volunteer_import.note,
        batch_size=batch_size,
        report=report,
        on_batch=checkpoint,
        resume_after_line=resume_after,
    )
    result = importer.result
    if resume_after:
        result.imported = volunteer_import.imported_count
        result.skipped = volunteer_import.skipped_count
        result.errors = volunteer_import.error_count
        result.first_errors = list(volunteer_import.first_errors)
    try:
        with report_file:
            own_file = binary is None
            if own_file:
                binary = volunteer_import.file.open("rb")
                size = volunteer_import.file.size
            try:
                try:
                    source = open_source(binary, file_name=volunteer_import.file_name, size=size)
                except FileProblem as problem:
                    result.problem = problem
                else:
                    importer.run(source)
            finally:
                if own_file:
                    binary.close()
            _finish(volunteer_import, result, report_file)
    except Exception as error:
        VolunteerImport.objects.filter(pk=pk).update(
            status=VolunteerImport.Status.FAILED,
            message=_("The import stopped after line %(line)d: %(error)s. Resume it to continue.")
            % {"line": volunteer_import.checkpoint_line, "error": error},
            updated_at=timezone.now(),
        )
        raise
    if volunteer_import.send_invitations and result.imported:
        from organisation.imports.tasks import volunteer_import_invite

        transaction.on_commit(lambda: volunteer_import_invite.enqueue(import_id=pk))
    return result


def _finish(volunteer_import: VolunteerImport, result: ImportResult, report_file) -> None:
    now = timezone.now()
    if result.errors:
        report_file.flush()
        report_file.seek(0)
        volunteer_import.error_report.save(
            f"import-{volunteer_import.pk}-errors.csv", File(report_file), save=False
        )
    if result.problem is not None:
        status = VolunteerImport.Status.FAILED
        message = str(result.problem)
        if result.problem.line:
            message = _("Line %(line)d: %(message)s") % {
                "line": result.problem.line,
                "message": result.problem.message,
            }
    else:
        status = VolunteerImport.Status.DONE
        message = "" if result.rows else _("The file has a header but no rows.")
    fields = {
        "status": status,
        "message": message,
        "finished_at": now,
        "updated_at": now,
        "checkpoint_line": result.last_line,
        "rows_read": result.rows,
        "imported_count": result.imported,
        "skipped_count": result.skipped,
        "error_count": result.errors,
        "first_errors": result.first_errors,
        "error_report": volunteer_import.error_report.name or "",
    }
    if status == VolunteerImport.Status.DONE:
        fields["progress_done"] = volunteer_import.progress_total
    VolunteerImport.objects.filter(pk=volunteer_import.pk).update(**fields)
    for name, value in fields.items():
        if name != "error_report":
            setattr(volunteer_import, name, value)


# Invitations -----------------------------------------------------------------------

INVITE_BATCH = 200


def _invitation(user, base_url: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    profile = getattr(user, "volunteer_profile", None)
    name = profile.name_en if profile is not None else user.username
    body = _(
        "Dear %(name)s,\n\n"
        "You are registered as a volunteer of %(site)s. Your user name is your mobile "
        "number, %(username)s.\n\n"
        "Choose your password here (the link works for a few days, once):\n%(link)s\n\n"
        "Then log in to start your training.\n"
    ) % {
        "name": name,
        "site": settings.WAGTAIL_SITE_NAME,
        "username": user.username,
        "link": base_url.rstrip("/") + path,
    }
    return EmailMessage(
        subject=_("You are registered as a volunteer: choose your password"),
        body=body,
        to=[user.email],
    )


def volunteer_import_invite(*, volunteer_import: VolunteerImport) -> int:
    """E-mail each volunteer the import created, who has an e-mail address and has
    never logged in, a link to choose their password. At most once: the progress
    mark moves before each batch is sent, so a crash loses a batch rather than
    sending it twice. Returns how many were sent.
    """
    User = get_user_model()
    changes = StageChange.objects.filter(note=volunteer_import.note, from_stage="")
    if volunteer_import.created_by_id:
        changes = changes.filter(changed_by_id=volunteer_import.created_by_id)
    else:
        changes = changes.filter(changed_by__isnull=True)
    base_url = settings.WAGTAILADMIN_BASE_URL
    sent = 0
    mark = volunteer_import.invited_up_to
    while True:
        batch = list(
            changes.filter(pk__gt=mark)
            .order_by("pk")
            .values_list("pk", "volunteer__user_id")[:INVITE_BATCH]
        )
        if not batch:
            break
        new_mark = batch[-1][0]
        moved = VolunteerImport.objects.filter(pk=volunteer_import.pk, invited_up_to=mark).update(
            invited_up_to=new_mark
        )
        if not moved:
            break  # another worker is sending this import's invitations
        mark = new_mark
        users = (
            User.objects.filter(pk__in=[user_id for _pk, user_id in batch], last_login__isnull=True)
            .exclude(email="")
            .select_related("volunteer_profile")
        )
        messages = [_invitation(user, base_url) for user in users]
        if messages:
            with get_connection() as connection:
                count = connection.send_messages(messages) or 0
            sent += count
            VolunteerImport.objects.filter(pk=volunteer_import.pk).update(
                invitations_sent=F("invitations_sent") + count
            )
    return sent
