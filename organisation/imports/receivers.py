"""Signal receivers of volunteer imports, connected in OrganisationConfig.ready()."""

from django.dispatch import receiver

from lms.watchdog import work_left_behind
from organisation.imports.services import volunteer_imports_resume_left_behind


@receiver(work_left_behind, dispatch_uid="organisation.imports_left_behind")
def imports_left_behind(sender, **kwargs):
    return volunteer_imports_resume_left_behind()
