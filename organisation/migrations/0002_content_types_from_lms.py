"""The moved models' content types follow them from lms to organisation.

Django's content types are keyed by app label and model; renaming the rows (instead of
letting post_migrate create new ones) keeps their ids, and with them every permission a
group or user was granted on these models, Wagtail's log entries and reference index.
On a fresh database there are no lms rows for these models yet: nothing to do.
"""

from django.db import migrations

MOVED_MODELS = (
    "unit",
    "volunteerprofile",
    "stagechange",
    "screening",
    "coordinator",
    "team",
    "teammember",
    "volunteerimport",
)


def relabel(apps, schema_editor, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for old in ContentType.objects.using(db).filter(app_label=old_label, model__in=MOVED_MODELS):
        # A row under the new label can only have been made empty, by post_migrate: the
        # old row, with the permissions granted on it, wins.
        ContentType.objects.using(db).filter(app_label=new_label, model=old.model).delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    relabel(apps, schema_editor, "lms", "organisation")


def backwards(apps, schema_editor):
    relabel(apps, schema_editor, "organisation", "lms")


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("organisation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
