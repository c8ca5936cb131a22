"""Taking a quiz on our views over django-quiz-app's Sitting: scoring and integrity."""

import json
from datetime import timedelta

import pytest
from multichoice.models import MCQuestion
from quiz.models import Sitting
from true_false.models import TF_Question

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from courses import quiz_engine, services
from courses.models import CoursePage, QuizAttempt, QuizRules
from courses.tests.factories import quiz_create, right_answer, wrong_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="a-long-password-1")


def course_with_quiz(course_tree, **quiz_options):
    course = course_tree["course"]
    course.quiz = quiz_create(**quiz_options)
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


@pytest.fixture
def course(course_tree):
    return course_with_quiz(course_tree)


@pytest.fixture
def started(client, trainee, course):
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    response = client.post(reverse("quiz_start", args=(course.pk,)))
    attempt = QuizAttempt.objects.get(user=trainee)
    assert response["Location"] == reverse("quiz_question", args=(attempt.pk,))
    return attempt


def current_question(attempt):
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    return sitting.get_first_question()


def answer(client, attempt, question, value):
    return client.post(
        reverse("quiz_question", args=(attempt.pk,)), {"question": question.pk, "answer": value}
    )


def test_question_page_never_contains_the_correct_answer(client, started):
    for _ in range(3):
        question = current_question(started)
        html = client.get(reverse("quiz_question", args=(started.pk,))).content.decode()
        assert question.content in html
        assert "correct" not in html.lower()
        assert "explanation" not in html.lower()
        if isinstance(question, MCQuestion):
            for choice in question.answer_set.all():
                assert f'value="{choice.pk}"' in html and choice.content in html
        answer(client, started, question, right_answer(question))


def test_every_question_type_is_scored_on_the_server(client, started):
    results = {}
    while (question := current_question(started)) is not False:
        value = (
            right_answer(question) if isinstance(question, MCQuestion) else wrong_answer(question)
        )
        answer(client, started, question, value)
        results[type(question).__name__] = question
    started.refresh_from_db()
    sitting = Sitting.objects.get(pk=started.sitting_id)
    assert sitting.complete
    assert sitting.current_score == 2  # both multiple-choice right; true/false and essay not
    assert started.score_percent == 50 and started.passed is False
    assert set(results) == {"MCQuestion", "TF_Question", "Essay_Question"}


def test_a_replayed_answer_counts_once_and_never_shifts_to_the_next_question(client, started):
    first = current_question(started)
    value = right_answer(first)
    answer(client, started, first, value)
    second = current_question(started)
    # The same POST again (double click, back button, network retry).
    response = answer(client, started, first, value)
    assert response.status_code == 302
    sitting = Sitting.objects.get(pk=started.sitting_id)
    assert sitting.current_score == 1
    assert sitting.get_first_question() == second
    assert str(second.pk) not in json.loads(sitting.user_answers)


def test_an_invalid_answer_is_refused_with_a_message_and_nothing_changes(client, started):
    question = current_question(started)
    response = answer(
        client, started, question, "999999" if isinstance(question, MCQuestion) else "maybe"
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert current_question(started) == question
    assert Sitting.objects.get(pk=started.sitting_id).current_score == 0


def test_answers_to_a_finished_attempt_are_refused(client, started):
    questions = []
    while (question := current_question(started)) is not False:
        questions.append(question)
        answer(client, started, question, right_answer(question))
    score = Sitting.objects.get(pk=started.sitting_id).current_score
    response = answer(client, started, questions[-1], right_answer(questions[-1]))
    assert response["Location"] == reverse("quiz_result", args=(started.pk,))
    assert Sitting.objects.get(pk=started.sitting_id).current_score == score
    with pytest.raises(quiz_engine.AttemptFinished):
        quiz_engine.quiz_answer_submit(
            user=started.user, attempt_id=started.pk, question_id=questions[0].pk, raw_answer="x"
        )


def test_another_trainee_cannot_open_or_answer_an_attempt(client, started):
    other = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    client.force_login(other)
    question = current_question(started)
    assert client.get(reverse("quiz_question", args=(started.pk,))).status_code == 404
    assert client.get(reverse("quiz_result", args=(started.pk,))).status_code == 404
    assert answer(client, started, question, right_answer(question)).status_code == 404
    assert Sitting.objects.get(pk=started.sitting_id).user_answers == "{}"


def test_anonymous_visitors_are_sent_to_log_in(client, started):
    client.logout()
    response = client.get(reverse("quiz_question", args=(started.pk,)))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_answers_after_the_time_limit_and_grace_are_not_scored(
    client, trainee, course_tree, settings
):
    settings.QUIZ_TIME_LIMIT_GRACE_SECONDS = 30
    course = course_with_quiz(course_tree, rules={"time_limit_minutes": 10})
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    assert attempt.deadline is not None

    question = current_question(attempt)
    # Within the grace period: counted.
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(seconds=10)
    )
    answer(client, attempt, question, right_answer(question))
    assert Sitting.objects.get(pk=attempt.sitting_id).current_score == 1

    # Past the grace period: not counted, and the attempt ends.
    question = current_question(attempt)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(seconds=31)
    )
    response = answer(client, attempt, question, right_answer(question))
    assert response["Location"] == reverse("quiz_result", args=(attempt.pk,))
    attempt.refresh_from_db()
    assert attempt.ending == QuizAttempt.Ending.TIMED_OUT
    assert Sitting.objects.get(pk=attempt.sitting_id).current_score == 1
    result = client.get(response["Location"]).content.decode()
    assert "time limit was reached" in result


