"""A spot-the-fake answer sent by many requests at once (a double tap on a slow network,
retries) counts once: one SpotAnswer, one part of a point, under PostgreSQL's row locks."""

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model

from courses import quiz_engine
from courses.models import QuizAttempt, SpotAnswer
from courses.tests.test_quiz_concurrency import THREADS, run_at_once
from courses.tests.test_spot_the_fake import deciding, other, spot_quiz_course

pytestmark = [
    pytest.mark.postgres("row locks need PostgreSQL (SQLite ignores SELECT ... FOR UPDATE)"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_same_spot_answer_sent_at_once_counts_once(course_tree):
    user = get_user_model().objects.create_user("asha", password="a-long-password-1")
    course, mc, spot = spot_quiz_course(course_tree, user, last_mc=True)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    right = str(mc.answer_set.get(correct=True).pk)
    quiz_engine.quiz_answer_submit(
        user=user, attempt_id=attempt.pk, question_id=mc.pk, raw_answer=right
    )
    answer = {"verdict": "misleading", "evidence": [str(deciding(spot)[0]), str(other(spot)[0])]}

    results, errors = run_at_once(
        lambda: quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=spot.pk, raw_answer=answer
        ),
        THREADS,
    )

    assert errors == []
    assert sum(1 for outcome in results if outcome.counted) == 1
    assert SpotAnswer.objects.get().credit == 0.5
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1 and sitting.get_incorrect_questions == [spot.pk]
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open  # the last question still waits
