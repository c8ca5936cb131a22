"""The one scope policy: who may see and act on which part of the organisation.

Two questions, asked everywhere the same way:

- *May this user do this at all?* A Django model permission (``organisation.view_team``),
  granted through groups; never a group's name.
- *On which rows?* Those inside the user's scope (`scope_of`): the unit they coordinate
  and every unit below it; the whole country for superusers; nothing for anyone else.

`ScopedPermissionPolicy` answers both for a model, as Wagtail's viewsets ask them
(``instances_user_has_permission_for``); `scope_required` answers them for the remaining
function views. A row outside the scope is a 404, as if it did not exist; a user without
a scope or without the permission gets a 403.
"""

from collections.abc import Callable, Iterable
from functools import wraps

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wagtail.permission_policies import ModelPermissionPolicy

from organisation.models import Team, TeamMember, Unit, VolunteerImport, VolunteerProfile

User = AbstractBaseUser | AnonymousUser

#: What a coordinator may do, granted to the Coordinators group by migration 0003 (and
#: by the demo and the test factories). Model permissions: ``app_label.codename``.
COORDINATOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "organisation.view_volunteerprofile",
    "organisation.change_volunteerprofile",
    "organisation.view_team",
    "organisation.change_team",
    "organisation.view_volunteerimport",
    "organisation.add_volunteerimport",
)


def permissions_named(names: Iterable[str]) -> list[Permission]:
    """The Permission rows for names such as "organisation.view_team"."""
    wanted = [name.split(".", 1) for name in names]
    query = Q(pk__in=[])
    for app_label, codename in wanted:
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query))
    if len(found) != len(wanted):
        raise LookupError(f"Unknown permission among {names}")
    return found


def scope_of(user: User) -> Unit | None:
    """The unit a user may see and act in: their coordinator unit, the whole country
    for superusers, nothing (None) for anyone else."""
    if not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Unit.objects.get(level=Unit.Level.NATIONAL)
    coordinator = getattr(user, "coordinator", None)
    return coordinator.unit if coordinator is not None else None


def unit_in_scope(user: User, unit: Unit | None) -> bool:
    """Whether `unit` is the user's unit or lies below it."""
    scope = scope_of(user)
    return scope is not None and scope.contains(unit)


def scope_filter(model: type[Model], scope: Unit) -> Q:
    """A filter on `model` keeping the rows inside `scope`.

    The model names the way to its unit in ``scope_lookup``: a path to a `Unit`
    ("unit") or to a `VolunteerProfile` ("volunteer"), whose district's state is kept
    beside it so that a state is one indexed column, not a join (a state may have
    50,000 volunteers). A volunteer is reached through itself (``scope_lookup = ""``).
    """
    lookup = model.scope_lookup
    target = model
    for part in filter(None, lookup.split("__")):
        target = target._meta.get_field(part).related_model
    if target is VolunteerProfile:
        return scope.volunteer_filter(prefix=f"{lookup}__" if lookup else "")
    if scope.level == Unit.Level.NATIONAL:
        return Q()
    if scope.level == Unit.Level.STATE:
        return Q(**{lookup: scope.pk}) | Q(**{f"{lookup}__parent": scope.pk})
    return Q(**{lookup: scope.pk})


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and rows limited to the user's scope.

    Registered for the organisation's models below (`POLICIES`, by `organisation.apps`);
    other apps register it for theirs (a model with ``scope_lookup = "volunteer"``).
    """

    def instances_in(self, scope: Unit) -> QuerySet:
        """The rows inside `scope` (a view that has ``request.scope`` already)."""
        return self.model._default_manager.filter(scope_filter(self.model, scope))

    def instances_user_has_any_permission_for(self, user: User, actions) -> QuerySet:
        scope = scope_of(user)
        if scope is None or not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.instances_in(scope)

    def instances_user_has_permission_for(self, user: User, action: str) -> QuerySet:
        return self.instances_user_has_any_permission_for(user, [action])

    def user_has_any_permission_for_instance(self, user: User, actions, instance) -> bool:
        return (
            self.instances_user_has_any_permission_for(user, actions)
            .filter(pk=instance.pk)
            .exists()
        )

    def user_has_permission_for_instance(self, user: User, action: str, instance) -> bool:
        return self.user_has_any_permission_for_instance(user, [action], instance)


volunteer_policy = ScopedPermissionPolicy(VolunteerProfile)
team_policy = ScopedPermissionPolicy(Team)
team_member_policy = ScopedPermissionPolicy(TeamMember)
volunteer_import_policy = ScopedPermissionPolicy(VolunteerImport)
#: Registered with Wagtail by organisation.apps.
POLICIES = (volunteer_policy, team_policy, team_member_policy, volunteer_import_policy)


def request_scope(request: HttpRequest, permission: str | None = None) -> Unit:
    """The requesting user's scope, looked up once per request (``request.scope``);
    PermissionDenied without a scope or without `permission`."""
    if not hasattr(request, "scope"):
        request.scope = scope_of(request.user)
    if request.scope is None:
        raise PermissionDenied(_("Only coordinators can open this page."))
    if permission is not None and not request.user.has_perm(permission):
        raise PermissionDenied(_("You do not have permission to do this."))
    return request.scope


def scope_required(permission: str | None = None) -> Callable:
    """For a function view: sets ``request.scope`` (a Unit), or answers 403 to a user
    without a scope or without `permission` ("app_label.codename"). The view then takes
    its rows from the scope, so that a row outside it is a 404."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            request_scope(request, permission)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
