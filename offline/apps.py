from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    name = "offline"
    verbose_name = _("Installable app and offline reading")

    def ready(self):
        from offline import receivers  # noqa: F401 (connects the watchdog's housekeeping)
