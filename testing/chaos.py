"""What the chaos tests share (certificates/tests/test_chaos.py, organisation/tests/
test_import_chaos.py): waiting for a condition, killing a worker with its children, and
counting the e-mails the file backend wrote."""

import contextlib
import email
import os
import signal
import time
from collections import Counter
from pathlib import Path

from django.db import connection

RQ_BACKEND = "django_tasks_rq.RQBackend"


def chaos_worker_env(rq_url: str, mail_dir: Path) -> dict[str, str]:
    """RQ workers with short clocks (heartbeats, registry cleaning, watchdog and lease in
    seconds) so that recovery fits in a test, and e-mails written to ``mail_dir``;
    production's clocks are in docs/deployment.md."""
    return {
        "TASKS_BACKEND": RQ_BACKEND,
        "RQ_REDIS_URL": rq_url,
        "TASKS_RETRY_INTERVALS": "1,2,4,8,15,30",
        "TASKS_HEARTBEAT_SECONDS": "2",
        "TASKS_MAINTENANCE_SECONDS": "2",
        "WATCHDOG_SECONDS": "5",
        "WATCHDOG_STALE_SECONDS": "15",
        "MESSAGING_LEASE_SECONDS": "15",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
    }


def wait_for(condition, *, timeout: float, what: str, poll: float = 0.1):
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, f"timed out after {timeout} s waiting for {what}"
        time.sleep(poll)
    return result


def kill_with_children(process, family: set[int]) -> None:
    """SIGKILL a worker and its work-horse (and scheduler): no goodbye from either."""
    process.send_signal(signal.SIGKILL)
    for pid in family:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    process.wait()


def terminate_database_connections() -> int:
    """End every other session on the test's PostgreSQL database, as a failover would."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def terminate_database_connections_once_some(*, timeout: float = 120) -> int:
    """Terminate the other sessions as soon as there is one to terminate; returns how many.

    Right after a kill the restarted workers have not connected yet: terminating then ends
    nothing (the 50,000-row import run terminated 0), and the test would not test it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        terminated = terminate_database_connections()
        if terminated:
            return terminated
        time.sleep(0.02)
    raise AssertionError(f"no worker connected to the database within {timeout} s")


def _emails(folder: Path):
    """The messages the file backend wrote (one file per connection)."""
    for path in folder.iterdir():
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if chunk.strip():
                yield email.message_from_bytes(chunk)


def emails_sent(folder: Path) -> Counter:
    """How many messages each recipient was sent."""
    return Counter(message["To"] for message in _emails(folder))


def message_ids_sent(folder: Path) -> dict[str, set[str]]:
    """The Message-IDs each recipient was sent (a repeat of one message has the same id)."""
    ids = {}
    for message in _emails(folder):
        ids.setdefault(message["To"], set()).add(message["Message-ID"])
    return ids
