"""Background task workers for the tests that start them: `task_worker`, `rq_redis`,
`child_pids`."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture
def rq_redis():
    """An empty Redis database for RQ worker processes, one per xdist worker.

    On the server of RQ_TEST_REDIS_URL (default redis://127.0.0.1:6379/5) this uses
    databases 6 to 13 (the URL's own is the two-worker test's), and empties the one
    it uses. Skipped without Redis.
    """
    from urllib.parse import urlsplit

    import redis

    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    index = int(worker[2:]) if worker[2:].isdigit() else 0
    server = urlsplit(os.environ.get("RQ_TEST_REDIS_URL", "redis://127.0.0.1:6379/5"))
    url = server._replace(path=f"/{6 + index % 8}").geturl()
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"no Redis at {url} ({error}); set RQ_TEST_REDIS_URL or start Redis")
    client.flushdb()
    client.url = url
    yield client
    client.flushdb()


@pytest.fixture
def task_worker(tmp_path, settings):
    """Start `manage.py tasks_worker` processes; each is SIGKILLed at the end if still running.

    ``task_worker(env={...}, args=[...])`` returns the Popen (``command=`` runs another
    management command the same way, e.g. ``certificates_resume``). The worker uses the test's
    database when it is PostgreSQL (other processes cannot see SQLite's in-memory one),
    the test's private folder, and whatever ``env`` adds (TASKS_BACKEND, RQ_REDIS_URL...).
    """
    from django.db import connection

    processes = []

    def start(*, env=None, args=(), log_name="worker", command="tasks_worker"):
        full_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "PRIVATE_ROOT": str(settings.PRIVATE_ROOT),
            "CREDENTIALS_KEY_DIR": str(settings.CREDENTIALS_KEY_DIR),
            "LMS_VAR_DIR": str(tmp_path / "var"),
            **(env or {}),
        }
        if connection.vendor == "postgresql":
            db = connection.settings_dict
            full_env["DATABASE_URL"] = (
                f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
            )
        log = (tmp_path / f"{log_name}-{len(processes)}.log").open("w")
        process = subprocess.Popen(  # noqa: S603 (our own command line)
            [sys.executable, "manage.py", command, *args],
            cwd=BASE_DIR,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        process.log_path = log.name
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()


def _child_pids(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.fixture
def child_pids():
    """``child_pids(pid)``: the processes whose parent is ``pid`` (Linux /proc): an RQ
    worker's work-horse and scheduler."""
    return _child_pids
