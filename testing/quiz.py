"""A trainee's quiz attempt waiting for a trainer to mark its essay."""

from essay.models import Essay_Question

from django.contrib.auth import get_user_model

from courses.tests.factories import (
    course_ready_for_quiz,
    quiz_create,
    quiz_take,
    right_answer,
    wrong_answer,
)
from testing.worlds import shared_world


def build_finished_attempt(worlds):
    """All lessons of `course_tree` done; the quiz at 2 of 4 (50%, pass mark 60%) with one
    essay to mark, by the trainee "asha"."""
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    course = course_ready_for_quiz(worlds.get("course_tree"), trainee, quiz_create(pass_mark=60))
    wrong = []

    def one_wrong_then_right(question):
        if not isinstance(question, Essay_Question) and not wrong:
            wrong.append(question)
            return wrong_answer(question)
        return right_answer(question)

    attempt = quiz_take(trainee, course, one_wrong_then_right)
    assert attempt.score_percent == 50 and not attempt.passed
    return attempt


finished_attempt = shared_world("finished_attempt", build_finished_attempt, needs=["course_tree"])
