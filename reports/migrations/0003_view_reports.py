"""reports.view_reports: a coordinator sees the reports of their unit because their group
holds it, no longer because they have a unit. Given once to the Coordinators group (made by
organisation's 0003 with the permissions of the coordinator's screens), so that nobody
loses access; an administrator decides from then on (Settings → Groups)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

# organisation.permissions' group, as it was named when this was written.
COORDINATORS = "Coordinators"


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are otherwise made after the last migration (post_migrate).
    create_permissions(global_apps.get_app_config("reports"), verbosity=0, using=db, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.using(db).get(
        content_type__app_label="reports", codename="view_reports"
    )
    group, _created = Group.objects.using(db).get_or_create(name=COORDINATORS)
    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_trainers_see_course_reports"),
        ("organisation", "0003_coordinators_group_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="reports",
            options={
                "default_permissions": (),
                "managed": False,
                "permissions": [
                    ("view_reports", "Can see the training reports of the unit they coordinate"),
                    (
                        "view_course_reports",
                        "Can see the course and quiz reports of the whole organisation",
                    ),
                ],
                "verbose_name": "training reports",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
