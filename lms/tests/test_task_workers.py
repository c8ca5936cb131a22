"""The background worker as production runs it (lms/rq_workers.py, `manage.py tasks_worker`).

RQ worker processes on the local Redis (see the ``rq_redis`` fixture); the tasks
they run here touch no database. The database-backend worker needs PostgreSQL.
"""

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest

from lms.tests.worker_tasks import record_and_sleep

RQ_BACKEND = "django_tasks_rq.RQBackend"
FAST = {
    # Seconds, so that a test sees a retry, an abandoned job and a sweep quickly.
    "TASKS_RETRY_INTERVALS": "1,1,1",
    "TASKS_MAINTENANCE_SECONDS": "1",
    "TASKS_HEARTBEAT_SECONDS": "1",
}


def wait_for(condition, *, timeout: float, what: str, processes=()):
    deadline = time.monotonic() + timeout
    while not condition():
        for process in processes:
            assert process.poll() is None, Path(process.log_path).read_text()[-3000:]
        assert time.monotonic() < deadline, f"timed out waiting: {what}"
        time.sleep(0.1)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (killed, not yet reaped by init) is as good as gone.
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split(") ")[-1][:1] != "Z"


@pytest.fixture
def rq(rq_redis, settings):
    """This process enqueues to the same Redis as its RQ worker processes."""
    settings.TASKS = {"default": {"BACKEND": RQ_BACKEND, "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": rq_redis.url, "DEFAULT_TIMEOUT": 600}}
    env = {**FAST, "TASKS_BACKEND": RQ_BACKEND, "RQ_REDIS_URL": rq_redis.url}
    return rq_redis, env


@contextlib.contextmanager
def override_retries(intervals: str):
    """Jobs queued by this process get the retries the worker processes are given."""
    from django.test import override_settings

    with override_settings(TASKS_RETRY_INTERVALS=[int(s) for s in intervals.split(",")]):
        yield


def workers(client):
    from rq import Worker

    return {worker.name: worker for worker in Worker.all(connection=client)}


def starts(log: Path) -> list[int]:
    if not log.exists():
        return []
    lines = log.read_text().splitlines()
    return [int(line.split()[1]) for line in lines if line.startswith("start")]


def test_every_job_gets_retries_with_back_off(rq, settings):
    from rq.job import Job

    client, _env = rq
    result = record_and_sleep.enqueue(path="/dev/null", seconds=0)
    job = Job.fetch(result.id, connection=client)
    assert job.retries_left == len(settings.TASKS_RETRY_INTERVALS) > 0
    assert job.retry_intervals == settings.TASKS_RETRY_INTERVALS


def test_a_failing_job_is_tried_again_after_its_back_off(rq, task_worker, tmp_path):
    from rq.registry import FailedJobRegistry

    client, env = rq
    worker = task_worker(env=env)
    log = tmp_path / "attempts.log"
    record_and_sleep.enqueue(path=str(log), seconds=0, fail_first=True)
    wait_for(
        lambda: "done" in (log.read_text() if log.exists() else ""),
        timeout=180,
        what="the retry",
        processes=[worker],
    )
    assert len(starts(log)) == 2
    assert FailedJobRegistry("default", connection=client).count == 0


def test_a_killed_worker_takes_its_children_along_and_its_job_is_run_again(
    rq, task_worker, tmp_path, child_pids
):
    from rq.registry import FailedJobRegistry

    client, env = rq
    first = task_worker(env=env)
    wait_for(lambda: len(workers(client)) == 1, timeout=180, what="worker", processes=[first])
    log = tmp_path / "attempts.log"
    record_and_sleep.enqueue(path=str(log), seconds=6)
    wait_for(lambda: starts(log), timeout=180, what="the job's start", processes=[first])
    (horse,) = starts(log)
    forked = child_pids(first.pid)
    assert horse in forked  # and the scheduler, unless another worker holds its lock

    first.send_signal(signal.SIGKILL)  # the worker only, as an OOM killer would
    first.wait()
    wait_for(
        lambda: not any(pid_alive(pid) for pid in forked),
        timeout=3,
        what="the work-horse and the scheduler to die with it",
    )
    assert "done" not in log.read_text()

    second = task_worker(env=env)
    wait_for(
        lambda: "done" in log.read_text(), timeout=180, what="the job again", processes=[second]
    )
    assert len(starts(log)) == 2
    assert FailedJobRegistry("default", connection=client).count == 0


def kill_each_work_horse(log, *, times, worker):
    """SIGKILL the work-horse of each of the job's next ``times`` starts, as an OOM killer would."""
    for attempt in range(1, times + 1):
        wait_for(
            lambda n=attempt: len(starts(log)) >= n,
            timeout=180,
            what=f"start {attempt}",
            processes=[worker],
        )
        os.kill(starts(log)[-1], signal.SIGKILL)


