"""Staff accounts (administrator, trainers, coordinators) are not volunteers unless they
sign up as one: the demo gives them no volunteer profile, so the counts, the list, the
export and the reports leave them out."""

import csv
import io
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from organisation.models import Stage, Unit, VolunteerProfile
from reports.filters import Filters
from reports.funnel import funnel_report
from testing.worlds import shared_world

pytestmark = pytest.mark.django_db

STAFF = {"trainer": "Ravi Kumar", "coordinator": "Meera Iyer", "district": "Imran Qureshi"}


def _load_demo(_worlds):
    """The demo site, loaded once for this module's tests (testing/worlds.py)."""
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=StringIO())
    return get_user_model().objects


demo_site = shared_world("demo_site", _load_demo)


@pytest.fixture
def demo(demo_site, settings):
    settings.DEBUG = True  # load_demo again, in a test
    return demo_site


def test_the_demo_staff_are_not_volunteers(demo, client):
    for username in [*STAFF, "admin"]:
        assert not VolunteerProfile.objects.filter(user__username=username).exists(), username
    # The demo trainee is one.
    assert demo.get(username="trainee").volunteer_profile.stage == Stage.SCREENED

    indore = Unit.objects.get(code="in-mp-indore")
    signed_up_only = VolunteerProfile.objects.in_unit(indore).filter(stage=Stage.SIGNED_UP)
    assert signed_up_only.count() == 3  # the demo organisation's three, no staff

    client.force_login(demo.get(username="district"))
    response = client.get("/admin/volunteers/", {"stage": "signed_up"})
    listed = {volunteer.name_en for volunteer in response.context["object_list"]}
    assert listed and not listed & set(STAFF.values())
    assert response.context["counts"]["at_stage"][Stage.SIGNED_UP] == 3

    body = b"".join(client.get(reverse("volunteer_imports:export")).streaming_content)
    exported = {row[1] for row in csv.reader(io.StringIO(body.decode("utf-8-sig")))}
    assert "Asha Verma" in exported and not exported & set(STAFF.values())

    funnel = funnel_report(Filters(scope=indore, unit=indore)).table("funnel")
    total = VolunteerProfile.objects.in_unit(indore).count()
    assert funnel.rows[0][1] == total  # everyone signed up: volunteers only


def test_loading_the_demo_again_removes_the_staff_profiles_an_older_demo_made(demo):
    indore = Unit.objects.get(code="in-mp-indore")
    for username, name in STAFF.items():
        VolunteerProfile.objects.create(
            user=demo.get(username=username), name_en=name, district=indore
        )
    call_command("load_demo", stdout=StringIO())
    assert not VolunteerProfile.objects.filter(user__username__in=STAFF).exists()


def test_the_demo_team_shows_members_who_share_their_contact_and_one_who_does_not(demo, client):
    from organisation.models import Team

    team = Team.objects.filter(unit__code="in-mp-indore", members__isnull=False).distinct().get()
    client.force_login(team.leader.user)
    html = client.get("/en/my-team/").content.decode()
    assert html.count('href="tel:+91') == 2
    assert html.count("has not agreed to share their contact details.") == 1
