import os

import pytest

from django.utils import translation

# The fixtures every app's tests share (testing/__init__.py lists them).
pytest_plugins = [
    "testing.database",
    "testing.worlds",
    "testing.pages",
    "testing.organisation",
    "testing.accounts",
    "testing.consent",
    "testing.quiz",
    "testing.processes",
    "testing.workers",
    "testing.browser",
    "testing.providers",
]


@pytest.hookimpl(optionalhook=True)  # known only where xdist is installed and enabled
def pytest_xdist_auto_num_workers(config):
    """`-n auto` (`make test`, CI): one worker more than there are cores, stealing work.

    About a quarter of the workers' time in tests is waiting, not computing: browser tests
    on Chromium, the task-worker tests on back-offs and kills, settings tests on fresh
    interpreters. A worker more keeps the cores busy meanwhile; the database migrated once
    (testing/database.py) and one Chromium per worker make it cheap. `--dist load` (xdist's
    default) hands out big batches, and the worker that got slow tests late ran alone at
    the end while the others idled; `worksteal` lets an idle worker take half of what
    another has left. PYTEST_XDIST_AUTO_NUM_WORKERS, `-n N` and `--dist` still decide.
    """
    if config.option.dist == "no":
        config.option.dist = "worksteal"
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    return len(os.sched_getaffinity(0)) + 1


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres("why")`` skip, saying why, on any other database; every
    committing test restores the database after it; and the tests without a database
    run first.

    On PostgreSQL a committing test without ``serialized_rollback=True`` flushes with
    its id sequences reset, post_migrate recreates the content types under new ids, and
    every serialized-rollback test after it fails to restore the database ("duplicate
    key ... django_content_type"). SQLite hides it, so it is refused everywhere.

    pytest-django (whose hook, and testing.worlds', run before this one) puts the tests
    without a database last. Many of them wait more than they compute: on fresh
    interpreters (settings), task-worker processes, back-offs and kills. Last, they were
    the run's tail, one worker waiting on them while the others had finished; first, they
    wait while the other workers compute, and the first worker to need the database
    migrates it meanwhile. Their order among themselves, and the others', is kept.
    """
    from django.db import connection

    plain = [
        item.nodeid
        for item in items
        if (marker := item.get_closest_marker("django_db")) is not None
        and marker.kwargs.get("transaction")
        and not marker.kwargs.get("serialized_rollback")
    ]
    if plain:
        raise pytest.UsageError(
            "django_db(transaction=True) needs serialized_rollback=True here: " + ", ".join(plain)
        )
    items.sort(key=lambda item: not _without_database(item))  # stable: True sorts last
    if connection.vendor == "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("postgres")
        if marker is not None:
            reason = marker.args[0] if marker.args else "needs PostgreSQL"
            item.add_marker(pytest.mark.skip(reason=f"{reason} (PostgreSQL only)"))


def _without_database(item) -> bool:
    """pytest-django's test that uses no database (its ordering's last group)."""
    from django.test import TransactionTestCase

    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return False
    fixtures = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is None and not (
        {"db", "transactional_db", "live_server"} & set(fixtures)
    )


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
