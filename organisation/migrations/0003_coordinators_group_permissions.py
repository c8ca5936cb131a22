"""The Coordinators group gets the model permissions the coordinator's screens ask for.

The screens used to let in anyone with a coordinator's scope; now they ask for model
permissions (organisation.permissions), so that a role is a set of permissions, not a
group's name. The group keeps whatever else it was given. On a fresh database the group
is made here, and the permissions first (Django makes them only after migrating).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# As organisation.permissions.COORDINATOR_PERMISSIONS was when this was written.
PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("organisation", "view_volunteerprofile"),
    ("organisation", "change_volunteerprofile"),
    ("organisation", "view_team"),
    ("organisation", "change_team"),
    ("organisation", "view_volunteerimport"),
    ("organisation", "add_volunteerimport"),
)


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    # wagtailadmin's 0001 made access_admin; the organisation's are made here.
    app_config = apps.get_app_config("organisation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=db)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(db).get_or_create(name="Coordinators")
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.using(db).get(
                content_type__app_label=app_label, codename=codename
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("organisation", "0002_content_types_from_lms"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
