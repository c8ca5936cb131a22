from django.apps import AppConfig

from lms import quiz_compat

# Runs when Django imports this module, in the first phase of app loading,
# before any app's models (django-quiz-app's included) are imported.
quiz_compat.install()


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Volunteer training: organisation"

    def ready(self):
        from lms import checks  # noqa: F401  (registers system checks)
