"""Issue 13: a new leader's dashboard says they lead, since when, and where to go next."""

import pytest

from django.urls import reverse
from django.utils import translation

from courses import services
from courses.models import CourseCompletion, CoursePage
from organisation.models import Stage, Team
from organisation.tests.factories import VolunteerFactory, unit
from testing.accounts import main_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(client, course_tree):
    volunteer = VolunteerFactory(stage=Stage.LEADER, name_en="Ravi Kumar")
    Team.objects.create(leader=volunteer, unit=unit("in-mp-indore"))
    client.force_login(volunteer.user)
    return volunteer.user


@pytest.fixture
def leadership_course(course_tree):
    course = CoursePage(
        title="Leading a team of ten",
        slug="leading-a-team",
        summary="For new leaders.",
        estimated_minutes=90,
        track=CoursePage.Track.LEADER,
    )
    course_tree["index"].add_child(instance=course)
    course.save_revision().publish()
    return course


def test_a_leader_sees_their_role_and_the_leaders_course(client, leader, leadership_course):
    response = client.get(reverse("dashboard"))
    text = main_text(response)
    html = response.content.decode()
    assert "You are a district leader of Indore since " in text
    assert "Course for leaders: Leading a team of ten" in text
    assert 'href="/en/courses/leading-a-team/"' in html
    assert reverse("my_team") in html

    with translation.override("hi"):
        hindi = main_text(client.get(reverse("dashboard")))
    assert "से इंदौर के ज़िला लीडर हैं।" in hindi


def test_the_leaders_course_link_goes_once_it_is_complete(client, leader, leadership_course):
    services.enrollment_create(user=leader, course=leadership_course)
    CourseCompletion.objects.create(user=leader, course=leadership_course)
    text = main_text(client.get(reverse("dashboard")))
    assert "You are a district leader of Indore since " in text
    assert "Course for leaders:" not in text


def test_a_volunteer_who_leads_no_team_sees_no_leader_line(client, course_tree):
    volunteer = VolunteerFactory(stage=Stage.TRAINED)
    client.force_login(volunteer.user)
    assert "leader of" not in main_text(client.get(reverse("dashboard")))
