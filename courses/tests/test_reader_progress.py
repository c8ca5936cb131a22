"""A trainee's progress on cached lesson pages, and the cheap paths of the learning POSTs."""

import re

import pytest
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from courses import quiz_engine, selectors, services
from courses.models import CoursePage, Enrollment, LessonCompletion
from courses.tests.factories import quiz_create, right_answer

pytestmark = pytest.mark.django_db

URL = "/en/courses/verification/lesson-1/"
DONE = "You have completed this lesson."
MARK = "Mark as complete and continue"
ENROL = "Enrol in the course to track your progress."


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PROGRESS_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def enrolled(trainee, course_tree):
    services.enrollment_create(user=trainee, course=course_tree["course"])
    return trainee


def page(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_progress_is_cached_and_follows_completion(client, enrolled, course_tree):
    page(client)  # the shared page and the trainee's progress are cached now
    cached = page(client)  # no query for progress
    assert cached["X-Page-Cache"] == "hit"
    assert MARK in cached.content.decode()

    services.lesson_complete(user=enrolled, lesson=course_tree["lessons"][0])
    assert DONE in page(client).content.decode()

    LessonCompletion.objects.get(user=enrolled).delete()
    assert MARK in page(client).content.decode()


def test_progress_follows_withdrawal_and_enrolment(client, trainee, course_tree):
    assert ENROL in page(client).content.decode()
    enrollment = services.enrollment_create(user=trainee, course=course_tree["course"])
    assert MARK in page(client).content.decode()
    enrollment.withdrawn_at = enrollment.enrolled_at
    enrollment.save()
    assert ENROL in page(client).content.decode()
    Enrollment.objects.filter(pk=enrollment.pk).delete()
    assert ENROL in page(client).content.decode()


def test_a_cached_lesson_page_costs_the_user_query_only(
    client, enrolled, django_assert_max_num_queries
):
    page(client)
    page(client)
    with django_assert_max_num_queries(1):  # the user (not cached outside production)
        assert page(client)["X-Page-Cache"] == "hit"


def test_a_page_view_between_save_and_commit_cannot_keep_the_old_progress(
    enrolled, course_tree, django_capture_on_commit_callbacks
):
    course = course_tree["course"]
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_complete(user=enrolled, lesson=course_tree["lessons"][0])
        # A concurrent page view read the rows before the commit and cached them.
        cache.set(f"reader-progress:{enrolled.pk}:{course.pk}", selectors.ReaderProgress(True))
    progress = selectors.reader_progress(user_id=enrolled.pk, course_id=course.pk)
    assert progress.lesson_done(course_tree["lessons"][0].pk)


def test_publishing_the_lesson_shows_the_new_text_with_the_trainees_progress(
    client, enrolled, course_tree
):
    lesson = course_tree["lessons"][0]
    services.lesson_complete(user=enrolled, lesson=lesson)
    page(client)
    lesson.title = "Pause before you share"
    lesson.save_revision().publish()
    html = page(client).content.decode()
    assert "Pause before you share" in html
    assert DONE in html


def test_after_log_out_the_page_shows_nothing_of_the_trainee(client, enrolled, course_tree):
    services.lesson_complete(user=enrolled, lesson=course_tree["lessons"][0])
    assert DONE in page(client).content.decode()
    client.post(reverse("logout"))
    html = page(client).content.decode()
    assert DONE not in html and "Log out" not in html
    assert "Log in to track your progress." in html
    assert "csrfmiddlewaretoken" not in html


def test_each_reader_gets_their_own_csrf_token_and_it_works(client, enrolled, course_tree):
    ravi = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    services.enrollment_create(user=ravi, course=course_tree["course"])
    other = Client(enforce_csrf_checks=True)
    other.force_login(ravi)
    page(client)
    first, second = page(client), page(other)
    tokens = [
        re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', r.content.decode())
        for r in (first, second)
    ]
    assert all(len(found) == 2 for found in tokens)  # log-out and mark-complete forms
    assert not set(tokens[0]) & set(tokens[1])
    lesson = course_tree["lessons"][0]
    response = other.post(
        reverse("lesson_complete", args=(lesson.pk,)),
        {"csrfmiddlewaretoken": tokens[1][1], "next": URL},
    )
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=ravi, lesson=lesson).exists()
    assert not LessonCompletion.objects.filter(user=enrolled).exists()


# The lesson-complete POST ------------------------------------------------------------


def complete(client, lesson, next_url=URL):
    return client.post(reverse("lesson_complete", args=(lesson.pk,)), {"next": next_url})


