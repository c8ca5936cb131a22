"""Signal receivers, connected in CertificatesConfig.ready()."""

from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver

from certificates.issuing import certificate_batches_recover
from certificates.services import volunteer_stage_sync, volunteer_training_finished
from courses.signals import course_completed
from lms.watchdog import work_left_behind
from organisation.signals import volunteer_selected


@receiver(course_completed, dispatch_uid="certificates.training_finished")
def on_course_completed(sender, user, **kwargs):
    volunteer_training_finished(user=user)


@receiver(volunteer_selected, dispatch_uid="certificates.volunteer_selected")
def on_volunteer_selected(sender, volunteer, changed_by=None, **kwargs):
    # The steps this records follow from what the volunteer did before (enrolled,
    # finished the courses), not from the coordinator who screened them: no author.
    volunteer_stage_sync(volunteer=volunteer)


@receiver(work_left_behind, dispatch_uid="certificates.batches_left_behind")
def batches_left_behind(sender, **kwargs):
    stale = timedelta(seconds=settings.WATCHDOG_STALE_SECONDS)
    return sum(certificate_batches_recover(stale_after=stale).values())
