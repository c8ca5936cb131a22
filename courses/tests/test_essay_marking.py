"""Trainers mark essay answers in the Wagtail admin; the score and course completion follow."""

import pytest
from essay.models import Essay_Question
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import CourseCompletion, CoursePage, EssayMark, QuizAttempt
from courses.roles import TRAINERS
from courses.tests.factories import quiz_create, quiz_take, right_answer, wrong_answer
from lms.errors import NotAllowed
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer():
    user = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


def test_trainer_sees_the_essay_awaiting_and_accepting_it_completes_the_course(
    client, finished_attempt, trainer
):
    client.force_login(trainer)
    listing = client.get(reverse("courses_essays:index"))
    assert listing.status_code == 200
    mark = EssayMark.objects.awaiting().get()
    assert reverse("courses_essays:mark", args=(mark.pk,)) in listing.content.decode()

    page = client.get(reverse("courses_essays:mark", args=(mark.pk,))).content.decode()
    assert "A calm reply with the official source linked." in page  # the trainee's answer

    response = client.post(
        reverse("courses_essays:mark", args=(mark.pk,)),
        {"decision": "1", "comment": "Well sourced."},
    )
    assert response.status_code == 302
    mark.refresh_from_db()
    assert mark.correct is True and mark.marked_by == trainer
    finished_attempt.refresh_from_db()
    assert finished_attempt.score_percent == 75 and finished_attempt.passed
    completion = CourseCompletion.objects.get(user=finished_attempt.user)
    assert completion.score_percent == 75
    assert not EssayMark.objects.awaiting().exists()


def test_the_marker_reads_the_question_as_the_trainee_was_asked_it(
    client, finished_attempt, trainer
):
    mark = EssayMark.objects.awaiting().get()
    asked = mark.question.content
    Essay_Question.objects.filter(pk=mark.question_id).update(content="Rewritten since")
    client.force_login(trainer)
    page = client.get(reverse("courses_essays:mark", args=(mark.pk,))).content.decode()
    assert asked in page and "Rewritten since" not in page


def test_an_answer_is_marked_once(client, finished_attempt, trainer):
    client.force_login(trainer)
    mark = EssayMark.objects.get()
    client.post(reverse("courses_essays:mark", args=(mark.pk,)), {"decision": "0"})
    client.post(reverse("courses_essays:mark", args=(mark.pk,)), {"decision": "1"})
    mark.refresh_from_db()
    assert mark.correct is False
    assert QuizAttempt.objects.get().score_percent == 50
    assert Sitting.objects.get().current_score == 2


def test_trainees_cannot_mark_essays(client, finished_attempt):
    client.force_login(finished_attempt.user)
    mark = EssayMark.objects.get()
    assert client.get(reverse("courses_essays:index")).status_code in (302, 403)
    response = client.post(reverse("courses_essays:mark", args=(mark.pk,)), {"decision": "1"})
    assert response.status_code in (302, 403)
    mark.refresh_from_db()
    assert mark.correct is None
    with pytest.raises(NotAllowed):
        services.essay_mark(mark_id=mark.pk, correct=True, marked_by=finished_attempt.user)


@pytest.fixture
def retaken(finished_attempt):
    """The trainee failed (essay awaiting a mark) and retook the quiz: a second essay."""
    trainee, course = finished_attempt.user, finished_attempt.course
    retake = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    while (question := Sitting.objects.get(pk=retake.sitting_id).get_first_question()) is not False:
        quiz_engine.quiz_answer_submit(
            user=trainee,
            attempt_id=retake.pk,
            question_id=question.pk,
            raw_answer=wrong_answer(question),
        )
    return retake


def test_essays_of_superseded_attempts_are_left_out_unless_asked_for(client, retaken, trainer):
    client.force_login(trainer)
    current = EssayMark.objects.get(sitting_id=retaken.sitting_id)
    superseded = EssayMark.objects.exclude(pk=current.pk).get()

    html = client.get(reverse("courses_essays:index")).content.decode()
    assert "1 answer awaits a mark" in html
    assert reverse("courses_essays:mark", args=(current.pk,)) in html
    assert reverse("courses_essays:mark", args=(superseded.pk,)) not in html

    html = client.get(reverse("courses_essays:index"), {"superseded": "1"}).content.decode()
    assert "2 answers await a mark" in html
    assert reverse("courses_essays:mark", args=(superseded.pk,)) in html


