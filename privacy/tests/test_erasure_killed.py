"""A worker killed in the middle of a retention run: the next run erases nobody twice and
misses nobody (PostgreSQL: other processes, row locks)."""

import signal
import time
from pathlib import Path

import pytest

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from organisation.models import Stage, VolunteerProfile
from organisation.tests.factories import unit
from privacy.models import ErasureRequest

PEOPLE = 450  # three chunks of 200 (the last one short)

pytestmark = [
    pytest.mark.postgres("a second process, row locks and a kill mid-transaction"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def people_due(count: int) -> list[int]:
    """``count`` volunteers with erasure requests due now, in id order."""
    users = get_user_model().objects.bulk_create(
        [get_user_model()(username=f"retire{n}", email=f"r{n}@example.org") for n in range(count)]
    )
    indore = unit("in-mp-indore")
    VolunteerProfile.objects.bulk_create(
        [
            VolunteerProfile(
                user=user, name_en=f"Retiree {n}", phone=f"8{n:09d}", district=indore,
                state_id=indore.parent_id, stage=Stage.NOT_SELECTED,
            )
            for n, user in enumerate(users)
        ]
    )  # fmt: skip
    ErasureRequest.objects.bulk_create(
        [ErasureRequest(user=user, reason="retention", due_at=timezone.now()) for user in users]
    )
    return [user.pk for user in users]


def waiting_on_a_lock() -> int:
    with connection.cursor() as cursor:
        # Inside a transaction the statistics views keep their first snapshot: drop it.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0]


def test_a_killed_run_resumes_erasing_nobody_twice_and_missing_nobody(task_worker):
    user_ids = people_due(PEOPLE)
    # A person of the second chunk is held by another transaction (here, the test's), so
    # the worker stops in the middle of that chunk's transaction: it is killed there.
    held = user_ids[250]
    with transaction.atomic():
        get_user_model().objects.select_for_update().get(pk=held)
        first = task_worker(command="privacy_erase", log_name="killed")
        deadline = time.monotonic() + 300
        while waiting_on_a_lock() == 0:
            assert first.poll() is None, Path(first.log_path).read_text()
            assert time.monotonic() < deadline, Path(first.log_path).read_text()
            time.sleep(0.2)
        first.send_signal(signal.SIGKILL)
        first.wait()
        killed_at = timezone.now()
    done_before = set(
        ErasureRequest.objects.filter(status="done").values_list("user_id", flat=True)
    )
    assert len(done_before) == 200  # the first chunk committed; the second rolled back
    assert held not in done_before

    second = task_worker(command="privacy_erase", log_name="resumed")
    assert second.wait(timeout=300) == 0, Path(second.log_path).read_text()

    requests = ErasureRequest.objects.filter(user_id__in=user_ids)
    assert requests.filter(status="done").count() == PEOPLE
    # Nobody twice: the first chunk was finished before the kill and not taken again.
    assert not requests.filter(user_id__in=done_before, finished_at__gt=killed_at).exists()
    # Nobody missed: every one of them is erased.
    users = get_user_model().objects.filter(pk__in=user_ids)
    assert users.filter(username__startswith="erased-", email="", is_active=False).count() == PEOPLE
    assert not VolunteerProfile.objects.filter(user_id__in=user_ids, phone__isnull=False).exists()
