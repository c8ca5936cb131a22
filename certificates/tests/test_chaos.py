"""Chaos (issue 20): a batch of 1,000 leaders on PostgreSQL and two RQ worker processes,
broken on purpose, finishes by itself.

During the batch: three times a worker is SIGKILLed with its work-horse (and started
again under the same name), the database connections are terminated once, two
`certificates_resume` run at once, and both workers are SIGKILLed while the batch's ZIP
is being written. Then, with nothing but the workers running: every leader has exactly
one current certificate whose file matches its SHA-256, the ZIP holds each once, the
batch is done, every leader received exactly one e-mail (file backend, counted per
recipient), and RQ's failed registry is empty.

The workers run with short clocks (heartbeats, registry cleaning, watchdog and lease
in seconds) so that recovery fits in a test; production's are in docs/deployment.md.
CHAOS_LEADERS changes the size; CHAOS_KILLS=0 runs the same batch undisturbed (the
baseline for throughput). Timings are printed (pytest -s).
"""

import hashlib
import os
import signal
import time
import zipfile
from collections import Counter

import pytest

from django.contrib.auth import get_user_model
from django.db import connection

from certificates import issuing
from certificates.models import Certificate, CertificateBatch, Leadership
from lms.storage import private_storage
from messaging.models import OutboxMessage
from organisation.models import Stage, VolunteerProfile
from organisation.tests.factories import coordinator_create, unit
from testing.chaos import (
    RQ_BACKEND,
    chaos_worker_env,
    emails_sent,
    kill_with_children,
    terminate_database_connections,
    wait_for,
)

