import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from django.utils import translation

BASE_DIR = Path(__file__).resolve().parent
RQ_BACKEND = "django_tasks_rq.RQBackend"


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres("why")`` skip, saying why, on any other database."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("postgres")
        if marker is not None:
            reason = marker.args[0] if marker.args else "needs PostgreSQL"
            item.add_marker(pytest.mark.skip(reason=f"{reason} (PostgreSQL only)"))


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in the default language.

    A request through LocaleMiddleware leaves its language active in the
    thread; without this, reverse() in the next test would use it.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (locmem in tests).

    Rate limits, page fragments and progress kept by one test must not reach
    the next: the verification page's per-client limit, counted over a minute,
    refused a later test's requests when earlier tests had used it up.
    """
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def chromium_browser():
    """Debian's headless Chromium, driven by Playwright; skipped where it is missing."""
    import os
    from pathlib import Path

    from django.db import connections

    from lms.chromium import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: `make browser-deps` installs it")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own
    # ORM calls happen between page actions, never concurrently with them.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # Playwright gives each launch a fresh, empty profile of its own.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        # While Playwright's loop runs, the test's ORM calls get connections of
        # their own; close them here, or the test database cannot be dropped.
        connections.close_all()
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


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
    management command the same way). The worker uses the test's
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
