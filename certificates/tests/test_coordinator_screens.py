"""The coordinator's screens: who may open what (URL × role), and what they do."""

import re

import pytest

from django.contrib.auth import get_user_model

from certificates.models import Leadership
from courses.models import CourseCompletion, Enrollment
from organisation.models import Stage, Team
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db

BULK = "/admin/bulk/organisation/volunteerprofile/"
ROLES = ["anonymous", "trainee", "indore", "bhopal", "mp", "up", "national", "admin"]


@pytest.fixture
def world(training):
    users = {
        "trainee": UserFactory(username="trainee"),
        "indore": coordinator_create("in-mp-indore"),
        "bhopal": coordinator_create("in-mp-bhopal"),
        "mp": coordinator_create("in-mp"),
        "up": coordinator_create("in-up"),
        "national": coordinator_create("in"),
        "admin": get_user_model().objects.create_superuser("admin", "a@example.org", "pw"),
    }
    volunteer = VolunteerFactory(stage=Stage.TRAINED, name_en="Asha Verma")
    CourseCompletion.objects.create(
        user=volunteer.user, course=training["required"], score_percent=90
    )
    leader = VolunteerFactory(stage=Stage.LEADER, name_en="Ravi Kumar")
    leadership = Leadership.objects.create(
        volunteer=leader, level="district", unit=unit("in-mp-indore")
    )
    team = Team.objects.create(leader=leader, unit=unit("in-mp-indore"))
    return {
        "users": users,
        "volunteer": volunteer,
        "leadership": leadership,
        "team": team,
        **training,
    }


def login(client, world, role):
    if role != "anonymous":
        client.force_login(world["users"][role])


IN_SCOPE = {"indore", "mp", "national", "admin"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "url",
    [
        "/admin/volunteers/{volunteer}/",
        "/admin/teams/{team}/",
    ],
)
def test_records_inside_the_unit_only(client, world, role, url):
    login(client, world, role)
    response = client.get(url.format(volunteer=world["volunteer"].pk, team=world["team"].pk))
    expected = {"anonymous": 302, "trainee": 302}.get(role, 200 if role in IN_SCOPE else 404)
    assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", ["/admin/volunteers/", "/admin/teams/"])
def test_lists_open_to_every_coordinator(client, world, role, url):
    login(client, world, role)
    response = client.get(url)
    assert response.status_code == {"anonymous": 302, "trainee": 302}.get(role, 200)
    if role in ("bhopal", "up") and url == "/admin/volunteers/":
        assert "Asha Verma" not in response.content.decode()
    if role in IN_SCOPE and url == "/admin/volunteers/":
        assert "Asha Verma" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_promotion_only_inside_the_unit(client, world, role):
    login(client, world, role)
    volunteer = world["volunteer"]
    client.post(f"/admin/volunteers/{volunteer.pk}/promote/", {"unit": unit("in-mp-indore").pk})
    promoted = Leadership.objects.filter(volunteer=volunteer).exists()
    assert promoted == (role in IN_SCOPE)


@pytest.mark.parametrize("role", ROLES)
def test_revocation_only_inside_the_unit(client, world, role):
    login(client, world, role)
    leadership = world["leadership"]
    client.post(f"/admin/leaderships/{leadership.pk}/revoke/", {"reason": "Test of scope."})
    leadership.refresh_from_db()
    assert (leadership.revoked_at is not None) == (role in IN_SCOPE)


@pytest.mark.parametrize("role", ["indore", "bhopal", "up"])
def test_bulk_actions_ignore_nobody_and_reach_nobody_outside(client, world, role):
    login(client, world, role)
    volunteer = world["volunteer"]
    response = client.post(f"{BULK}enrol/?id={volunteer.pk}", {"course": world["optional"].pk})
    # Outside the scope, the volunteer is not found.
    assert response.status_code == (302 if role == "indore" else 404)
    enrolled = Enrollment.objects.filter(user=volunteer.user).exists()
    assert enrolled == (role == "indore")


