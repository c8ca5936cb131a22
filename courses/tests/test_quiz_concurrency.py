"""Concurrent answers to one sitting: row locks on PostgreSQL keep the score exact."""

import threading

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections

from courses import quiz_engine, services
from courses.models import CoursePage, QuizAttempt
from courses.tests.factories import quiz_create, right_answer

THREADS = 8

pytestmark = [
    pytest.mark.postgres("row locks need PostgreSQL (SQLite ignores SELECT ... FOR UPDATE)"),
    # serialized_rollback: restore what migrations created once this test empties the tables.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_at_once(target, count):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def worker():
        try:
            barrier.wait()
            results.append(target())
        except Exception as error:  # noqa: BLE001  (reported by the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


def test_the_same_answer_sent_by_many_requests_at_once_counts_once(course_tree):
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    question = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    value = right_answer(question)

    results, errors = run_at_once(
        lambda: quiz_engine.quiz_answer_submit(
            user=trainee, attempt_id=attempt.pk, question_id=question.pk, raw_answer=value
        ),
        THREADS,
    )

    assert errors == []
    assert sum(1 for outcome in results if outcome.counted) == 1
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1
    assert sitting.get_first_question() != question
    assert len(sitting.question_list.strip(",").split(",")) == sitting.get_max_score - 1


def test_many_start_clicks_at_once_open_one_attempt(course_tree):
    trainee = get_user_model().objects.create_user("ravi", password="a-long-password-1")
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)

    results, errors = run_at_once(
        lambda: quiz_engine.quiz_attempt_start(user=trainee, course=course).pk, THREADS
    )

    assert errors == []
    assert len(set(results)) == 1
    assert QuizAttempt.objects.filter(user=trainee).count() == 1
    assert Sitting.objects.filter(user=trainee).count() == 1


def test_replays_from_the_cache_and_the_current_answer_at_once_count_it_once(course_tree, settings):
    """With the answered questions cached (production), replays skip the lock; answers do not."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    trainee = get_user_model().objects.create_user("mira", password="a-long-password-1")
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)

    def submit(question):
        return quiz_engine.quiz_answer_submit(
            user=trainee,
            attempt_id=attempt.pk,
            question_id=question.pk,
            raw_answer=right_answer(question),
        )

    first = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    assert submit(first).counted
    assert not submit(first).counted  # read once, then cached as answered
    second = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
    calls = iter([first, second] * THREADS)
    lock = threading.Lock()

    def next_submit():
        with lock:
            question = next(calls)
        return question.pk, submit(question)

    results, errors = run_at_once(next_submit, THREADS)

    assert errors == []
    assert not any(outcome.counted for pk, outcome in results if pk == first.pk)
    assert sum(1 for pk, outcome in results if pk == second.pk and outcome.counted) == 1
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 2
    assert len(sitting.question_list.strip(",").split(",")) == sitting.get_max_score - 2
    cache.clear()
