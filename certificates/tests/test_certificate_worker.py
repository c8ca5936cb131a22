"""A real worker process killed in the middle of a batch, then started again.

PostgreSQL only: the worker is another process and must see the test's database.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection

from certificates import issuing, services
from certificates.models import Certificate, CertificateBatch, Leadership
from courses.models import CourseCompletion
from lms.storage import private_storage
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = [
    pytest.mark.postgres("a worker process cannot share SQLite's in-memory test database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BASE_DIR = Path(__file__).resolve().parents[2]
LEADERS = 40
DATABASE_BACKEND = "django_tasks_db.DatabaseBackend"


def start_worker():
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "TASKS_BACKEND": DATABASE_BACKEND,
        "PRIVATE_ROOT": str(django_settings.PRIVATE_ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--batch"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_killed_worker_loses_nothing_and_duplicates_nothing(training, settings, monkeypatch):
    monkeypatch.setattr(issuing, "CHUNK_SIZE", 10)
    settings.TASKS = {
        "default": {"BACKEND": DATABASE_BACKEND, "QUEUES": ["default"]},
    }
    coordinator = coordinator_create("in-mp")
    for _ in range(LEADERS):
        volunteer = VolunteerFactory(stage=Stage.TRAINED)
        CourseCompletion.objects.create(
            user=volunteer.user, course=training["required"], score_percent=90
        )
        services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        )
    batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    assert batch.total == LEADERS

    worker = start_worker()
    deadline = time.monotonic() + 120
    while Certificate.objects.filter(status="issued").count() < 5:
        assert time.monotonic() < deadline, "the worker issued nothing"
        assert worker.poll() is None, "the worker stopped early"
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)  # mid-batch, mid-chunk: no goodbye
    worker.wait()
    issued_before = {c.pk: c.sha256 for c in Certificate.objects.filter(status="issued")}
    assert 5 <= len(issued_before) < LEADERS

    call_command("certificates_resume", "--stale-minutes", "0")
    worker = start_worker()
    assert worker.wait(timeout=300) == 0

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE
    assert (batch.done_count, batch.error_count) == (LEADERS, 0)
    assert Certificate.objects.count() == LEADERS
    for leadership in Leadership.objects.all():
        (certificate,) = leadership.certificates.all()
        assert certificate.status == "issued"
        with private_storage().open(certificate.pdf.name, "rb") as handle:
            assert hashlib.sha256(handle.read()).hexdigest() == certificate.sha256
        if certificate.pk in issued_before:
            assert certificate.sha256 == issued_before[certificate.pk]
    assert batch.archive
