from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "organisation"
    label = "organisation"
    verbose_name = "Organisation"

    def ready(self):
        # Before any admin view asks Wagtail's registry, which would otherwise make
        # an unscoped fallback policy for these models.
        from wagtail.permissions import register_permission_policy

        from organisation.imports import receivers  # noqa: F401  (the watchdog's sweep)
        from organisation.permissions import POLICIES

        for policy in POLICIES:
            register_permission_policy(policy.model, policy)
