"""Who may edit the reminder rules: the Trainers and the Coordinators groups, granted after
every migrate (added, never removed, so an administrator may grant more in the admin).
Before this, only the demo granted them: a real site's trainers had no Reminder rules."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

#: The groups of courses.roles and of the organisation (named, not imported: no app
#: imports another's internals for a name).
EDITORS = ("Trainers", "Coordinators")


def rule_editors_ensure(sender, using="default", **kwargs) -> None:
    """post_migrate receiver (connected for this app only)."""
    if using != "default":
        return
    create_permissions(sender, verbosity=0, using=using)
    permissions = Permission.objects.filter(
        content_type__app_label="reminders", content_type__model="reminderrule"
    )
    for name in EDITORS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
