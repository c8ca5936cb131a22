"""Adding members to a team of ten: by mobile number, or by finding them by name
(many volunteers gave no mobile number at sign-up); only inside the team's unit."""

import pytest

from organisation.models import Stage, Team, TeamMember
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(db):
    leader = VolunteerFactory(stage=Stage.LEADER, name_en="Ravi Kumar")
    return Team.objects.create(leader=leader, unit=unit("in-mp-indore"))


@pytest.fixture
def coordinator(client):
    user = coordinator_create("in-mp")
    client.force_login(user)
    return user


def found(client, team, text):
    response = client.get(f"/admin/teams/{team.pk}/", {"find": text})
    assert response.status_code == 200
    return response


def test_a_coordinator_finds_volunteers_by_name_and_adds_one(client, coordinator, team):
    asha = VolunteerFactory(
        stage=Stage.TRAINED, name_en="Asha Verma", name_hi="आशा वर्मा", phone=None
    )
    VolunteerFactory(stage=Stage.TRAINED, name_en="Asha Khan", district=unit("in-mp-bhopal"))
    VolunteerFactory(stage=Stage.LEADER, name_en="Asha Leader")
    in_a_team = VolunteerFactory(stage=Stage.TRAINED, name_en="Asha Busy")
    TeamMember.objects.create(
        team=Team.objects.create(leader=VolunteerFactory(stage=Stage.LEADER), unit=team.unit),
        volunteer=in_a_team,
    )

    html = found(client, team, "asha").content.decode()
    assert "Asha Verma" in html
    # Outside the team's district, leaders and members of a team are not offered.
    for name in ("Asha Khan", "Asha Leader", "Asha Busy"):
        assert name not in html
    assert f'name="volunteer" value="{asha.pk}"' in html
    assert "Asha Verma" in found(client, team, "आशा").content.decode()
    assert "No volunteer of Indore" in found(client, team, "Nobody").content.decode()

    response = client.post(f"/admin/teams/{team.pk}/", {"volunteer": asha.pk}, follow=True)
    assert "Added to the team." in response.content.decode()
    assert list(team.members.values_list("volunteer__name_en", flat=True)) == ["Asha Verma"]


def test_a_volunteer_outside_the_team_unit_cannot_be_added_by_id(client, coordinator, team):
    bhopal = VolunteerFactory(stage=Stage.TRAINED, district=unit("in-mp-bhopal"))
    response = client.post(f"/admin/teams/{team.pk}/", {"volunteer": bhopal.pk}, follow=True)
    assert "Added to the team." not in response.content.decode()
    assert not team.members.exists()


def test_adding_by_mobile_number_still_works(client, coordinator, team):
    volunteer = VolunteerFactory(stage=Stage.TRAINED, phone="9876543210")
    response = client.post(f"/admin/teams/{team.pk}/", {"phone": "+91 98765 43210"}, follow=True)
    assert "Added to the team." in response.content.decode()
    assert team.members.get().volunteer == volunteer
    response = client.post(f"/admin/teams/{team.pk}/", {"phone": "9000000000"}, follow=True)
    assert "No volunteer with this mobile number in Indore." in response.content.decode()


def test_the_name_search_is_in_hindi_for_hindi_readers(client, coordinator, team):
    from wagtail.users.models import UserProfile

    VolunteerFactory(stage=Stage.TRAINED, name_en="Asha Verma")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "hi"
    profile.save()
    html = found(client, team, "nobody").content.decode()
    assert "नाम से खोजें" in html
    assert "इंदौर का कोई स्वयंसेवक" in html
