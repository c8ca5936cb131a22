"""Issue 13: the result page tells a trainee what to do next, truthfully.

After a fail the explanations are hidden, so the page must not send them there; with no
attempts left it must not say "try again"; unmarked essays count 0 for now, so say the
score may still rise.
"""

import pytest

from django.urls import reverse
from django.utils import translation

from courses.demo import COURSES
from courses.tests.factories import (
    course_ready_for_quiz,
    quiz_create,
    quiz_take,
    right_answer,
    wrong_answer,
)
from testing.accounts import main_text

pytestmark = pytest.mark.django_db


def _course(course_tree, trainee, **rules):
    quiz = quiz_create(pass_mark=60, rules=rules or None)
    quiz.fail_text = "Go back over the lessons."
    quiz.success_text = "Keep checking before you share."
    quiz.save()
    return course_ready_for_quiz(course_tree, trainee, quiz)


def test_a_fail_points_to_the_wrong_questions_and_the_lessons(client, trainee, course_tree):
    course = _course(course_tree, trainee, max_attempts=3)
    failed = quiz_take(trainee, course, wrong_answer)
    text = main_text(client.get(reverse("quiz_result", args=(failed.pk,))))
    assert "The questions marked ✗ were answered wrongly" in text
    assert "Try the quiz again" in text


def test_with_no_attempts_left_no_retake_and_who_to_ask(client, trainee, course_tree):
    course = _course(course_tree, trainee, max_attempts=1)
    failed = quiz_take(trainee, course, wrong_answer)
    text = main_text(client.get(reverse("quiz_result", args=(failed.pk,))))
    assert "Try the quiz again" not in text
    assert "before you try again" not in text
    assert "You have no attempts left" in text


def test_unmarked_essays_are_announced_with_a_score_that_may_rise(client, trainee, course_tree):
    course = _course(course_tree, trainee, max_attempts=3)
    attempt = quiz_take(trainee, course, right_answer)
    url = reverse("quiz_result", args=(attempt.pk,))
    text = main_text(client.get(url))
    assert "1 written answer awaits a trainer's mark; your score may rise." in text
    with translation.override("hi"):
        hindi = main_text(client.get(reverse("quiz_result", args=(attempt.pk,))))
    assert "1 लिखित उत्तर की जाँच प्रशिक्षक से बाक़ी है; आपका स्कोर बढ़ सकता है।" in hindi


def test_demo_pass_and_fail_texts_neither_repeat_nor_promise_a_retake():
    for course in COURSES:
        for language in ("en", "hi"):
            quiz = course["quiz"][language]
            fail, success = quiz["fail_text"].lower(), quiz["success_text"].lower()
            # The page already says "You passed." / "Not passed this time."
            assert "passed" not in success and "पास हो" not in success
            # The explanations are hidden after a fail; there may be no attempt left.
            for phrase in ("explanation", "व्याख्या", "try again", "फिर से कोशिश", "कसर"):
                assert phrase not in fail, (course["slug"], language, phrase)
