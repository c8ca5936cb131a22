from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Messages")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from messaging import checks, receivers  # noqa: F401  (system checks; the watchdog's sweep)
        from messaging.admin_views import POLICIES

        # Before any admin view asks Wagtail's registry for a fallback policy.
        for policy in POLICIES:
            register_permission_policy(policy.model, policy)

        # Each app declares its message templates in message_templates.py.
        autodiscover_modules("message_templates")