@pytest.mark.parametrize("crash_retries", ["10", "0"])
def test_a_job_whose_work_horse_was_killed_more_often_than_its_retries_runs_again(
    rq, task_worker, tmp_path, crash_retries
):
    """One retry, two crashes: RQ gives up; our workers queue it again (TASKS_CRASH_RETRIES)."""
    from rq.job import Job
    from rq.registry import FailedJobRegistry

    client, env = rq
    env = {**env, "TASKS_RETRY_INTERVALS": "1", "TASKS_CRASH_RETRIES": crash_retries}
    worker = task_worker(env=env)
    wait_for(lambda: len(workers(client)) == 1, timeout=180, what="worker", processes=[worker])
    log = tmp_path / "attempts.log"
    with override_retries("1"):
        result = record_and_sleep.enqueue(path=str(log), seconds=3)
    kill_each_work_horse(log, times=2, worker=worker)
    failed = FailedJobRegistry("default", connection=client)
    if crash_retries == "0":  # the limit: a job that keeps killing its worker stays failed
        wait_for(lambda: failed.count == 1, timeout=60, what="RQ to give up", processes=[worker])
        time.sleep(3)  # three maintenance periods: nothing takes it again
        assert failed.count == 1 and len(starts(log)) == 2
        return
    wait_for(
        lambda: "done" in log.read_text(), timeout=180, what="the third run", processes=[worker]
    )
    assert len(starts(log)) == 3
    assert failed.count == 0
    assert Job.fetch(result.id, connection=client).meta["lms_crashes"] == 1


def test_a_worker_name_can_be_used_again_at_once_after_a_crash(rq, task_worker):
    client, env = rq
    first = task_worker(env=env, args=["--name", "host-1"])
    wait_for(lambda: "host-1" in workers(client), timeout=180, what="worker", processes=[first])
    first.send_signal(signal.SIGKILL)
    first.wait()

    second = task_worker(env=env, args=["--name", "host-1"])
    wait_for(
        lambda: "host-1" in workers(client) and workers(client)["host-1"].pid == second.pid,
        timeout=180,
        what="the name taken again",
        processes=[second],
    )


def test_without_a_name_each_start_is_a_new_worker(rq, task_worker):
    client, env = rq
    first = task_worker(env=env)
    second = task_worker(env=env)
    wait_for(
        lambda: {w.pid for w in workers(client).values()} == {first.pid, second.pid},
        timeout=180,
        what="two workers",
        processes=[first, second],
    )


def test_the_rq_workers_run_the_watchdog_by_themselves(rq, task_worker):
    from rq.registry import FinishedJobRegistry

    client, env = rq
    worker = task_worker(env=env)

    def sweeps():
        registry = FinishedJobRegistry("default", connection=client)
        return [
            job_id
            for job_id in registry.get_job_ids()
            if b"watchdog_sweep" in (client.hget(f"rq:job:{job_id}", "description") or b"")
        ]

    wait_for(sweeps, timeout=180, what="a watchdog sweep", processes=[worker])


@pytest.mark.postgres("the worker process must see the test's database")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_the_database_backend_tasks_worker_runs_db_worker_and_the_watchdog(task_worker):
    from django_tasks_db.models import DBTaskResult

    worker = task_worker(env={"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"})
    sweeps = DBTaskResult.objects.filter(task_path="lms.watchdog.watchdog_sweep")
    wait_for(
        lambda: sweeps.filter(status="SUCCESSFUL").exists(),
        timeout=180,
        what="the watchdog's sweep, run by the database worker",
        processes=[worker],
    )


def test_email_settings_come_from_the_environment(run_python, tmp_path):
    outbox = tmp_path / "mail"
    code = (
        "import django; django.setup(); "
        "from django.conf import settings; from django.core.mail import send_mail; "
        "print(settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS, "
        "settings.EMAIL_HOST_USER, settings.EMAIL_TIMEOUT); "
        "send_mail('Hello', 'Body', None, ['leader@example.org'])"
    )
    result = run_python(
        code,
        env={
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "LMS_VAR_DIR": str(tmp_path / "var"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(outbox),
            "EMAIL_HOST": "smtp.example.org",
            "EMAIL_PORT": "587",
            "EMAIL_USE_TLS": "1",
            "EMAIL_HOST_USER": "lms",
            "EMAIL_TIMEOUT": "7",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["smtp.example.org", "587", "True", "lms", "7"]
    (message,) = outbox.iterdir()
    assert "To: leader@example.org" in message.read_text()
