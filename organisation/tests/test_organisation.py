"""Units, the volunteer pipeline with its history, scopes and teams of ten."""

import pytest

from organisation import selectors, services
from organisation.models import Screening, Stage, Team, TeamMember, Unit
from organisation.permissions import scope_of
from organisation.phones import normalise_phone
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def test_reference_data_has_every_state_and_union_territory_with_districts():
    nation = Unit.objects.get(level="national")
    assert nation.children.count() == 36
    assert Unit.objects.districts().count() > 700
    # Names repeat across states; the state tells them apart.
    assert Unit.objects.districts().filter(name_en="Bilaspur").count() == 2
    up = unit("in-up")
    assert (up.name_en, up.name_hi) == ("Uttar Pradesh", "उत्तर प्रदेश")
    assert up.children.count() == 75
    assert unit("in-up-lucknow").parent == up


def test_loading_units_again_changes_nothing():
    from organisation.units import units_load

    assert units_load() == {"created": 0, "updated": 0}


def test_volunteer_state_follows_district():
    volunteer = VolunteerFactory(district=unit("in-up-lucknow"))
    assert volunteer.state == unit("in-up")
    volunteer.district = unit("in-mp-bhopal")
    volunteer.save(update_fields=["district"])
    volunteer.refresh_from_db()
    assert volunteer.state == unit("in-mp")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("+91 98765 43210", "9876543210"),
        ("09876543210", "9876543210"),
        ("919876543210", "9876543210"),
        ("98765-43210", "9876543210"),
        ("12345", "12345"),
    ],
)
def test_phone_numbers_are_normalised(raw, clean):
    assert normalise_phone(raw) == clean


def test_the_pipeline_records_every_step_with_who_and_when():
    coordinator = coordinator_create("in-mp")
    volunteer = VolunteerFactory()
    services.volunteer_screen(
        volunteer=volunteer,
        interviewed_by=coordinator,
        notes="Clear about sourcing; has run a WhatsApp group civilly.",
        decision=Screening.Decision.SELECTED,
    )
    services.volunteer_training_started(user=volunteer.user, changed_by=coordinator)
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.IN_TRAINING
    history = list(volunteer.stage_changes.values_list("from_stage", "to_stage", "changed_by"))
    assert history == [
        (Stage.SIGNED_UP, Stage.SCREENED, coordinator.pk),
        (Stage.SCREENED, Stage.IN_TRAINING, coordinator.pk),
    ]
    assert volunteer.screenings.get().notes.startswith("Clear about sourcing")


def test_a_step_the_pipeline_does_not_allow_is_refused():
    volunteer = VolunteerFactory()
    with pytest.raises(services.OrganisationError, match="cannot become"):
        services.volunteer_stage_change(volunteer=volunteer, to_stage=Stage.LEADER)
    assert volunteer.stage_changes.count() == 0


def test_a_volunteer_not_yet_screened_keeps_their_stage_when_enrolled():
    volunteer = VolunteerFactory()
    services.volunteer_training_started(user=volunteer.user)
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.SIGNED_UP


@pytest.mark.parametrize(
    ("code", "sees"),
    [
        ("in", {"indore", "bhopal", "lucknow"}),
        ("in-mp", {"indore", "bhopal"}),
        ("in-mp-indore", {"indore"}),
    ],
)
def test_a_coordinator_sees_only_volunteers_inside_their_unit(code, sees):
    for district in ("in-mp-indore", "in-mp-bhopal", "in-up-lucknow"):
        VolunteerFactory(district=unit(district), name_en=district.rsplit("-", 1)[1])
    user = coordinator_create(code)
    names = set(selectors.volunteers_in_scope(user).values_list("name_en", flat=True))
    assert names == sees


def test_without_a_coordinator_role_a_user_sees_no_volunteer():
    VolunteerFactory()
    assert not selectors.volunteers_in_scope(UserFactory()).exists()


def test_pipeline_counts_count_everyone_who_reached_a_stage():
    for stage, how_many in [
        (Stage.SIGNED_UP, 4),
        (Stage.SCREENED, 3),
        (Stage.TRAINED, 2),
        (Stage.LEADER, 1),
        (Stage.NOT_SELECTED, 2),
    ]:
        VolunteerFactory.create_batch(how_many, stage=stage)
    VolunteerFactory(stage=Stage.LEADER, district=unit("in-up-lucknow"))
    counts = selectors.pipeline_counts(selectors.VolunteerProfile.objects.in_unit(unit("in-mp")))
    assert (
        counts["signed_up"],
        counts["screened"],
        counts["in_training"],
        counts["trained"],
        counts["leader"],
        counts["not_selected"],
    ) == (12, 6, 3, 3, 1, 2)


