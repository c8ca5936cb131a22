"""The trainer groups may see the course and quiz reports of the whole organisation, as
they did when the reports checked the groups' names. Granted once: an administrator who
takes it away from a group (Settings → Groups) is not overruled by the next deploy."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# courses.roles.TRAINERS and SENIOR_TRAINERS, as they are named today.
TRAINER_GROUPS = ["Trainers", "Senior trainers"]


def grant(apps, schema_editor):
    # Permissions are otherwise made after the last migration (post_migrate).
    create_permissions(
        global_apps.get_app_config("reports"),
        verbosity=0,
        using=schema_editor.connection.alias,
        apps=apps,
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="reports", codename="view_course_reports"
    )
    for name in TRAINER_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reports", "0001_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
