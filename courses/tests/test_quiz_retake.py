"""A failed trainee cannot pass by memory: the result of a fail marks the wrong questions
without their answers, and a retake asks the questions and options in a new order."""

import re

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Sitting

from django.urls import reverse

from courses import quiz_engine, services
from courses.models import CoursePage
from courses.tests.factories import quiz_create, right_answer, wrong_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(course_tree, trainee):
    """Six multiple-choice questions of four options each, and an explanation on each."""
    course = course_tree["course"]
    quiz = quiz_create(pass_mark=60, essays=0, rules={"max_attempts": 3})
    for number in range(3, 7):
        question = MCQuestion.objects.create(content=f"Multiple choice {number}")
        question.quiz.add(quiz)
        Answer.objects.create(question=question, content=f"Right {number}", correct=True)
        for wrong in range(3):
            Answer.objects.create(question=question, content=f"Wrong {number}.{wrong}")
    for question in quiz.get_questions():
        question.explanation = f"Because of reason {question.pk}."
        question.save()
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    return course


def take(client, trainee, course, answer):
    """Answer every question with ``answer(question)``; the choice labels as shown."""
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    shown = []
    while (
        question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    ) is not False:
        html = client.get(reverse("quiz_question", args=(attempt.pk,))).content.decode()
        shown.append((question.pk, re.findall(r'<label class="choice">.*?> (.*?)</label>', html)))
        client.post(
            reverse("quiz_question", args=(attempt.pk,)),
            {"question": question.pk, "answer": answer(question)},
        )
    attempt.refresh_from_db()
    return attempt, shown


def test_after_a_fail_the_result_marks_the_wrong_questions_but_not_their_answers(
    client, trainee, course
):
    attempt, _shown = take(client, trainee, course, wrong_answer)
    assert attempt.passed is False
    html = client.get(reverse("quiz_result", args=(attempt.pk,))).content.decode()
    assert html.count('class="wrong"') == 7  # every question, marked wrong
    assert "Wrong 1" in html  # the trainee's own answer
    assert "The right answer" not in html
    assert "Right 1" not in html and "Right 5" not in html
    assert "Because of reason" not in html  # explanations give the answer away


def test_after_a_pass_the_result_shows_the_answers_and_explanations(client, trainee, course):
    attempt, _shown = take(client, trainee, course, right_answer)
    assert attempt.passed is True
    html = client.get(reverse("quiz_result", args=(attempt.pk,))).content.decode()
    assert "Because of reason" in html


def test_a_retake_asks_the_questions_and_their_options_in_a_new_order(client, trainee, course):
    first, first_shown = take(client, trainee, course, wrong_answer)
    second, second_shown = take(client, trainee, course, wrong_answer)
    assert first.sitting.question_order != second.sitting.question_order
    options_first = dict(first_shown)
    multiple_choice = [(pk, labels) for pk, labels in second_shown if labels != ["True", "False"]]
    assert len(multiple_choice) == 6
    for pk, labels in multiple_choice:  # every question's options in a new order
        assert labels != options_first[pk]
        assert sorted(labels) == sorted(options_first[pk])


def test_the_options_of_a_retake_stay_put_when_the_page_is_reloaded(client, trainee, course):
    take(client, trainee, course, wrong_answer)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    url = reverse("quiz_question", args=(attempt.pk,))
    # On to a question of four options (24 orders: a reshuffle on reload would show).
    while not (
        isinstance(
            question := Sitting.objects.get(pk=attempt.sitting_id).get_first_question(),
            MCQuestion,
        )
        and question.answer_set.count() == 4
    ):
        client.post(url, {"question": question.pk, "answer": wrong_answer(question)})

    def labels():
        html = client.get(url).content.decode()
        return re.findall(r'<label class="choice">.*?> (.*?)</label>', html)

    assert len(labels()) == 4
    assert labels() == labels() == labels()