def _team(district="in-mp-indore"):
    leader = VolunteerFactory(stage=Stage.LEADER, district=unit(district))
    return services.team_form(leader=leader, unit=unit(district))


def test_a_team_takes_ten_members_and_refuses_the_eleventh():
    team = _team()
    for volunteer in VolunteerFactory.create_batch(10, stage=Stage.TRAINED):
        services.team_member_add(team=team, volunteer=volunteer)
    with pytest.raises(services.OrganisationError, match="already has 10 members"):
        services.team_member_add(team=team, volunteer=VolunteerFactory(stage=Stage.TRAINED))
    assert team.members.count() == 10


def test_a_team_member_must_be_in_the_team_unit_and_in_one_team_only():
    team = _team()
    other = _team()
    outsider = VolunteerFactory(stage=Stage.TRAINED, district=unit("in-mp-bhopal"))
    with pytest.raises(services.OrganisationError, match="is not in"):
        services.team_member_add(team=team, volunteer=outsider)
    member = VolunteerFactory(stage=Stage.TRAINED)
    services.team_member_add(team=team, volunteer=member)
    with pytest.raises(services.OrganisationError, match="already in a team"):
        services.team_member_add(team=other, volunteer=member)
    with pytest.raises(services.OrganisationError, match="already in this team"):
        services.team_member_add(team=team, volunteer=member)
    with pytest.raises(services.OrganisationError, match="leader cannot"):
        services.team_member_add(team=team, volunteer=other.leader)


def test_only_a_leader_leads_a_team():
    with pytest.raises(services.OrganisationError):
        services.team_form(leader=VolunteerFactory(stage=Stage.TRAINED), unit=unit("in-mp-indore"))


def test_filling_a_district_fills_teams_in_order_and_reports_the_short_ones():
    first, second = _team(), _team()
    _team("in-mp-bhopal")  # another district's team is left alone
    VolunteerFactory.create_batch(14, stage=Stage.TRAINED)
    VolunteerFactory.create_batch(3, stage=Stage.IN_TRAINING)
    VolunteerFactory.create_batch(2, stage=Stage.TRAINED, district=unit("in-mp-bhopal"))
    result = services.teams_fill_district(district=unit("in-mp-indore"))
    assert result == {"placed": 14, "teams": 2, "short": 1}
    assert (first.members.count(), second.members.count()) == (10, 4)
    assert set(selectors.teams_short(unit("in-mp"))) == {
        second,
        Team.objects.get(unit__code="in-mp-bhopal"),
    }
    # Again: nobody left to place, nobody moved.
    assert services.teams_fill_district(district=unit("in-mp-indore"))["placed"] == 0
    assert TeamMember.objects.count() == 14


def test_an_administrator_makes_a_user_coordinator_of_a_unit(client):
    from django.contrib.auth import get_user_model

    from organisation.models import Coordinator

    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    user = UserFactory(username="meera")
    assert client.get("/admin/coordinators/").status_code == 200
    response = client.post("/admin/coordinators/new/", {"user": "meera", "unit": unit("in-mp").pk})
    assert response.status_code == 302
    assert Coordinator.objects.get(user=user).unit.code == "in-mp"
    assert scope_of(user) == unit("in-mp")
    # Coordinators themselves cannot hand out scopes.
    client.force_login(coordinator_create("in-mp-indore"))
    assert client.get("/admin/coordinators/").status_code in (302, 403)


def test_a_refusal_is_an_application_error_that_a_form_shows():
    from django import forms

    from lms.errors import ApplicationError

    with pytest.raises(ApplicationError) as refused:
        services.team_form(leader=VolunteerFactory(stage=Stage.TRAINED), unit=unit("in-mp-indore"))
    assert refused.value.status == 400
    form = forms.Form({})
    form.is_valid()
    form.add_error(None, refused.value)
    assert form.non_field_errors() == ["Only a leader can lead a team."]
