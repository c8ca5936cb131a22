"""The organisation's models moved out of lms without touching a row (issue 14).

The database is taken back to main's state before the move (lms 0012, certificates 0003),
filled through the models of that state, and migrated forward: every row is then found
through organisation's models, the certificates' foreign keys still resolve, and a
permission a group was given on the old content type still works.
"""

import datetime

import pytest

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from certificates.models import Certificate, CertificateBatch, Leadership
from organisation.models import (
    Coordinator,
    Screening,
    StageChange,
    Team,
    TeamMember,
    Unit,
    VolunteerImport,
    VolunteerProfile,
)
from testing.migrations import latest, migrate

# Serialized rollback: the units and pages made by migrations are back for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE_THE_MOVE = [
    ("lms", "0012_volunteer_consent_to_share_contact"),
    ("certificates", "0003_certificate_wording_max_length"),
    ("organisation", None),
]
MOVED = [
    "unit",
    "volunteerprofile",
    "stagechange",
    "screening",
    "coordinator",
    "team",
    "teammember",
    "volunteerimport",
]


@pytest.fixture
def before_the_move():
    """The historical models of main before the move; the database is migrated to the
    latest state again afterwards, whatever the test did."""
    state = migrate(BEFORE_THE_MOVE)
    try:
        yield state.apps
    finally:
        migrate(latest())
        # The content types' cache is filled again from the database, as it was before:
        # with it empty, restoring the serialized rows after this test would let a
        # signal create a content type ahead of its serialized row (a duplicate).
        ContentType.objects.clear_cache()
        ContentType.objects.get_for_models(*django_apps.get_models(), for_concrete_models=False)


def fill(apps):
    """One row of every moved model and rows of certificates pointing at them, written as
    main wrote them; returns the ids to look for afterwards."""
    User = apps.get_model("auth", "User")
    ContentTypeThen = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    model = lambda name: apps.get_model("lms", name)  # noqa: E731

    assert model("Unit")._meta.db_table == "lms_unit"
    indore = model("Unit").objects.get(code="in-mp-indore")
    state = indore.parent
    coordinator_user = User.objects.create(username="meera")
    leader_user = User.objects.create(username="asha")
    member_user = User.objects.create(username="ravi")
    coordinator = model("Coordinator").objects.create(user=coordinator_user, unit=state)
    leader = model("VolunteerProfile").objects.create(
        user=leader_user,
        name_en="Asha Verma",
        name_hi="आशा वर्मा",
        phone="9876543210",
        district=indore,
        state=state,
        stage="leader",
        share_contact_with_team=True,
    )
    member = model("VolunteerProfile").objects.create(
        user=member_user,
        name_en="Ravi Kumar",
        phone="9123456780",
        district=indore,
        state=state,
        stage="trained",
    )
    change = model("StageChange").objects.create(
        volunteer=leader, from_stage="trained", to_stage="leader", changed_by=coordinator_user
    )
    screening = model("Screening").objects.create(
        volunteer=member, decision="selected", interviewed_by=coordinator_user, notes="Writes well"
    )
    team = model("Team").objects.create(leader=leader, unit=indore)
    membership = model("TeamMember").objects.create(
        team=team, volunteer=member, added_by=coordinator_user
    )
    volunteer_import = model("VolunteerImport").objects.create(
        unit=state, created_by=coordinator_user, file_name="mp.csv", imported_count=2
    )

    Leadership = apps.get_model("certificates", "Leadership")
    leadership = Leadership.objects.create(
        volunteer=leader, level="district", unit=indore, promoted_by=coordinator_user
    )
    batch = apps.get_model("certificates", "CertificateBatch").objects.create(
        unit=state, created_by=coordinator_user, total=1
    )
    certificate = apps.get_model("certificates", "Certificate").objects.create(
        leadership=leadership,
        code="MOVE-TEST-0001",
        status="generating",
        name_en="Asha Verma",
        level="district",
        unit_en="Indore",
        issued_on=datetime.date(2026, 12, 1),
        issued_by=coordinator_user,
        batch=batch,
    )

    # Main's content types and a group given a permission on one of them.
    profile_type, _ = ContentTypeThen.objects.get_or_create(
        app_label="lms", model="volunteerprofile"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=profile_type,
        codename="view_volunteerprofile",
        defaults={"name": "Can view volunteer"},
    )
    group = Group.objects.create(name="Volunteer readers")
    group.permissions.add(permission)
    coordinator_user.groups.add(group)
    # An empty row under the new label, as post_migrate would make: the old one must win.
    stray = ContentTypeThen.objects.create(app_label="organisation", model="volunteerprofile")
    assert set(
        ContentTypeThen.objects.filter(model__in=MOVED).values_list("app_label", flat=True)
    ) == {"lms", "organisation"}

    return {
        "units": model("Unit").objects.count(),
        "coordinator": coordinator.pk,
        "leader": leader.pk,
        "member": member.pk,
        "change": change.pk,
        "screening": screening.pk,
        "team": team.pk,
        "membership": membership.pk,
        "import": volunteer_import.pk,
        "leadership": leadership.pk,
        "batch": batch.pk,
        "certificate": certificate.pk,
        "profile_type": profile_type.pk,
        "stray": stray.pk,
        "user": coordinator_user.pk,
    }