def test_the_list_filters_and_shows_eligibility(client, world):
    login(client, world, "mp")
    VolunteerFactory(stage=Stage.IN_TRAINING, name_en="Kiran Das", district=unit("in-mp-bhopal"))
    html = client.get("/admin/volunteers/", {"eligible": "yes"}).content.decode()
    assert "Asha Verma" in html and "Kiran Das" not in html
    html = client.get("/admin/volunteers/", {"unit": unit("in-mp-bhopal").pk}).content.decode()
    assert "Kiran Das" in html and "Asha Verma" not in html
    assert "Has not finished training." in html
    html = client.get("/admin/volunteers/", {"q": "kiran"}).content.decode()
    assert "Kiran Das" in html and "Asha Verma" not in html


def test_bulk_promotion_promotes_the_eligible_and_says_why_not_the_others(client, world):
    login(client, world, "mp")
    other = VolunteerFactory(stage=Stage.IN_TRAINING, name_en="Kiran Das")
    response = client.post(
        f"{BULK}promote/?id={world['volunteer'].pk}&id={other.pk}", {}, follow=True
    )
    html = response.content.decode()
    assert "1 volunteer promoted to district leader." in html
    assert "Kiran Das: Has not finished training." in html
    assert Leadership.objects.active().filter(volunteer=world["volunteer"]).exists()
    assert not Leadership.objects.filter(volunteer=other).exists()


def test_the_volunteer_list_runs_a_bounded_number_of_queries(
    client, world, django_assert_max_num_queries
):
    login(client, world, "mp")
    VolunteerFactory.create_batch(30, stage=Stage.TRAINED)
    with django_assert_max_num_queries(25):
        assert client.get("/admin/volunteers/", {"stage": "trained"}).status_code == 200


def test_bulk_screening_then_enrolment_puts_volunteers_in_training(client, world):
    login(client, world, "indore")
    newcomers = VolunteerFactory.create_batch(3, stage=Stage.SIGNED_UP)
    ids = [v.pk for v in newcomers]
    query = "&".join(f"id={pk}" for pk in ids)
    response = client.post(
        f"{BULK}screen/?{query}", {"notes": "Interviewed at the district camp."}, follow=True
    )
    assert "3 volunteers screened and selected for training." in response.content.decode()
    client.post(f"{BULK}enrol/?{query}", {"course": world["required"].pk})
    for volunteer in newcomers:
        volunteer.refresh_from_db()
        assert volunteer.stage == Stage.IN_TRAINING
        assert volunteer.screenings.get().notes == "Interviewed at the district camp."
        assert Enrollment.objects.filter(
            user=volunteer.user, course=world["required"], source="coordinator"
        ).exists()


def test_the_list_pages_keep_the_filters(client, world):
    login(client, world, "mp")
    VolunteerFactory.create_batch(55, stage=Stage.SCREENED)
    html = client.get("/admin/volunteers/", {"stage": "screened"}).content.decode()
    assert "Page 1 of 2" in html and "?stage=screened&amp;p=2" in html
    assert "Page 2 of 2" in client.get("/admin/volunteers/?stage=screened&p=2").content.decode()


def test_the_teams_list_shows_full_teams_on_request_and_only_inside_the_unit(client, world):
    from organisation.models import TeamMember

    team = world["team"]
    for _ in range(Team.MAX_MEMBERS):
        TeamMember.objects.create(team=team, volunteer=VolunteerFactory(stage=Stage.TRAINED))
    client.force_login(world["users"]["mp"])
    response = client.get("/admin/teams/")
    assert "Ravi Kumar" not in response.content.decode()  # full: not short of ten
    assert "Every team has its ten members." in response.content.decode()
    response = client.get("/admin/teams/?show=all")
    assert "Ravi Kumar" in response.content.decode()
    assert "10 / 10" in response.content.decode()
    client.force_login(world["users"]["up"])
    response = client.get("/admin/teams/?show=all")
    assert "Ravi Kumar" not in response.content.decode()
    assert "No leader has a team yet" in response.content.decode()


def test_the_screening_form_offers_the_two_decisions_and_ticks_none(client, world):
    signed_up = VolunteerFactory(stage=Stage.SIGNED_UP, name_en="Meena Rao")
    client.force_login(world["users"]["indore"])
    html = client.get(f"/admin/volunteers/{signed_up.pk}/").content.decode()
    radios = re.findall(r'<input type="radio" name="decision"[^>]*>', html)
    assert [re.search(r'value="([^"]*)"', r)[1] for r in radios] == ["selected", "not_selected"]
    assert not [r for r in radios if "checked" in r]
    assert "---------" not in html
