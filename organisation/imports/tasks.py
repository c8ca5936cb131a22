"""Background tasks of volunteer imports (django-tasks; the backend is a setting)."""

from django_tasks import task

from organisation.imports import services
from organisation.models import VolunteerImport


@task()
def volunteer_import_run(*, import_id: int) -> dict:
    """Run or resume an import. Safe to run twice: a second worker finds it claimed,
    and a resumed run continues after the last batch saved, skipping phones that
    are already registered."""
    volunteer_import = VolunteerImport.objects.select_related("unit", "created_by").get(
        pk=import_id
    )
    if not services.volunteer_import_claim(volunteer_import):
        return {"claimed": False}
    result = services.volunteer_import_process(volunteer_import)
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
    return services.volunteer_import_invite(volunteer_import=volunteer_import)
