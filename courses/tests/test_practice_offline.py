"""A practice quiz answered offline and sent later (issue 17): scored once per key; refused,
with nothing recorded, for another account's key, a trainee not enrolled, a quiz that
is not offered offline (timed, or not marked), or a sheet the quiz no longer fits.
Spot-the-fake questions on the sheet: test_practice_spot_offline.py."""

import uuid

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import QuizAttempt, QuizRules
from courses.offline_files import course_offline_files
from courses.practice import field_name, practice_sheet_questions
from courses.tests.factories import quiz_create, right_answer, wrong_answer
from offline.models import ReplayKey

pytestmark = pytest.mark.django_db

PRACTICE = {"answer_offline": True, "max_attempts": 5}


@pytest.fixture
def practice_course(course_tree, trainee):
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, rules=PRACTICE, essays=0)
    course.save_revision().publish()
    services.enrollment_create(user=trainee, course=course)
    return course


def sheet(quiz, answer):
    """The form a trainee posts: every question answered with ``answer(question)``."""
    data = {"next": "/en/courses/verification/"}
    for question in quiz.question_set.all().select_subclasses():
        data[field_name(question.pk)] = answer(question)
    return data


def send(client, course, data, key=None):
    headers = {"Idempotency-Key": str(key)} if key else {}
    return client.post(reverse("practice_sheet", args=[course.pk]), data, headers=headers)


def test_the_sheet_shows_every_question_and_option_as_written(client, practice_course):
    response = client.get(reverse("practice_sheet", args=[practice_course.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(text) for text in ("Multiple choice 1", "Multiple choice 2")]
    assert positions == sorted(positions)
    for text in ("Right 1", "Wrong 1", "Right 2", "Wrong 2", "The claim is false."):
        assert text in html
    assert "Send my answers" in html


def test_the_hindi_sheet_speaks_hindi(client, practice_course):
    response = client.get(f"/hi/learn/practice/{practice_course.pk}/")

    assert response.status_code == 200
    assert "मेरे उत्तर भेजें" in response.content.decode()


def test_answers_sent_twice_with_one_key_are_one_scored_attempt(client, trainee, practice_course):
    wrong_once = []

    def one_wrong(question):
        if not wrong_once:
            wrong_once.append(question)
            return wrong_answer(question)
        return right_answer(question)

    data = sheet(practice_course.quiz, one_wrong)
    key = uuid.uuid4()

    first = send(client, practice_course, data, key)
    again = send(client, practice_course, data, key)

    assert first.status_code == 302
    attempt = QuizAttempt.objects.get(user=trainee)
    assert first.url == reverse("quiz_result", args=[attempt.pk])
    assert again.status_code == 204
    assert not attempt.is_open
    assert attempt.ending == QuizAttempt.Ending.ANSWERED
    assert attempt.score_percent == 67  # 2 of 3
    assert attempt.passed
    assert ReplayKey.objects.get(key=key).user == trainee


def test_another_accounts_key_is_refused_and_records_nothing(client, trainee, practice_course):
    key = uuid.uuid4()
    assert (
        send(client, practice_course, sheet(practice_course.quiz, right_answer), key).status_code
        == 302
    )
    other = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    services.enrollment_create(user=other, course=practice_course)
    their_client = Client()
    their_client.force_login(other)

    response = send(their_client, practice_course, sheet(practice_course.quiz, right_answer), key)

    assert response.status_code == 409
    assert not QuizAttempt.objects.filter(user=other).exists()


def test_a_trainee_not_enrolled_is_refused(client, course_tree):
    course = course_tree["course"]
    course.quiz = quiz_create(rules=PRACTICE, essays=0)
    course.save_revision().publish()
    stranger = get_user_model().objects.create_user("mira", password="a-long-password-3")
    client.force_login(stranger)

    sent = send(client, course, sheet(course.quiz, right_answer), uuid.uuid4())
    opened = client.get(reverse("practice_sheet", args=[course.pk]))

    assert sent.status_code == 400
    assert "Enrol in the course first." in sent.content.decode()
    assert not QuizAttempt.objects.exists() and not Sitting.objects.exists()
    assert opened.status_code == 302  # to the course page, which offers enrolment


@pytest.mark.parametrize(
    "rules", [{"time_limit_minutes": 20}, {}], ids=["timed quiz", "not marked for offline"]
)
def test_a_quiz_not_offered_offline_stays_online(client, trainee, course_tree, rules):
    course = course_tree["course"]
    course.quiz = quiz_create(rules=rules or None, essays=0)
    course.save_revision().publish()
    services.enrollment_create(user=trainee, course=course)

    sent = send(client, course, sheet(course.quiz, right_answer), uuid.uuid4())

    assert sent.status_code == 400
    assert "This quiz can only be answered online." in sent.content.decode()
    assert not QuizAttempt.objects.exists()
    assert client.get(reverse("practice_sheet", args=[course.pk])).status_code == 404


def test_a_timed_quiz_cannot_be_marked_for_offline():
    quiz = quiz_create(essays=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizRules.objects.create(quiz=quiz, answer_offline=True, time_limit_minutes=30)


def test_a_sheet_the_quiz_no_longer_fits_is_refused_whole(client, trainee, practice_course):
    data = sheet(practice_course.quiz, right_answer)  # the page kept on the phone
    added = MCQuestion.objects.create(content="Added after the page was kept")
    added.quiz.add(practice_course.quiz)
    Answer.objects.create(question=added, content="Yes", correct=True)

    response = send(client, practice_course, data, uuid.uuid4())

    assert response.status_code == 400
    assert "has changed since the page was opened" in response.content.decode()
    assert not QuizAttempt.objects.exists() and not Sitting.objects.exists()


def test_the_sheet_has_each_question_once_in_written_order(practice_course):
    questions = practice_sheet_questions(practice_course.quiz)
    assert [q.kind for q in questions] == ["mc", "mc", "tf"]
    assert [text for _id, text in questions[0].choices] == ["Right 1", "Wrong 1"]


def test_a_saved_course_keeps_the_practice_sheet_for_its_trainee(rf, trainee, practice_course):
    request = rf.get("/")
    request.user = trainee

    files = course_offline_files(practice_course, request)

    assert files.pages[-1] == reverse("practice_sheet", args=[practice_course.pk])


def quiz_screen(**rules):
    data = {"title": "Practice", "description": "", "pass_mark": "60"}
    data.update({"success_text": "", "fail_text": "", "review": "at_end"})
    return {**data, **rules}


def test_a_trainer_marks_an_untimed_quiz_for_offline_on_its_screen(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_quiz_quiz:add"), quiz_screen(answer_offline="on")
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = QuizRules.objects.get(quiz__title="Practice").quiz
    assert quiz.rules.answer_offline
    edit = admin_client.get(reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)))
    assert 'name="answer_offline"' in edit.content.decode()


@pytest.mark.parametrize(
    "rule", [{"time_limit_minutes": "20"}, {"options_shown": "2"}], ids=["timed", "options shown"]
)
def test_a_timed_quiz_cannot_be_marked_for_offline_on_its_screen(admin_client, rule):
    response = admin_client.post(
        reverse("wagtailsnippets_quiz_quiz:add"), quiz_screen(answer_offline="on", **rule)
    )

    assert response.status_code == 200
    assert "A quiz answered offline cannot have" in response.content.decode()
    assert not QuizRules.objects.exists()


def test_the_course_page_offers_the_practice_sheet_to_an_enrolled_trainee(client, practice_course):
    html = client.get(practice_course.url).content.decode()

    assert reverse("practice_sheet", args=[practice_course.pk]) in html
    assert "Answer it on one page, even offline" in html
