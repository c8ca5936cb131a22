"""One score per attempt, one source of truth: the dashboard, the course and the result
pages never show two scores or two outcomes for the same thing."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from courses import services
from courses.models import CourseCompletion, EssayMark
from courses.roles import TRAINERS
from courses.tests.factories import (
    course_ready_for_quiz,
    quiz_create,
    quiz_take,
    right_answer,
    wrong_answer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(course_tree, trainee):
    """Lessons done; a quiz of two multiple-choice, a true/false and an essay (pass 60%)."""
    return course_ready_for_quiz(course_tree, trainee, quiz_create(pass_mark=60))


def test_after_an_essay_is_marked_the_dashboard_shows_one_score(client, trainee, course):
    attempt = quiz_take(trainee, course, right_answer)
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
    passed = quiz_take(trainee, course, right_answer)
    failed = quiz_take(trainee, course, wrong_answer)
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
