""" "Mark as complete" pressed offline and sent later by the phone: each key counts once.

The service worker sends the queued form with an Idempotency-Key
(offline/replay.py); these are the server's answers to what a phone may send,
honest or tampered.
"""

import threading
import uuid

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import LessonCompletion
from offline.models import ReplayKey

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(trainee, course_tree):
    services.enrollment_create(user=trainee, course=course_tree["course"])
    return trainee


def send(client, lesson, key, headers_extra=None):
    return client.post(
        reverse("lesson_complete", args=[lesson.pk]),
        {"next": lesson.get_url()},
        headers={"Idempotency-Key": str(key), **(headers_extra or {})},
    )


def test_a_queued_completion_counts_once_however_often_it_is_sent(client, enrolled, course_tree):
    lesson = course_tree["lessons"][0]
    key = uuid.uuid4()

    first = send(client, lesson, key)
    again = send(client, lesson, key)

    assert first.status_code == 302
    assert again.status_code == 204
    assert LessonCompletion.objects.filter(user=enrolled, lesson=lesson).count() == 1
    assert ReplayKey.objects.get(key=key).user == enrolled


def test_three_lessons_queued_offline_are_three_completions(client, enrolled, course_tree):
    keys = [uuid.uuid4() for _ in course_tree["lessons"]]
    for _round in range(2):  # the whole queue sent twice: Background Sync and a page load
        for lesson, key in zip(course_tree["lessons"], keys, strict=True):
            assert send(client, lesson, key).status_code in (302, 204)

    assert LessonCompletion.objects.filter(user=enrolled).count() == 3


def test_a_key_another_trainee_sent_is_refused_and_counts_nothing(client, enrolled, course_tree):
    lesson = course_tree["lessons"][0]
    key = uuid.uuid4()
    send(client, lesson, key)
    other = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    services.enrollment_create(user=other, course=course_tree["course"])
    theirs = Client()
    theirs.force_login(other)

    response = send(theirs, lesson, key)

    assert response.status_code == 409
    assert not LessonCompletion.objects.filter(user=other).exists()


def test_a_malformed_key_is_a_bad_request(client, enrolled, course_tree):
    response = send(client, course_tree["lessons"][0], "not-a-uuid")

    assert response.status_code == 400
    assert not LessonCompletion.objects.exists()
    assert not ReplayKey.objects.exists()


def test_a_lesson_of_a_course_not_enrolled_is_refused_with_its_reason(client, trainee, course_tree):
    lesson = course_tree["lessons"][0]
    key = uuid.uuid4()

    response = send(client, lesson, key)

    # A status with the reason, not a redirect: the phone would take a redirect for
    # "counted" and drop the entry without a word (templates/offline/sw.js).
    assert response.status_code == 400
    assert '<p role="alert">' in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_pressed_online_a_refusal_is_still_a_message_on_the_lesson(client, trainee, course_tree):
    lesson = course_tree["lessons"][0]

    response = client.post(reverse("lesson_complete", args=[lesson.pk]), {})

    assert response.status_code == 302
    assert response.url == lesson.get_url()


def test_a_phone_whose_session_ended_is_asked_to_sign_in_and_nothing_is_kept(client, course_tree):
    lesson = course_tree["lessons"][0]

    response = send(client, lesson, uuid.uuid4())  # nobody signed in any more

    # 401, not the redirect to the log-in page a form gets: the phone keeps the entry.
    assert response.status_code == 401
    assert response["WWW-Authenticate"]
    assert not ReplayKey.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_a_key_replayed_after_the_lesson_was_unpublished_counts_nothing(
    client, enrolled, course_tree
):
    lesson = course_tree["lessons"][1]
    lesson.unpublish()

    response = send(client, lesson, uuid.uuid4())

    assert response.status_code == 404
    assert not LessonCompletion.objects.exists()
    assert not ReplayKey.objects.exists()


@pytest.mark.postgres("two requests at the same moment need a database that runs them at once")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_key_from_two_tabs_at_the_same_moment_counts_once(trainee, course_tree):
    services.enrollment_create(user=trainee, course=course_tree["course"])
    lesson = course_tree["lessons"][0]
    key = uuid.uuid4()
    start = threading.Barrier(2)
    statuses = []

    def tab():
        phone = Client()
        phone.force_login(trainee)
        start.wait()
        statuses.append(send(phone, lesson, key).status_code)
        connection.close()

    tabs = [threading.Thread(target=tab) for _ in range(2)]
    for thread in tabs:
        thread.start()
    for thread in tabs:
        thread.join()

    assert sorted(statuses) in ([204, 302], [302, 302])
    assert LessonCompletion.objects.filter(user=trainee, lesson=lesson).count() == 1
    assert ReplayKey.objects.filter(key=key).count() == 1


def test_a_sending_kept_across_a_new_sign_in_counts_without_its_old_csrf_token(
    enrolled, course_tree
):
    # The form was filled in offline with the token of a session that has since ended;
    # signing in again gave a new one. The header a cross-site form cannot send stands
    # in for it (offline/replay.py).
    phone = Client(enforce_csrf_checks=True)
    phone.force_login(enrolled)
    lesson = course_tree["lessons"][0]
    url = reverse("lesson_complete", args=[lesson.pk])
    form = {"next": lesson.get_url(), "csrfmiddlewaretoken": "a" * 64}  # stale

    assert phone.post(url, form).status_code == 403  # posted online: Django's CSRF check
    response = phone.post(
        url, form, headers={"Idempotency-Key": str(uuid.uuid4()), "Sec-Fetch-Site": "same-origin"}
    )

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=enrolled, lesson=lesson).count() == 1


def test_a_sending_from_another_site_is_refused_even_with_a_key(client, enrolled, course_tree):
    lesson = course_tree["lessons"][0]

    response = send(client, lesson, uuid.uuid4(), headers_extra={"Sec-Fetch-Site": "cross-site"})

    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()
    assert not ReplayKey.objects.exists()


def test_a_refused_sending_keeps_no_key(client, trainee, course_tree):
    send(client, course_tree["lessons"][0], uuid.uuid4())  # not enrolled: 400

    assert not ReplayKey.objects.exists()
