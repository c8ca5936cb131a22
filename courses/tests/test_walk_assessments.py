"""Done when (issue 18, items 1 and 2), walked as the people would: a trainer sets a quota
quiz in the admin; two trainees of one district see different questions; one fails and the
retake asks new ones; a coordinator gives the other extra time, and the deadline shows it."""

from datetime import timedelta

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Category, Quiz

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import CoursePage, QuizAttempt
from courses.roles import TRAINERS
from courses.tests.factories import asked, shown_right, shown_wrong
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def answer_all(client, attempt, pick):
    """Answer every question on the question page, choosing among the options shown."""
    url = reverse("quiz_question", args=(attempt.pk,))
    while (question := quiz_engine.current_question(attempt)) is not None:
        page = client.get(url).content.decode()
        assert question.content in page
        client.post(url, {"question": question.pk, "answer": pick(question)})
        attempt.refresh_from_db()
    return attempt


def test_quota_quiz_retake_and_extra_time(course_tree):
    # The questions a trainer wrote: three categories of ten, four options each (two
    # trainees draw the same nine with a chance of one in 1.7 million).
    quiz = Quiz.objects.create(title="Verification check", url="verification-check", pass_mark=60)
    categories = []
    for name in ("sources", "images", "civility"):
        category = Category.objects.create(category=name)
        categories.append(category)
        for number in range(10):
            question = MCQuestion.objects.create(content=f"{name} {number}?", category=category)
            question.quiz.add(quiz)
            for option in range(4):
                Answer.objects.create(
                    question=question, content=f"{name} {number}: {option}", correct=option == 0
                )
    course = course_tree["course"]
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)

    # 1. The trainer sets three from each category, three options shown, 20 minutes.
    trainer = UserFactory(username="trainer")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    form = {
        "title": quiz.title,
        "description": "",
        "pass_mark": "60",
        "success_text": "",
        "fail_text": "",
        "review": "at_end",
        "time_limit_minutes": "20",
        "max_attempts": "3",
        "options_shown": "3",
        "quotas-TOTAL_FORMS": "3",
        "quotas-INITIAL_FORMS": "0",
        "quotas-MIN_NUM_FORMS": "0",
        "quotas-MAX_NUM_FORMS": "50",
    }
    for index, category in enumerate(categories):
        form[f"quotas-{index}-category"] = str(category.pk)
        form[f"quotas-{index}-count"] = "3"
    response = signed_in(trainer).post(
        reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)), form
    )
    assert response.status_code == 302, response.content.decode()[-2000:]

    # 2. Two trainees of Indore take it: different questions, three options each.
    asha, ravi = (VolunteerFactory(district=unit("in-mp-indore")) for _ in range(2))
    for volunteer in (asha, ravi):
        services.enrollment_create(user=volunteer.user, course=course)
    asha_client, ravi_client = signed_in(asha.user), signed_in(ravi.user)
    first = quiz_engine.quiz_attempt_start(user=asha.user, course=course)
    ravis = quiz_engine.quiz_attempt_start(user=ravi.user, course=course)
    assert len(asked(first)) == len(asked(ravis)) == 9
    assert set(asked(first)) != set(asked(ravis))
    assert all(len(q["options"]) == 3 for q in first.draw)
    assert ravis.deadline - ravis.started_at == timedelta(minutes=20)

    # 3. Asha fails; her retake asks questions she has not seen.
    first = answer_all(asha_client, first, shown_wrong)
    assert first.passed is False
    retake = quiz_engine.quiz_attempt_start(user=asha.user, course=course)
    assert not set(asked(retake)) & set(asked(first))
    retake = answer_all(asha_client, retake, shown_right)
    assert retake.passed is True

    # 4. The district's coordinator gives Ravi half as much time again, mid-attempt.
    coordinator = signed_in(coordinator_create("in-mp-indore"))
    response = coordinator.post(
        reverse("courses_accommodations:add"),
        {"phone": ravi.phone, "kind": "factor", "factor": "1.5", "reason": "Reads slowly."},
    )
    assert response.status_code == 302
    ravis = QuizAttempt.objects.get(pk=ravis.pk)
    assert ravis.deadline - ravis.started_at == timedelta(minutes=30)
    page = ravi_client.get(reverse("quiz_question", args=(ravis.pk,))).content.decode()
    assert "Your time includes the extra time you were given." in page
    assert "Time left: about 30 minutes" in page or "Time left: about 29 minutes" in page
