from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "organisation"
    label = "organisation"
    verbose_name = "Organisation"
