"""Background tasks of volunteer imports (django-tasks; the backend is a setting).

They call the work in organisation.imports.processing and .invitations; the
decisions to queue them are organisation.imports.services' (which imports this
module, never the other way round).
"""

from django_tasks import task

from django.db import transaction

from organisation.imports import invitations, processing
from organisation.imports.importer import ImportResult
from organisation.models import VolunteerImport


@task()
def volunteer_import_run(*, import_id: int) -> dict:
    """Run or resume an import. Safe to run twice: a second worker finds it claimed,
    and a resumed run continues after the last batch saved, skipping phones that
    are already registered."""
    volunteer_import = VolunteerImport.objects.select_related("unit", "created_by").get(
        pk=import_id
    )
    if not processing.volunteer_import_claim(volunteer_import):
        return {"claimed": False}
    result = processing.volunteer_import_execute(volunteer_import)
    volunteer_import_invitations_queue(volunteer_import, result)
    return {
        "claimed": True,
        "imported": result.imported,
        "skipped": result.skipped,
        "errors": result.errors,
    }


@task()
def volunteer_import_invite(*, import_id: int) -> int:
    """E-mail the import's new volunteers a link to choose their password (at most once)."""
    volunteer_import = VolunteerImport.objects.get(pk=import_id)
    return invitations.volunteer_import_invite(volunteer_import=volunteer_import)


def volunteer_import_invitations_queue(volunteer_import: VolunteerImport, result: ImportResult):
    """After a run that created volunteers, queue their invitations if the import asks
    for them, once the run's last batch has committed."""
    if volunteer_import.send_invitations and result.imported:
        pk = volunteer_import.pk
        transaction.on_commit(lambda: volunteer_import_invite.enqueue(import_id=pk))
