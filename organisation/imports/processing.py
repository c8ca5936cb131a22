"""The work of a volunteer import, as the background task and the command run it:
claim it, read the file from its last checkpoint, write the rows, store the error
report, record how it ended.

It queues nothing: what follows an import (invitations) is for its callers to
queue, organisation.imports.tasks and .services, which both import this module.
"""

import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.spreadsheets import SafeCsvWriter
from organisation.imports.formats import FileProblem, open_source
from organisation.imports.importer import ImportResult, VolunteerImporter
from organisation.models import VolunteerImport
from organisation.signals import volunteers_imported

#: A running import that has not saved progress for this long (it saves every batch,
#: about every second) is taken to have lost its worker, and may be resumed: the
#: watchdog does (services.volunteer_imports_resume_left_behind).
STALE_AFTER = timedelta(seconds=settings.WATCHDOG_STALE_SECONDS)
REPORT_HEADER = ("line", "phone", "reason")


def volunteer_import_claim(volunteer_import: VolunteerImport) -> bool:
    """Mark the import running, unless another worker has it (at most one runs).

    Also an import stopped by an error mid-run (failed, never finished: a database
    connection lost, say): the task raised, and its retry must be able to continue it
    after its checkpoint. Otherwise the retry found it "failed", did nothing, and the
    import stayed stopped until a person resumed it (issue 20's 50,000-row chaos test,
    2026-12-06). An import that failed on its file (finished, with the reason) stays
    failed.
    """
    now = timezone.now()
    claimed = (
        VolunteerImport.objects.filter(pk=volunteer_import.pk)
        .filter(
            Q(status=VolunteerImport.Status.QUEUED)
            | Q(status=VolunteerImport.Status.RUNNING, updated_at__lt=now - STALE_AFTER)
            | Q(status=VolunteerImport.Status.FAILED, finished_at__isnull=True)
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


def volunteer_import_execute(
    volunteer_import: VolunteerImport,
    *,
    binary=None,
    size: int | None = None,
    progress=None,
    batch_size: int | None = None,
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

    def checkpoint(result, source, phones=()):
        fields = {
            **_counts(result),
            "progress_done": source.done,
            "progress_total": source.total,
            "updated_at": timezone.now(),
        }
        VolunteerImport.objects.filter(pk=pk).update(**fields)
        for name, value in fields.items():
            setattr(volunteer_import, name, value)
        if phones:
            volunteers_imported.send(
                sender=VolunteerImport, volunteer_import=volunteer_import, phones=phones
            )
        if progress is not None:
            progress(volunteer_import, result)

    importer = VolunteerImporter(
        scope=volunteer_import.unit,
        imported_by=volunteer_import.created_by,
        note=volunteer_import.note,
        batch_size=batch_size or settings.VOLUNTEER_IMPORT_BATCH_ROWS,
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
    return result


def _counts(result: ImportResult) -> dict:
    """The import's fields that say how far it got: its checkpoint."""
    return {
        "checkpoint_line": result.last_line,
        "rows_read": result.rows,
        "imported_count": result.imported,
        "skipped_count": result.skipped,
        "error_count": result.errors,
        "first_errors": result.first_errors,
    }


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
        **_counts(result),
        "error_report": volunteer_import.error_report.name or "",
    }
    if status == VolunteerImport.Status.DONE:
        fields["progress_done"] = volunteer_import.progress_total
    VolunteerImport.objects.filter(pk=volunteer_import.pk).update(**fields)
    for name, value in fields.items():
        if name != "error_report":
            setattr(volunteer_import, name, value)