def test_attempt_limit(trainee, course_tree):
    course = course_with_quiz(course_tree, rules={"max_attempts": 2})
    services.enrollment_create(user=trainee, course=course)
    for _ in range(2):
        attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
        while (question := current_question(attempt)) is not False:
            quiz_engine.quiz_answer_submit(
                user=trainee,
                attempt_id=attempt.pk,
                question_id=question.pk,
                raw_answer=wrong_answer(question),
            )
    with pytest.raises(quiz_engine.NoAttemptsLeft):
        quiz_engine.quiz_attempt_start(user=trainee, course=course)
    assert QuizAttempt.objects.filter(user=trainee).count() == 2


def test_starting_twice_resumes_the_open_attempt(trainee, course):
    services.enrollment_create(user=trainee, course=course)
    first = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    second = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    assert first.pk == second.pk
    assert Sitting.objects.filter(user=trainee).count() == 1


def test_review_after_each_question_shows_the_explanation_after_answering(
    client, trainee, course_tree
):
    course = course_with_quiz(course_tree, rules={"review": QuizRules.Review.AFTER_EACH})
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    # Before the draw: an attempt keeps its questions as they were when drawn.
    for question in course.quiz.get_questions():
        question.explanation = "Old photos are often reused."
        question.save()
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    question = current_question(attempt)
    response = answer(client, attempt, question, wrong_answer(question))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Old photos are often reused." in html
    assert "Not quite." in html


def test_review_never_hides_the_answers_on_the_result(client, trainee, course_tree):
    course = course_with_quiz(course_tree, rules={"review": QuizRules.Review.NEVER})
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    while (question := current_question(attempt)) is not False:
        answer(client, attempt, question, wrong_answer(question))
    html = client.get(reverse("quiz_result", args=(attempt.pk,))).content.decode()
    assert "Your score: 0%" in html
    assert "The right answer" not in html
    assert "Right 1" not in html


def test_result_page_in_hindi(client, started):
    while (question := current_question(started)) is not False:
        answer(client, started, question, right_answer(question))
    html = client.get(f"/hi/learn/attempts/{started.pk}/result/").content.decode()
    assert '<html lang="hi">' in html
    assert "75%" in html


def test_true_false_question_offers_both_choices(client, started):
    while not isinstance(question := current_question(started), TF_Question):
        answer(client, started, question, right_answer(question))
    html = client.get(reverse("quiz_question", args=(started.pk,))).content.decode()
    assert 'value="True"' in html and 'value="False"' in html


def test_an_unshuffled_quiz_asks_its_questions_in_the_order_they_were_written(trainee, course):
    from quiz.models import Question

    ids = sorted(Question.objects.filter(quiz=course.quiz).values_list("pk", flat=True))
    assert len(ids) >= 3 and not course.quiz.random_order
    # An edit of the first question moves its row to the end of the table on
    # PostgreSQL, where the quiz app would then ask it last.
    first = Question.objects.get(pk=ids[0])
    first.explanation = "Edited after the others were written."
    first.save()
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.question_order == ",".join(map(str, ids)) + ","
    assert sitting.question_list == sitting.question_order


def test_a_true_false_question_in_hindi_reads_true_and_false_not_right_and_wrong(client, started):
    """ "सही/गलत" also mean right/wrong: "आपका उत्तर: सही ✗" would read "your answer: correct ✗"."""
    while not isinstance(question := current_question(started), TF_Question):
        answer(client, started, question, right_answer(question))
    html = client.get(f"/hi/learn/attempts/{started.pk}/").content.decode()
    assert "> सत्य</label>" in html and "> असत्य</label>" in html
    answer(client, started, question, wrong_answer(question))
    while (question := current_question(started)) is not False:
        answer(client, started, question, right_answer(question))
    result = client.get(f"/hi/learn/attempts/{started.pk}/result/").content.decode()
    assert "आपका उत्तर: असत्य ✗" in " ".join(result.split())
    assert "सही ✗" not in result and "गलत ✗" not in result
