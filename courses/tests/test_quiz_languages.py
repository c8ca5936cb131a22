"""A course's quiz in English and in Hindi is one quiz to the rules: the default-language
(canonical) course's QuizRules govern both, and attempts count across both languages."""

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import CoursePage, QuizAttempt, QuizRules
from courses.tests.factories import quiz_create, wrong_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="a-long-password-1")


@pytest.fixture
def courses(course_tree):
    """The English course's quiz allows 3 attempts with answers at the end; the Hindi
    course's own quiz carries different (ignored) rules."""
    course = course_tree["course"]
    course.quiz = quiz_create(
        title="Closing quiz", rules={"max_attempts": 3, "review": QuizRules.Review.AT_END}
    )
    course.save_revision().publish()
    course_hi = course_tree["course_hi"]
    course_hi.quiz = quiz_create(
        title="समापन क्विज़", rules={"max_attempts": 10, "review": QuizRules.Review.AFTER_EACH}
    )
    course_hi.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk), CoursePage.objects.get(pk=course_hi.pk)


def fail(trainee, attempt):
    while (
        question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    ) is not False:
        quiz_engine.quiz_answer_submit(
            user=trainee,
            attempt_id=attempt.pk,
            question_id=question.pk,
            raw_answer=wrong_answer(question),
        )


def test_the_attempt_limit_counts_attempts_in_both_languages(trainee, courses):
    course, course_hi = courses
    services.enrollment_create(user=trainee, course=course)
    for page in (course, course_hi, course_hi):
        fail(trainee, quiz_engine.quiz_attempt_start(user=trainee, course=page))
    for page in (course, course_hi):
        with pytest.raises(quiz_engine.NoAttemptsLeft):
            quiz_engine.quiz_attempt_start(user=trainee, course=page)
    assert QuizAttempt.objects.filter(user=trainee).count() == 3


def test_the_hindi_course_page_counts_the_english_attempts(client, trainee, courses):
    course, course_hi = courses
    services.enrollment_create(user=trainee, course=course)
    fail(trainee, quiz_engine.quiz_attempt_start(user=trainee, course=course))
    client.force_login(trainee)
    html = client.get(course_hi.url).content.decode()
    assert "2 प्रयास बाकी" in html or "2 attempts left" in html


def test_the_hindi_quiz_follows_the_english_review_setting(client, trainee, courses):
    _course, course_hi = courses
    services.enrollment_create(user=trainee, course=course_hi)
    client.force_login(trainee)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course_hi)
    question = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    response = client.post(
        reverse("quiz_question", args=(attempt.pk,)),
        {"question": question.pk, "answer": wrong_answer(question)},
    )
    # At the end, as the English quiz says: no feedback page after the question.
    assert response.status_code == 302
    assert response["Location"] == reverse("quiz_question", args=(attempt.pk,))


def test_an_open_attempt_in_one_language_is_resumed_from_the_other(trainee, courses):
    course, course_hi = courses
    services.enrollment_create(user=trainee, course=course)
    first = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    assert quiz_engine.quiz_attempt_start(user=trainee, course=course_hi).pk == first.pk
    assert QuizAttempt.objects.filter(user=trainee).count() == 1
