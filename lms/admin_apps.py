import importlib

from django.apps import apps
from django.contrib.admin.apps import SimpleAdminConfig
from django.utils.module_loading import module_has_submodule

from lms.quiz_compat import QUIZ_PACKAGES


class LmsAdminConfig(SimpleAdminConfig):
    """Django's admin, autodiscovering every app's ``admin`` module but django-quiz-app's.

    That package's admin registers Django 1.x forms (it assigns to a reverse
    many-to-many, which Django 2.0 removed); quizzes are edited in the Wagtail
    admin instead.
    """

    def ready(self):
        super().ready()
        for app_config in apps.get_app_configs():
            if app_config.name in QUIZ_PACKAGES:
                continue
            if module_has_submodule(app_config.module, "admin"):
                importlib.import_module(f"{app_config.name}.admin")
