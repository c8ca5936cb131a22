"""A double-clicked (or many times repeated) enrolment answers like a single one."""

import threading

import pytest

from django.contrib.auth import get_user_model
from django.db import connections
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment

THREADS = 24

pytestmark = [
    pytest.mark.postgres("concurrent transactions need PostgreSQL (SQLite serialises writers)"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_many_enrol_posts_at_once_all_succeed_and_enrol_once(course_tree):
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    course = course_tree["course"]
    url = reverse("course_enroll", args=[course.pk])
    barrier = threading.Barrier(THREADS)
    statuses, errors = [], []

    def post():
        client = Client()
        client.force_login(trainee)
        try:
            barrier.wait()
            statuses.append(client.post(url).status_code)
        except Exception as error:  # noqa: BLE001  (reported by the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert statuses == [302] * THREADS
    assert Enrollment.objects.filter(user=trainee).count() == 1
