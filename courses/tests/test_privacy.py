"""A course's or lesson's privacy (Wagtail's view restrictions) holds for every learning
view, not only for reading the page: enrolling, completing a lesson, taking the quiz."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from courses import quiz_engine, services
from courses.models import CoursePage, Enrollment, LessonCompletion, QuizAttempt
from courses.tests.factories import quiz_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(course_tree):
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


@pytest.fixture
def members():
    return Group.objects.create(name="Indore volunteers")


@pytest.fixture
def group_only(course, members):
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members)
    return restriction


def login(client, name, *groups):
    user = get_user_model().objects.create_user(name, password="a-long-password-1")
    user.groups.add(*groups)
    client.force_login(user)
    return user


def test_a_trainee_outside_the_group_cannot_enrol(client, course, group_only):
    outsider = login(client, "asha")
    assert client.get(course.url).status_code == 302  # Wagtail's own check on the page

    response = client.post(reverse("course_enroll", args=[course.pk]))

    assert response.status_code in (302, 403)
    assert not Enrollment.objects.filter(user=outsider).exists()


def test_a_trainee_outside_the_group_cannot_complete_a_lesson_or_start_the_quiz(
    client, course, course_tree, group_only
):
    # Enrolled before the course was made private (or by a coordinator).
    outsider = login(client, "asha")
    services.enrollment_create(user=outsider, course=course)
    lesson = course_tree["lessons"][0]

    completed = client.post(reverse("lesson_complete", args=[lesson.pk]))
    started = client.post(reverse("quiz_start", args=[course.pk]), follow=True)

    assert completed.status_code in (302, 403)
    assert not LessonCompletion.objects.filter(user=outsider).exists()
    assert not QuizAttempt.objects.filter(user=outsider).exists()
    assert b"Multiple choice" not in started.content


def test_an_open_attempt_is_closed_to_a_trainee_the_course_no_longer_admits(
    client, course, members
):
    trainee = login(client, "asha")
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    url = reverse("quiz_question", args=[attempt.pk])
    assert b"Multiple choice 1" in client.get(url).content

    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members)
    response = client.get(url)

    assert b"Multiple choice" not in response.content
    assert b"The claim is false" not in response.content


def test_a_group_member_enrols_completes_and_starts_the_quiz(
    client, course, course_tree, group_only, members
):
    member = login(client, "ravi", members)

    client.post(reverse("course_enroll", args=[course.pk]))
    client.post(reverse("lesson_complete", args=[course_tree["lessons"][0].pk]))
    client.post(reverse("quiz_start", args=[course.pk]))

    assert Enrollment.objects.filter(user=member, course=course).exists()
    assert LessonCompletion.objects.filter(user=member).count() == 1
    assert QuizAttempt.objects.filter(user=member).count() == 1


def test_a_password_protected_lesson_is_completed_only_after_its_password(
    client, course, course_tree
):
    trainee = login(client, "asha")
    services.enrollment_create(user=trainee, course=course)
    lesson = course_tree["lessons"][0]
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="indore-2026"
    )
    url = reverse("lesson_complete", args=[lesson.pk])

    refused = client.post(url)

    assert refused.status_code in (302, 403)
    assert not LessonCompletion.objects.filter(user=trainee).exists()

    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, lesson.pk]),
        {"password": "indore-2026", "return_url": lesson.url},
    )
    client.post(url)

    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).exists()


def test_the_canonical_courses_privacy_holds_under_its_hindi_version(
    client, course, course_tree, group_only
):
    """Enrolment records point at the English course: its privacy decides."""
    outsider = login(client, "asha")
    with translation.override("hi"):
        url = reverse("course_enroll", args=[course_tree["course_hi"].pk])

    response = client.post(url, follow=True)

    assert not Enrollment.objects.filter(user=outsider).exists()
    assert "यह पेज निजी है" in response.content.decode()