def test_completing_again_is_answered_from_the_cache(
    client, enrolled, course_tree, django_assert_max_num_queries
):
    lesson = course_tree["lessons"][0]
    assert complete(client, lesson)["Location"] == URL
    complete(client, lesson)
    with django_assert_max_num_queries(1):  # the user (not cached outside production)
        response = complete(client, lesson)
    assert response["Location"] == URL
    assert LessonCompletion.objects.filter(user=enrolled).count() == 1


def test_completing_needs_the_lesson_live_even_when_done(client, enrolled, course_tree):
    lesson = course_tree["lessons"][0]
    complete(client, lesson)
    lesson.unpublish()
    assert complete(client, lesson).status_code == 404


def test_completing_a_hindi_lesson_records_the_english_one(client, enrolled, course_tree):
    lesson_hi = course_tree["lessons_hi"][0]
    for _ in range(2):
        assert complete(client, lesson_hi, "/hi/").status_code == 302
    (done,) = LessonCompletion.objects.filter(user=enrolled)
    assert done.lesson_id == course_tree["lessons"][0].pk


def test_completing_without_enrolment_is_refused(client, trainee, course_tree):
    lesson = course_tree["lessons"][0]
    response = complete(client, lesson)
    assert response["Location"] == lesson.url
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize(
    "next_url", ["//evil.example/", "/\\evil.example/", "https://evil.example/"]
)
def test_completing_never_redirects_off_the_site(client, enrolled, course_tree, next_url):
    lesson = course_tree["lessons"][0]
    for _ in range(2):  # the first completion, then the cheap path
        assert complete(client, lesson, next_url)["Location"] == lesson.url


# The quiz-answer POST ------------------------------------------------------------------


@pytest.fixture
def attempt(client, enrolled, course_tree):
    course = course_tree["course"]
    course.quiz = quiz_create()
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    return quiz_engine.quiz_attempt_start(user=enrolled, course=course)


def test_a_replayed_answer_takes_no_lock_and_changes_nothing(
    client, attempt, django_assert_max_num_queries
):
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    first = sitting.get_first_question()
    data = {"question": first.pk, "answer": right_answer(first)}
    url = reverse("quiz_question", args=(attempt.pk,))
    client.post(url, data)
    with django_assert_max_num_queries(2) as replay:  # the user, the attempt with its sitting
        response = client.post(url, data)
    assert response["Location"] == url
    assert not any("FOR UPDATE" in query["sql"] for query in replay.captured_queries)
    with django_assert_max_num_queries(1):  # the user: the answered questions are cached
        assert client.post(url, data)["Location"] == url
    sitting.refresh_from_db()
    assert sitting.current_score == 1
    assert str(first.pk) not in sitting.question_list.split(",")


def test_the_answered_questions_cached_for_one_trainee_serve_no_other(client, attempt):
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    first = sitting.get_first_question()
    data = {"question": first.pk, "answer": right_answer(first)}
    url = reverse("quiz_question", args=(attempt.pk,))
    client.post(url, data)
    client.post(url, data)  # cached now
    ravi = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    client.force_login(ravi)
    assert client.post(url, data).status_code == 404


def test_a_replay_after_the_last_answer_is_refused_as_finished(client, attempt):
    url = reverse("quiz_question", args=(attempt.pk,))
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    while (question := sitting.get_first_question()) is not False:
        data = {"question": question.pk, "answer": right_answer(question)}
        client.post(url, data)
        client.post(url, data)  # a replay: the answered questions are cached
        sitting.refresh_from_db()
    response = client.post(url, data, follow=True)
    assert response.redirect_chain[-1][0] == reverse("quiz_result", args=(attempt.pk,))
    assert "This quiz attempt is already finished." in response.content.decode()


def test_the_current_question_is_still_answered_under_the_lock(attempt):
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    question = sitting.get_first_question()
    outcome = quiz_engine.quiz_answer_submit(
        user=attempt.user,
        attempt_id=attempt.pk,
        question_id=question.pk,
        raw_answer=right_answer(question),
    )
    assert outcome.counted and outcome.correct
    replay = quiz_engine.quiz_answer_submit(
        user=attempt.user,
        attempt_id=attempt.pk,
        question_id=question.pk,
        raw_answer=right_answer(question),
    )
    assert not replay.counted
    sitting.refresh_from_db()
    assert sitting.current_score == 1


def test_another_trainees_attempt_is_not_found_on_the_cheap_path(attempt):
    ravi = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    with pytest.raises(type(attempt).DoesNotExist):
        quiz_engine.quiz_answer_submit(
            user=ravi, attempt_id=attempt.pk, question_id=-1, raw_answer=""
        )
