"""Actions on volunteer imports: create one from an upload, queue, resume, or run it here.

The admin views and the `import_volunteers` command come here. This module
decides and queues (it imports organisation.imports.tasks); the work the tasks
call is organisation.imports.processing and .invitations, which import neither.
"""

import os
from collections.abc import Callable
from typing import BinaryIO

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from organisation.imports import tasks
from organisation.imports.importer import ImportResult
from organisation.imports.processing import (
    STALE_AFTER,
    volunteer_import_execute,
)
from organisation.models import VolunteerImport
from organisation.permissions import scope_of
from organisation.services import OrganisationError


def volunteer_import_create(
    *,
    uploaded_file,
    created_by,
    send_invitations: bool = False,
    consent_record: str = "",
    consent_channels=(),
    enqueue: bool = True,
) -> VolunteerImport:
    """Store an uploaded file and queue its import in the uploader's scope; refused
    (OrganisationError) for a user without one. `consent_record` names the
    organisation's own record of the volunteers' consent (and `consent_channels` the
    messages it covers): the consent app records it for each new volunteer."""
    scope = scope_of(created_by)
    if scope is None:
        raise OrganisationError(_("Only coordinators can import volunteers."))
    file_name = os.path.basename(uploaded_file.name)
    volunteer_import = VolunteerImport(
        file_name=file_name,
        created_by=created_by,
        unit=scope,
        send_invitations=send_invitations,
        consent_record=consent_record,
        consent_channels=list(consent_channels),
        progress_total=uploaded_file.size or 0,
    )
    volunteer_import.file.save(file_name, uploaded_file, save=False)
    volunteer_import.save()
    if enqueue:
        volunteer_import_enqueue(volunteer_import)
    return volunteer_import


def volunteer_import_enqueue(volunteer_import: VolunteerImport) -> None:
    """Queue the import's task once the surrounding transaction has committed."""
    pk = volunteer_import.pk
    transaction.on_commit(lambda: tasks.volunteer_import_run.enqueue(import_id=pk))


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


def volunteer_imports_resume_left_behind() -> int:
    """The watchdog's part (lms/watchdog.py): resume the imports whose worker stopped
    saving progress, and queue again those queued so long ago that their task was lost
    (a process killed before it queued it, a queue emptied). Returns how many."""
    cutoff = timezone.now() - STALE_AFTER
    resumed = 0
    for volunteer_import in VolunteerImport.objects.filter(
        status=VolunteerImport.Status.RUNNING, updated_at__lt=cutoff
    ):
        resumed += volunteer_import_resume(volunteer_import=volunteer_import)
    waiting = VolunteerImport.objects.filter(status=VolunteerImport.Status.QUEUED).filter(
        Q(updated_at__lt=cutoff) | Q(updated_at__isnull=True, created_at__lt=cutoff)
    )
    for volunteer_import in waiting:
        # Claimed by a conditional update: two sweeps at once queue it once.
        if VolunteerImport.objects.filter(
            pk=volunteer_import.pk,
            status=VolunteerImport.Status.QUEUED,
            updated_at=volunteer_import.updated_at,
        ).update(updated_at=timezone.now()):
            volunteer_import_enqueue(volunteer_import)
            resumed += 1
    return resumed


def volunteer_import_process(
    volunteer_import: VolunteerImport,
    *,
    binary: BinaryIO | None = None,
    size: int | None = None,
    progress: Callable[[VolunteerImport, ImportResult], None] | None = None,
    batch_size: int = 5000,
) -> ImportResult:
    """Run a claimed import to its end in this process (the command does; the
    background task does the same): organisation.imports.processing's
    volunteer_import_execute(), then the invitations queued when the import
    asks for them."""
    result = volunteer_import_execute(
        volunteer_import, binary=binary, size=size, progress=progress, batch_size=batch_size
    )
    tasks.volunteer_import_invitations_queue(volunteer_import, result)
    return result
