"""Signal receivers, connected in CertificatesConfig.ready()."""

from django.dispatch import receiver

from certificates.services import volunteer_training_finished
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="certificates.training_finished")
def on_course_completed(sender, user, **kwargs):
    volunteer_training_finished(user=user)