def test_every_row_is_found_through_the_organisation_models_after_the_move(before_the_move):
    ids = fill(before_the_move)

    migrate(latest())
    ContentType.objects.clear_cache()

    assert Unit._meta.db_table == "lms_unit"
    assert Unit.objects.count() == ids["units"]
    assert VolunteerProfile.objects.count() == 2
    leader = VolunteerProfile.objects.get(pk=ids["leader"])
    assert (leader.name_hi, leader.phone, leader.district.code, leader.state.code) == (
        "आशा वर्मा",
        "9876543210",
        "in-mp-indore",
        "in-mp",
    )
    assert leader.share_contact_with_team
    assert StageChange.objects.get(pk=ids["change"]).volunteer == leader
    assert Screening.objects.get(pk=ids["screening"]).volunteer.pk == ids["member"]
    assert Coordinator.objects.get(pk=ids["coordinator"]).unit.code == "in-mp"
    team = Team.objects.get(pk=ids["team"])
    assert team.leader == leader
    assert TeamMember.objects.get(pk=ids["membership"]).team == team
    assert VolunteerImport.objects.get(pk=ids["import"]).imported_count == 2
    for model in (StageChange, Screening, Coordinator, Team, TeamMember, VolunteerImport):
        assert model.objects.count() == 1, model

    # The certificates' foreign keys resolve to the organisation's models.
    leadership = Leadership.objects.get(pk=ids["leadership"])
    assert leadership.volunteer == leader
    assert isinstance(leadership.volunteer, VolunteerProfile)
    assert leadership.unit.code == "in-mp-indore"
    assert CertificateBatch.objects.get(pk=ids["batch"]).unit.code == "in-mp"
    certificate = Certificate.objects.get(pk=ids["certificate"])
    assert certificate.leadership.volunteer.name_en == "Asha Verma"
    assert certificate.batch.unit == leader.state

    # The content types now say organisation, keeping their ids; the stray row is gone.
    assert not ContentType.objects.filter(app_label="lms", model__in=MOVED).exists()
    profile_type = ContentType.objects.get_for_model(VolunteerProfile)
    assert (profile_type.app_label, profile_type.pk) == ("organisation", ids["profile_type"])
    assert not ContentType.objects.filter(pk=ids["stray"]).exists()
    user = get_user_model().objects.get(pk=ids["user"])
    assert user.has_perm("organisation.view_volunteerprofile")
    assert not user.has_perm("lms.view_volunteerprofile")


def test_a_fresh_database_has_the_tables_and_the_organisation_content_types():
    """The test database was migrated from zero: lms's migrations made the tables,
    organisation's recorded them, post_migrate made the content types under the new label."""
    tables = set(connection.introspection.table_names())
    assert {model._meta.db_table for model in (Unit, VolunteerProfile, TeamMember)} <= tables
    assert not {"organisation_unit", "organisation_volunteerprofile"} & tables
    assert ContentType.objects.get_for_model(Coordinator).app_label == "organisation"
    assert not ContentType.objects.filter(app_label="lms", model__in=MOVED).exists()