pytestmark = [
    pytest.mark.postgres("worker processes must share the test's database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LEADERS = int(os.environ.get("CHAOS_LEADERS", "1000"))
KILLS = os.environ.get("CHAOS_KILLS", "1") != "0"
CHUNK = 50
NAMES = ("chaos-a", "chaos-b")


def leaders_create(count: int, coordinator) -> None:
    """Leaders of Indore with e-mail addresses, written set-based (the test is not
    about promotion; 1,000 promotions one by one would take minutes)."""
    user_model = get_user_model()
    indore, madhya_pradesh = unit("in-mp-indore"), unit("in-mp")
    users = user_model.objects.bulk_create(
        user_model(username=f"chaos{n}", email=f"leader{n}@example.org", password="!")
        for n in range(count)
    )
    profiles = VolunteerProfile.objects.bulk_create(
        VolunteerProfile(
            user=user,
            name_en=f"Leader {n}",
            name_hi=f"लीडर {n}",
            phone=f"8{n:09d}",
            district=indore,
            state=madhya_pradesh,
            stage=Stage.LEADER,
        )
        for n, user in enumerate(users)
    )
    Leadership.objects.bulk_create(
        Leadership(volunteer=p, level=indore.level, unit=indore, promoted_by=coordinator)
        for p in profiles
    )


def zip_being_written() -> bool:
    """The batch's finish holds its row lock (SELECT ... FOR UPDATE) while it writes the ZIP."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'certificates_certificatebatch' AND l.mode = 'RowShareLock' "
            "AND l.pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0] > 0


def test_a_batch_broken_on_purpose_finishes_by_itself_exactly_once(
    settings, monkeypatch, rq_redis, task_worker, tmp_path, child_pids
):
    from rq import Worker
    from rq.registry import FailedJobRegistry

    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = chaos_worker_env(rq_redis.url, mail_dir)
    settings.TASKS = {"default": {"BACKEND": RQ_BACKEND, "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": rq_redis.url, "DEFAULT_TIMEOUT": 600}}
    monkeypatch.setattr(issuing, "CHUNK_SIZE", CHUNK)
    coordinator = coordinator_create("in-mp")
    leaders_create(LEADERS, coordinator)

    def start(name):
        return task_worker(env=env, args=["--name", name], log_name=name)

    workers = {name: start(name) for name in NAMES}
    wait_for(lambda: len(Worker.all(connection=rq_redis)) == 2, timeout=120, what="two workers")

    def restart(name):
        kill_with_children(workers[name], child_pids(workers[name].pid))
        workers[name] = start(name)
        return time.monotonic()

    started = time.monotonic()
    batch = issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    assert batch.total == LEADERS
    certificates = Certificate.objects.filter(batch=batch)

    def issued_share(share):
        return lambda: certificates.filter(status="issued").count() >= share * LEADERS

    events = []
    if KILLS:
        wait_for(issued_share(0.15), timeout=300, what="15 % issued")
        events.append(("kill 1 (a)", restart("chaos-a")))
        wait_for(issued_share(0.30), timeout=300, what="30 % issued")
        terminated = terminate_database_connections()
        events.append((f"{terminated} connections terminated", time.monotonic()))
        wait_for(issued_share(0.40), timeout=300, what="40 % issued")
        events.append(("kill 2 (b)", restart("chaos-b")))
        wait_for(issued_share(0.50), timeout=300, what="50 % issued")
        resumes = [
            task_worker(
                env=env, command="certificates_resume", args=["--stale-minutes", "0"], log_name=n
            )
            for n in ("resume-1", "resume-2")
        ]
        assert [r.wait(timeout=120) for r in resumes] == [0, 0]
        events.append(("two resumes at once", time.monotonic()))
        wait_for(issued_share(0.65), timeout=300, what="65 % issued")
        events.append(("kill 3 (a)", restart("chaos-a")))
        wait_for(
            lambda: not certificates.filter(status="generating").exists(),
            timeout=600,
            what="every certificate issued",
            poll=0.02,
        )
        all_issued = time.monotonic()
        wait_for(zip_being_written, timeout=60, what="the ZIP being written", poll=0.01)
        assert CertificateBatch.objects.get(pk=batch.pk).status == "running"
        for name in NAMES:  # both, so that nobody finishes the ZIP in the meantime
            kill_with_children(workers[name], child_pids(workers[name].pid))
        last_kill = time.monotonic()
        events.append(("kill during the ZIP (both)", last_kill))
        assert CertificateBatch.objects.get(pk=batch.pk).status == "running"
        for name in NAMES:
            workers[name] = start(name)
    else:
        last_kill = started

    # From here on nobody does anything: the workers run.
    wait_for(
        lambda: (
            CertificateBatch.objects.filter(pk=batch.pk, status="done").exists()
            and not OutboxMessage.objects.exclude(status="sent").exists()
            and OutboxMessage.objects.count() == LEADERS
        ),
        timeout=600,
        what="the batch done and every e-mail sent",
        poll=0.5,
    )
    recovered = time.monotonic()
    if not KILLS:
        all_issued = recovered
    for worker in workers.values():
        worker.send_signal(signal.SIGTERM)
    for worker in workers.values():
        worker.wait(timeout=60)

    print(
        f"\nchaos: {LEADERS} certificates; kills={KILLS}; "
        f"all issued after {all_issued - started:.1f} s "
        f"({LEADERS / (all_issued - started):.1f} certificates/s); "
        f"batch done and every e-mail sent {recovered - started:.1f} s after the start, "
        f"{recovered - last_kill:.1f} s after the last kill"
    )
    for what, when in events:
        print(f"  {when - started:7.1f} s  {what}")

    # Every leader: exactly one current certificate, its file matching its SHA-256.
    batch.refresh_from_db()
    assert (batch.status, batch.done_count, batch.error_count) == ("done", LEADERS, 0)
    current = Certificate.objects.filter(status__in=Certificate.CURRENT)
    assert current.count() == LEADERS == Leadership.objects.count()
    assert set(current.values_list("status", flat=True)) == {"issued"}
    assert not Leadership.objects.exclude(certificates__status="issued").exists()
    storage = private_storage()
    codes = {}
    for certificate in current:
        with storage.open(certificate.pdf.name, "rb") as handle:
            assert hashlib.sha256(handle.read()).hexdigest() == certificate.sha256
        codes[certificate.code] = certificate
    # The ZIP holds each once.
    with storage.open(batch.archive.name, "rb") as handle:
        names = zipfile.ZipFile(handle).namelist()
    # Each file is "<unit>/<name>-<code>.pdf" (codes may hold "-" themselves).
    suffixes = {f"-{code}.pdf": code for code in codes}
    zipped = Counter(
        next((code for end, code in suffixes.items() if name.endswith(end)), name) for name in names
    )
    assert zipped == Counter(list(codes))  # each certificate once, nothing else
    # Every leader with an address: exactly one e-mail.
    recipients = emails_sent(mail_dir)
    assert recipients == Counter({f"leader{n}@example.org": 1 for n in range(LEADERS)})
    # Nothing failed for good.
    assert FailedJobRegistry("default", connection=rq_redis).count == 0
