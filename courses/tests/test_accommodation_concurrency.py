"""Accommodations given at once to one trainee (two coordinators, a double click): each
replaces the last under a row lock, and exactly one stays in force."""

import threading

import pytest

from django.contrib.auth.models import Group
from django.db import connections

from courses.accommodations import accommodation_grant
from courses.models import QuizAccommodation
from courses.roles import TRAINERS
from organisation.tests.factories import UserFactory, VolunteerFactory

THREADS = 6

pytestmark = [
    pytest.mark.postgres("row locks need PostgreSQL (SQLite ignores SELECT ... FOR UPDATE)"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_grants_at_once_leave_one_in_force_and_the_others_on_record():
    trainee = VolunteerFactory().user
    trainer = UserFactory(username="trainer")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    barrier = threading.Barrier(THREADS)
    errors = []

    def grant(minutes):
        try:
            barrier.wait()
            accommodation_grant(
                trainee=trainee,
                granted_by=trainer,
                kind=QuizAccommodation.Kind.MINUTES,
                extra_minutes=minutes,
                reason="At once",
            )
        except Exception as error:  # noqa: BLE001  (reported by the test)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=grant, args=(n + 1,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert QuizAccommodation.objects.filter(trainee=trainee).count() == THREADS
    assert QuizAccommodation.objects.in_force().filter(trainee=trainee).count() == 1
    latest = QuizAccommodation.objects.filter(trainee=trainee).latest("granted_at")
    assert latest.revoked_at is None