def test_essays_to_mark_are_filtered_by_quiz(client, finished_attempt, trainer):
    client.force_login(trainer)
    other_quiz = quiz_create(title="Another quiz")
    url = reverse("courses_essays:index")
    html = client.get(url, {"quiz": finished_attempt.quiz_id}).content.decode()
    assert "1 answer awaits a mark" in html
    html = client.get(url, {"quiz": other_quiz.pk}).content.decode()
    assert "No answers are waiting" in html
    assert f'<option value="{other_quiz.pk}"' in client.get(url).content.decode()


def test_saving_a_mark_opens_the_next_answer_to_mark(client, finished_attempt, trainer):
    client.force_login(trainer)
    first = EssayMark.objects.get()
    # A second trainee's essay, answered later.
    other = get_user_model().objects.create_user("meena", password="a-long-password-3")
    course = finished_attempt.course
    services.enrollment_create(user=other, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=other, course=course)
    while (
        question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    ) is not False:
        quiz_engine.quiz_answer_submit(
            user=other,
            attempt_id=attempt.pk,
            question_id=question.pk,
            raw_answer="My answer."
            if isinstance(question, Essay_Question)
            else right_answer(question),
        )
    second = EssayMark.objects.exclude(pk=first.pk).get()

    response = client.post(reverse("courses_essays:mark", args=(first.pk,)), {"decision": "1"})
    assert response["Location"] == reverse("courses_essays:mark", args=(second.pk,))
    response = client.post(reverse("courses_essays:mark", args=(second.pk,)), {"decision": "0"})
    assert response["Location"] == reverse("courses_essays:index")


def test_marked_answers_are_listed_apart_from_those_awaiting(client, finished_attempt, trainer):
    client.force_login(trainer)
    mark = EssayMark.objects.get()
    url = reverse("courses_essays:index")
    client.post(reverse("courses_essays:mark", args=(mark.pk,)), {"decision": "1"})
    assert "No answers are waiting" in client.get(url).content.decode()
    html = client.get(url, {"status": "marked"}).content.decode()
    assert "1 answer has been marked." in html
    assert reverse("courses_essays:mark", args=(mark.pk,)) in html
    assert "Accepted" in html


def test_essays_to_mark_are_filtered_by_course(client, finished_attempt, trainer, course_tree):
    client.force_login(trainer)
    url = reverse("courses_essays:index")
    html = client.get(url, {"course": finished_attempt.course_id}).content.decode()
    assert "1 answer awaits a mark" in html
    other = CoursePage(title="Other course", slug="other", summary="-", estimated_minutes=5)
    course_tree["course"].get_parent().add_child(instance=other)
    html = client.get(url, {"course": other.pk}).content.decode()
    assert "No answers are waiting" in html


def test_a_coordinator_who_marks_sees_only_the_trainees_of_their_unit(
    client, finished_attempt, trainer
):
    # The trainee (asha) is a volunteer in Indore; a second one answers in Lucknow.
    VolunteerFactory(user=finished_attempt.user, district=unit("in-mp-indore"))
    lucknow = VolunteerFactory(district=unit("in-up-lucknow")).user
    course = finished_attempt.course
    services.enrollment_create(user=lucknow, course=course)
    quiz_take(
        lucknow,
        course,
        lambda question: (
            "Mine." if isinstance(question, Essay_Question) else right_answer(question)
        ),
    )
    indore_mark = EssayMark.objects.get(sitting__user=finished_attempt.user)
    lucknow_mark = EssayMark.objects.get(sitting__user=lucknow)
    url = reverse("courses_essays:index")

    # A trainer marks for the whole country, and may narrow the list to a unit.
    client.force_login(trainer)
    assert "2 answers await a mark" in client.get(url).content.decode()
    html = client.get(url, {"unit": unit("in-up").pk}).content.decode()
    assert reverse("courses_essays:mark", args=(lucknow_mark.pk,)) in html
    assert reverse("courses_essays:mark", args=(indore_mark.pk,)) not in html

    # Madhya Pradesh's coordinator, allowed to mark, sees their state's trainees only.
    coordinator = coordinator_create("in-mp")
    coordinator.user_permissions.add(Permission.objects.get(codename="mark_essays"))
    client.force_login(coordinator)
    html = client.get(url).content.decode()
    assert "1 answer awaits a mark" in html
    assert reverse("courses_essays:mark", args=(indore_mark.pk,)) in html
    assert f'<option value="{unit("in-up").pk}"' not in html
    assert f'<option value="{unit("in-mp-indore").pk}"' in html
    assert client.get(reverse("courses_essays:mark", args=(lucknow_mark.pk,))).status_code == 404
    refused = client.post(
        reverse("courses_essays:mark", args=(lucknow_mark.pk,)), {"decision": "1"}
    )
    assert refused.status_code == 404
    assert EssayMark.objects.get(pk=lucknow_mark.pk).correct is None
