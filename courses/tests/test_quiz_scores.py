"""One score per attempt, one source of truth: the dashboard, the course and the result
pages never show two scores or two outcomes for the same thing."""

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from courses import services
from courses.models import CourseCompletion, CoursePage, EssayMark
from courses.roles import TRAINERS
from courses.tests.factories import quiz_create, right_answer, wrong_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainee(client):
    user = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(user)
    return user


@pytest.fixture
def course(course_tree, trainee):
    """Lessons done; a quiz of two multiple-choice, a true/false and an essay (pass 60%)."""
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60)
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    for lesson in course_tree["lessons"]:
        services.lesson_complete(user=trainee, lesson=lesson)
    return course


def take(trainee, course, answer):
    attempt = services.quiz_attempt_start(user=trainee, course=course)
    while (
        question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    ) is not False:
        services.quiz_answer_submit(
            user=trainee,
            attempt_id=attempt.pk,
            question_id=question.pk,
            raw_answer=answer(question),
        )
    attempt.refresh_from_db()
    return attempt


def test_after_an_essay_is_marked_the_dashboard_shows_one_score(client, trainee, course):
    attempt = take(trainee, course, right_answer)
    assert attempt.score_percent == 75 and attempt.passed  # the essay awaits a mark
    trainer = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    services.essay_mark(mark_id=EssayMark.objects.get().pk, correct=True, marked_by=trainer)

    assert CourseCompletion.objects.get(user=trainee).score_percent == 100
    html = client.get(reverse("dashboard")).content.decode()
    assert "100%" in html
    assert "75%" not in html


def test_a_failed_retake_after_completing_the_course_says_so_without_contradiction(
    client, trainee, course
):
    passed = take(trainee, course, right_answer)
    failed = take(trainee, course, wrong_answer)
    assert passed.passed and failed.passed is False

    html = client.get(reverse("quiz_result", args=(failed.pk,))).content.decode()
    assert "Not passed this time." in html
    assert "Course complete!" not in html
    assert "You completed this course earlier with a quiz score of 75%." in html
    assert "Try the quiz again" not in html

    html = client.get(reverse("quiz_result", args=(passed.pk,))).content.decode()
    assert "Course complete!" in html and "Not passed" not in html

    # The dashboard: the score that completed the course, not the later retake's.
    html = client.get(reverse("dashboard")).content.decode()
    assert "75%" in html and "0%" not in html.replace("100%", "")
