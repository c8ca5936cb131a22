"""Bulk certificates on the RQ backend: two `manage.py rqworker` processes share a batch.

Needs PostgreSQL (the workers are other processes and must see the test's
database) and Redis (RQ_TEST_REDIS_URL, default redis://127.0.0.1:6379/5, a
database this test empties).
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from django.conf import settings as django_settings
from django.db import connection

from certificates import issuing, services
from certificates.models import Certificate, CertificateBatch, Leadership
from courses.models import CourseCompletion
from lms.storage import private_storage
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = [
    pytest.mark.postgres("RQ worker processes cannot share SQLite's in-memory test database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("RQ_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
RQ_BACKEND = "django_tasks_rq.RQBackend"
WORKERS = ("rq-worker-a", "rq-worker-b")
LEADERS = 24
CHUNK = 3


@pytest.fixture
def rq_redis():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"no Redis at {REDIS_URL} ({error}); set RQ_TEST_REDIS_URL or start Redis")
    client.flushdb()
    yield client
    client.flushdb()


def start_worker(name):
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "TASKS_BACKEND": RQ_BACKEND,
        "RQ_REDIS_URL": REDIS_URL,
        "PRIVATE_ROOT": str(django_settings.PRIVATE_ROOT),
    }
    command = ["manage.py", "rqworker", "--job-class", "django_tasks_rq.Job"]
    return subprocess.Popen(
        [sys.executable, *command, "--name", name, "default"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(worker):
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)  # RQ's warm shutdown
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def test_two_rq_workers_share_a_batch_and_issue_each_certificate_once(
    training, settings, monkeypatch, rq_redis
):
    from django_tasks import task_backends
    from rq import Queue, Worker
    from rq.registry import FinishedJobRegistry

    monkeypatch.setattr(issuing, "CHUNK_SIZE", CHUNK)
    settings.TASKS = {"default": {"BACKEND": RQ_BACKEND, "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
    coordinator = coordinator_create("in-mp")
    for _ in range(LEADERS):
        volunteer = VolunteerFactory(stage=Stage.TRAINED)
        CourseCompletion.objects.create(
            user=volunteer.user, course=training["required"], score_percent=90
        )
        services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        )

    workers = [start_worker(name) for name in WORKERS]
    try:
        # Both listen before the first chunk is queued, so both can take one.
        deadline = time.monotonic() + 60
        while len(Worker.all(connection=rq_redis)) < len(WORKERS):
            for worker in workers:
                assert worker.poll() is None, worker.stderr.read()
            assert time.monotonic() < deadline, "the RQ workers did not start"
            time.sleep(0.1)

        batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
        assert batch.total == LEADERS
        assert Queue("default", connection=rq_redis).count > 0, "nothing went to Redis"

        deadline = time.monotonic() + 300
        while batch.status != CertificateBatch.Status.DONE:
            for worker in workers:
                assert worker.poll() is None, worker.stderr.read()
            assert time.monotonic() < deadline, "the batch did not finish"
            time.sleep(0.2)
            batch.refresh_from_db()
    finally:
        for worker in workers:
            stop(worker)

    # Each certificate issued once, its file's SHA-256 the one on record.
    assert (batch.done_count, batch.error_count) == (LEADERS, 0)
    assert Certificate.objects.count() == LEADERS
    for leadership in Leadership.objects.all():
        (certificate,) = leadership.certificates.all()
        assert certificate.status == Certificate.Status.ISSUED
        with private_storage().open(certificate.pdf.name, "rb") as handle:
            assert hashlib.sha256(handle.read()).hexdigest() == certificate.sha256
    assert batch.archive

    # Both workers rendered chunks: RQ records which worker ran each job.
    backend = task_backends["default"]
    registry = FinishedJobRegistry("default", connection=rq_redis)
    chunk_workers = {}
    for job_id in registry.get_job_ids():
        result = backend.get_result(job_id)
        if result.task.name == "certificate_chunk_render":
            chunk_workers[job_id] = set(result.worker_ids)
    assert len(chunk_workers) == LEADERS // CHUNK
    assert set().union(*chunk_workers.values()) == set(WORKERS)
