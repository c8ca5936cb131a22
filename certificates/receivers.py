"""Signal receivers, connected in CertificatesConfig.ready()."""

from django.dispatch import receiver

from certificates.services import volunteer_stage_sync, volunteer_training_finished
from courses.signals import course_completed
from organisation.signals import volunteer_selected


@receiver(course_completed, dispatch_uid="certificates.training_finished")
def on_course_completed(sender, user, **kwargs):
    volunteer_training_finished(user=user)


@receiver(volunteer_selected, dispatch_uid="certificates.volunteer_selected")
def on_volunteer_selected(sender, volunteer, changed_by=None, **kwargs):
    # The steps this records follow from what the volunteer did before (enrolled,
    # finished the courses), not from the coordinator who screened them: no author.
    volunteer_stage_sync(volunteer=volunteer)
