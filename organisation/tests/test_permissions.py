"""The one scope policy: scope_of, unit_in_scope, ScopedPermissionPolicy, scope_required."""

from types import SimpleNamespace

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse
from django.test import RequestFactory

from wagtail.permissions import policy_registry

from organisation.models import (
    Coordinator,
    Team,
    TeamMember,
    VolunteerImport,
    VolunteerProfile,
)
from organisation.permissions import (
    COORDINATOR_PERMISSIONS,
    permissions_named,
    scope_of,
    scope_required,
    team_member_policy,
    team_policy,
    unit_in_scope,
    volunteer_import_policy,
    volunteer_policy,
)
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def permission_names(permissions) -> set[str]:
    return {f"{p.content_type.app_label}.{p.codename}" for p in permissions}


@pytest.fixture
def volunteers():
    return {
        "indore": VolunteerFactory(district=unit("in-mp-indore")),
        "bhopal": VolunteerFactory(district=unit("in-mp-bhopal")),
        "lucknow": VolunteerFactory(district=unit("in-up-lucknow")),
    }


def test_scope_of_is_the_coordinated_unit_the_nation_for_superusers_none_for_others():
    assert scope_of(coordinator_create("in-mp")) == unit("in-mp")
    superuser = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    assert scope_of(superuser) == unit("in")
    assert scope_of(UserFactory()) is None
    retired = coordinator_create("in-up", username="retired")
    retired.is_active = False
    assert scope_of(retired) is None


def test_unit_in_scope_covers_the_unit_and_the_units_below_it():
    state = coordinator_create("in-mp")
    assert unit_in_scope(state, unit("in-mp"))
    assert unit_in_scope(state, unit("in-mp-indore"))
    assert not unit_in_scope(state, unit("in-up-lucknow"))
    assert not unit_in_scope(state, unit("in"))
    assert not unit_in_scope(coordinator_create("in-mp-indore"), unit("in-mp-bhopal"))
    assert not unit_in_scope(UserFactory(), unit("in-mp-indore"))


def test_the_policy_keeps_the_rows_inside_the_scope(volunteers):
    state, district = coordinator_create("in-mp"), coordinator_create("in-mp-indore")
    rows = volunteer_policy.instances_user_has_permission_for
    assert set(rows(state, "view")) == {volunteers["indore"], volunteers["bhopal"]}
    assert set(rows(district, "change")) == {volunteers["indore"]}
    assert volunteer_policy.user_has_permission_for_instance(state, "view", volunteers["bhopal"])
    assert not volunteer_policy.user_has_permission_for_instance(
        district, "view", volunteers["bhopal"]
    )


def test_the_policy_reaches_the_unit_through_scope_lookup(volunteers):
    state = coordinator_create("in-mp")
    teams = {
        name: Team.objects.create(leader=volunteer, unit=volunteer.district)
        for name, volunteer in volunteers.items()
    }
    member = TeamMember.objects.create(
        team=teams["bhopal"], volunteer=VolunteerFactory(district=unit("in-mp-bhopal"))
    )
    TeamMember.objects.create(
        team=teams["lucknow"], volunteer=VolunteerFactory(district=unit("in-up-lucknow"))
    )
    imports = [
        VolunteerImport.objects.create(file_name=f"{code}.csv", unit=unit(code))
        for code in ("in-mp", "in-mp-indore", "in-up")
    ]
    assert set(team_policy.instances_user_has_permission_for(state, "view")) == {
        teams["indore"],
        teams["bhopal"],
    }
    assert list(team_member_policy.instances_in(unit("in-mp"))) == [member]
    assert set(volunteer_import_policy.instances_user_has_permission_for(state, "view")) == set(
        imports[:2]
    )
    assert volunteer_import_policy.instances_in(unit("in")).count() == 3


def test_a_scope_without_the_permission_sees_nothing(volunteers):
    user = UserFactory()
    Coordinator.objects.create(user=user, unit=unit("in-mp"))
    assert not volunteer_policy.instances_user_has_permission_for(user, "view").exists()
    assert not volunteer_policy.user_has_permission_for_instance(user, "view", volunteers["indore"])


def test_the_permission_without_a_scope_sees_nothing(volunteers):
    user = UserFactory()
    user.groups.add(Group.objects.get_or_create(name="Coordinators")[0])
    coordinator_create("in-mp")  # gives the group its permissions
    assert user.has_perm("organisation.view_volunteerprofile")
    assert not volunteer_policy.instances_user_has_permission_for(user, "view").exists()


def test_wagtail_asks_the_scoped_policy_for_the_organisations_models():
    for policy in (volunteer_policy, team_policy, team_member_policy, volunteer_import_policy):
        assert policy_registry.get_by_type(policy.model) is policy
    assert policy_registry.get_by_type(VolunteerProfile) is volunteer_policy


@scope_required("organisation.view_team")
def a_view(request):
    return HttpResponse(request.scope.code)


def test_scope_required_sets_the_scope_or_refuses():
    request = RequestFactory().get("/")
    request.user = coordinator_create("in-mp-indore")
    assert a_view(request).content == b"in-mp-indore"

    without_permission = UserFactory()
    Coordinator.objects.create(user=without_permission, unit=unit("in-mp"))
    for user in (UserFactory(), without_permission):
        request = RequestFactory().get("/")
        request.user = user
        with pytest.raises(PermissionDenied):
            a_view(request)


def test_a_coordinator_without_the_permission_is_turned_away_from_the_screens(client):
    user = UserFactory()
    user.user_permissions.add(*permissions_named(["wagtailadmin.access_admin"]))
    Coordinator.objects.create(user=user, unit=unit("in-mp"))
    client.force_login(user)
    for path in ("/admin/volunteers/", "/admin/teams/", "/admin/volunteer-imports/"):
        response = client.get(path)
        # Wagtail's answer to PermissionDenied in its admin: back to the admin's home.
        assert (response.status_code, response.url) == (302, "/admin/"), path


def test_migration_gives_the_coordinators_group_the_coordinators_permissions():
    grant = __import__(
        "organisation.migrations.0003_coordinators_group_permissions", fromlist=["grant"]
    ).grant
    Group.objects.filter(name="Coordinators").delete()
    state = MigrationExecutor(connection).loader.project_state(
        ("organisation", "0003_coordinators_group_permissions")
    )
    grant(state.apps, SimpleNamespace(connection=connection))
    group = Group.objects.get(name="Coordinators")
    assert permission_names(group.permissions.all()) == set(COORDINATOR_PERMISSIONS)
    grant(state.apps, SimpleNamespace(connection=connection))  # again: nothing changes
    assert group.permissions.count() == len(COORDINATOR_PERMISSIONS)
