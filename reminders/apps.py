from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    name = "reminders"
    verbose_name = _("Reminders")

    def ready(self):
        from django.db.models.signals import post_migrate

        from reminders import receivers  # noqa: F401  (the watchdog schedules the evaluation)
        from reminders.permissions import rule_editors_ensure

        post_migrate.connect(rule_editors_ensure, sender=self)
