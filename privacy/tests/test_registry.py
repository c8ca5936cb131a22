"""Every model that holds something about a person is declared in the registry."""

from django.apps import apps
from django.conf import settings
from django.db import models

from privacy import registry


def personal_fields(model) -> set[str]:
    """A model's fields that point to a person or hold a way to reach one."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    volunteer_model = apps.get_model("organisation", "VolunteerProfile")
    found = set()
    for field in model._meta.concrete_fields:
        points_to_a_person = field.is_relation and field.related_model in (
            user_model,
            volunteer_model,
        )
        reaches_a_person = isinstance(field, models.EmailField) or any(
            word in field.name for word in ("phone", "email", "username")
        )
        if points_to_a_person or reaches_a_person:
            found.add(field.name)
    return found


def test_every_model_with_a_user_a_volunteer_a_phone_or_an_email_is_declared():
    declared = {}
    for holding in registry.holdings():
        declared.setdefault(holding.model, set()).update(holding.fields)
    missing = {}
    for model in apps.get_models():
        fields = personal_fields(model) - declared.get(model._meta.label, set())
        if fields:
            missing[model._meta.label] = sorted(fields)
    assert not missing, (
        "Declare these in the app's privacy.py (privacy.registry.Holding): what they hold, "
        f"why, and what erasure does with them: {missing}"
    )


def test_the_check_sees_an_undeclared_model():
    """The test above cannot pass vacuously: a model with a user field is found."""

    class Undeclared(models.Model):
        owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
        contact_phone = models.CharField(max_length=10)

        class Meta:
            app_label = "privacy"
            managed = False

    assert personal_fields(Undeclared) == {"owner", "contact_phone"}
    # Drop it from the app registry again, or every later test would see it.
    del apps.all_models["privacy"]["undeclared"]
    apps.clear_cache()


def test_every_holding_names_a_model_and_fields_that_exist():
    for holding in registry.holdings():
        model = apps.get_model(holding.model)
        names = {f.name for f in model._meta.get_fields()}
        assert set(holding.fields) <= names, (holding.model, set(holding.fields) - names)


def test_the_providers_are_discovered_from_each_app():
    modules = {type(p).__module__ for p in registry.providers()}
    assert {
        "privacy.privacy",
        "organisation.privacy",
        "courses.privacy",
        "certificates.privacy",
        "messaging.privacy",
        "offline.privacy",
    } <= modules
