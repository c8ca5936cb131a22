"""The compatibility layer restores what django-quiz-app needs, and only for it."""

import pytest
from quiz.models import Progress, Quiz, Sitting, SubCategory

from django.core import checks
from django.core.management import call_command
from django.db import models
from django.test.utils import isolate_apps
from django.utils import encoding, translation

from lms import quiz_compat


def test_removed_translation_and_encoding_names_are_restored():
    assert translation.ugettext is translation.gettext
    assert translation.ugettext_lazy is translation.gettext_lazy
    marker = type("Marker", (), {})
    assert encoding.python_2_unicode_compatible(marker) is marker


def test_quiz_foreign_keys_default_to_cascade():
    for model, field_name in [
        (Sitting, "user"),
        (Sitting, "quiz"),
        (Quiz, "category"),
        (SubCategory, "category"),
        (Progress, "user"),
    ]:
        field = model._meta.get_field(field_name)
        assert field.remote_field.on_delete is models.CASCADE, (model, field_name)


@isolate_apps("lms")
def test_our_foreign_keys_still_require_on_delete():
    with pytest.raises(TypeError, match="on_delete"):

        class Broken(models.Model):
            quiz = models.ForeignKey(Quiz)

            class Meta:
                app_label = "lms"


@isolate_apps("lms")
def test_our_one_to_one_fields_still_require_on_delete():
    with pytest.raises(TypeError, match="on_delete"):

        class Broken(models.Model):
            quiz = models.OneToOneField(Quiz)

            class Meta:
                app_label = "lms"


@isolate_apps("lms")
def test_comma_separated_integer_field_still_fails_its_check_outside_the_quiz_app():
    class Legacy(models.Model):
        numbers = models.CommaSeparatedIntegerField(max_length=100)

        class Meta:
            app_label = "lms"

    errors = Legacy._meta.get_field("numbers").check()
    assert [error.id for error in errors] == ["fields.E901"]


def test_quiz_comma_separated_fields_pass_the_system_check():
    for name in ("question_order", "question_list", "incorrect_questions"):
        assert Sitting._meta.get_field(name).check() == []


def test_system_check_reports_no_errors():
    messages = checks.run_checks()
    assert [m for m in messages if m.level >= checks.ERROR] == []


def test_install_is_idempotent():
    init = models.ForeignKey.__init__
    quiz_compat.install()
    assert models.ForeignKey.__init__ is init


@pytest.mark.django_db
def test_committed_quiz_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
