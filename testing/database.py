"""The SQLite test database, migrated once per run and copied into every xdist worker.

`migrate` of our 254 migrations costs 20 s of CPU, mostly rendering model states; each
xdist worker paid it for its own in-memory database. Now the controller makes a folder for
this run (LMS_TEST_DB_DIR, removed at the end); the first worker to take its lock migrates
as before and writes its database there with SQLite's backup API, and every other worker,
once the lock is free, restores that file into its own in-memory database instead of
migrating. Nothing is kept across runs: a fresh clone migrates as before.

A copy holds everything migrate wrote, post_migrate's rows included. What migrate does
besides writing is done again on the copy: post_migrate is sent (its receivers find their
rows and write nothing), so that a receiver that also changes the process does so in
every worker, as migrate made it do in the first. What follows create_test_db
(serialization for serialized_rollback, createcachetable) is Django's, as before.
PostgreSQL, a file database and a run without xdist workers migrate as before.
Each copy is checked before use (`unmigrated`), and so is the database of whichever worker
runs `lms/tests/test_test_database.py`.

The migrated database is also kept for the next run, in `.venv/lms-test-db/` (what
`make clean` removes), under a key that changes with anything migrate could depend on:
Python, SQLite, every installed distribution's version, and every file of our apps but
their tests (migrations, the code and data they import, settings). A run whose key is
kept copies it instead of migrating; a fresh clone, or any change to those files,
migrates as before. `TESTS_DB_CACHE=0` turns this off.

A test that commits (the browser tests, `django_db(transaction=True, serialized_rollback=True)`)
leaves the database as migrate made it. Django does that by flushing every table after the
test and loading its serialized copy of migrate's rows, model by model, before the next:
1.2 CPU-seconds a test (measured on four browser tests), for about 90 tests, a seventh of
the whole suite's CPU. On SQLite's in-memory database the
worker instead keeps a copy of the database as it was made (`Pristine`) and, after such a
test, writes it back over the test's with SQLite's backup API (5 ms): the same rows and the
same ids as before the test, while new ids go on from the test's, as after a flush.
PostgreSQL flushes and reloads as before.
"""

import fcntl
import hashlib
import importlib.metadata
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import pytest

RUN_DIR = "LMS_TEST_DB_DIR"
#: Seconds a restore waits for a live-server request to let go of the database.
RESTORE_WAIT = 10


def pytest_configure(config):
    # The controller (workers have workerinput): the xdist workers it starts inherit this.
    if not hasattr(config, "workerinput"):
        config._lms_test_db_dir = tempfile.mkdtemp(prefix="lms-test-db-")
        os.environ[RUN_DIR] = config._lms_test_db_dir


def pytest_unconfigure(config):
    run_dir = getattr(config, "_lms_test_db_dir", None)
    if run_dir:
        shutil.rmtree(run_dir, ignore_errors=True)
        os.environ.pop(RUN_DIR, None)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """pytest-django's, then the copying create_test_db on SQLite's in-memory database."""
    from django.db import connection

    run_dir = os.environ.get(RUN_DIR)
    creation = connection.creation
    if (
        run_dir
        and os.environ.get("PYTEST_XDIST_WORKER")
        and connection.vendor == "sqlite"
        and creation.is_in_memory_db(creation._get_test_db_name())
        and connection.settings_dict["TEST"].get("MIGRATE", True)
    ):
        migrate_or_copy = _migrate_or_copy(creation, Path(run_dir) / "migrated.sqlite3")
        creation.create_test_db = migrate_or_copy
        yield
        del creation.create_test_db
    else:
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's, then, on SQLite's in-memory database, the copy committing tests
    restore instead of flushing and reloading (`Pristine`)."""
    from django.db import connections

    with django_db_blocker.unblock():
        pristine = Pristine.of(connections.all(initialized_only=False))
    if pristine is None:
        yield
        return
    pristine.install()
    try:
        yield
    finally:
        pristine.uninstall()


class Pristine:
    """The test databases as they were made, written back after each committing test.

    Installed over django.test.TransactionTestCase for the session. Its teardown writes the
    copy back instead of flushing, and its setup then has nothing to load: the database is
    already as migrate made it, since every test before either rolled back (`db`, the shared
    worlds) or was followed by this restore. `django.test.TestCase` keeps its own (rolled
    back transactions), and a database this does not cover falls back to Django's way.
    """

    def __init__(self, copies: dict[str, sqlite3.Connection]):
        self.copies = copies
        self.saved: dict[str, object] = {}
        #: Databases a committing test may have changed and no restore has yet written over.
        self.dirty: set[str] = set()

    @classmethod
    def of(cls, connections) -> "Pristine | None":
        copies = {}
        for connection in connections:
            if connection.vendor != "sqlite" or not connection.creation.is_in_memory_db(
                connection.settings_dict["NAME"]
            ):
                return None
            connection.ensure_connection()
            copies[connection.alias] = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copies[connection.alias])
        return cls(copies) if copies else None

    def covers(self, test_case) -> bool:
        return (
            test_case.available_apps is None
            and not test_case.fixtures
            and all(
                alias in self.copies for alias in test_case._databases_names(include_mirrors=False)
            )
        )

    def install(self) -> None:
        from django.db import connections
        from django.test import TransactionTestCase

        self.saved = {
            "_fixture_setup": TransactionTestCase.__dict__["_fixture_setup"],
            "_fixture_teardown": TransactionTestCase.__dict__["_fixture_teardown"],
        }
        flush_setup = self.saved["_fixture_setup"].__func__
        flush_teardown = self.saved["_fixture_teardown"]
        pristine = self

        def _fixture_setup(cls):
            if not pristine.covers(cls):
                return flush_setup(cls)
            # Nothing to load (the class docstring), unless the last restore failed.
            if pristine.dirty:
                pristine.restore(sorted(pristine.dirty))
            for alias in cls._databases_names(include_mirrors=False):
                settle(connections[alias])
            return None

        def _fixture_teardown(self):
            if not pristine.covers(self):
                return flush_teardown(self)
            return pristine.restore(self._databases_names(include_mirrors=False))

        TransactionTestCase._fixture_setup = classmethod(_fixture_setup)
        TransactionTestCase._fixture_teardown = _fixture_teardown

    def uninstall(self) -> None:
        from django.test import TransactionTestCase

        for name, value in self.saved.items():
            setattr(TransactionTestCase, name, value)
        for copy in self.copies.values():
            copy.close()

    def restore(self, aliases) -> None:
        """Writes each copy back; a live-server request still being answered holds the
        database a moment longer ("destination database is in use"), so that is waited
        for, up to RESTORE_WAIT seconds, and a failure leaves the next setup to retry."""
        from django.db import connections

        self.dirty.update(aliases)
        for alias in aliases:
            connection = connections[alias]
            connection.ensure_connection()
            deadline = time.monotonic() + RESTORE_WAIT
            # The live server's threads share this connection (SQLite's in-memory database
            # has one): a request still in its transaction ends it first.
            while connection.in_atomic_block and time.monotonic() < deadline:
                time.sleep(0.02)
            if connection.in_atomic_block:
                raise RuntimeError(f"a transaction is still open on {alias!r} after the test")
            sequences = _sequences(connection.connection)
            while True:
                try:
                    self.copies[alias].backup(connection.connection)
                    break
                except sqlite3.OperationalError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
            # Ids go on from where the test left them, as after a flush: a row of the next
            # test never gets the id of one of this test's, which something kept in the
            # process (a cache, a memo by primary key) could still hold.
            with connection.connection:
                connection.connection.executemany(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?",
                    [(seq, name) for name, seq in sequences.items()],
                )
                connection.connection.executemany(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS"
                    " (SELECT 1 FROM sqlite_sequence WHERE name = ?)",
                    [(name, seq, name) for name, seq in sequences.items()],
                )
            self.dirty.discard(alias)
            settle(connection)


def settle(connection) -> None:
    """Back in autocommit, as the test's own connection is between tests.

    A live-server request that ended its transaction while the database was being written
    back could not go back to autocommit (the write held the database), and left the
    shared connection outside any transaction with autocommit off: the next test's
    `on_commit` then failed ("manual transaction management"). Django's flush never wrote
    over a request that way; the restore waits for a request's transaction, and this puts
    autocommit back should one end while the copy is written."""
    if not connection.in_atomic_block:
        connection.needs_rollback = False
        if not connection.get_autocommit():
            connection.set_autocommit(True)


def _sequences(database: sqlite3.Connection) -> dict[str, int]:
    return dict(database.execute("SELECT name, seq FROM sqlite_sequence").fetchall())


def _migrate_or_copy(creation, copy: Path):
    migrate = creation.create_test_db

    def create_test_db(verbosity=1, autoclobber=False, serialize=True, keepdb=False):
        if keepdb:
            return migrate(verbosity, autoclobber, serialize, keepdb)
        with (copy.parent / "lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not copy.exists():
                kept = _kept_from_last_run()
                if kept is not None and kept.exists():
                    shutil.copyfile(kept, copy)  # and restored below, checked as any copy
                else:
                    name = migrate(verbosity, autoclobber, serialize, keepdb)
                    _save(creation.connection, copy)
                    if kept is not None:
                        _keep_for_next_run(copy, kept)
                    return name
        return _restore(creation, copy, verbosity, serialize)

    return create_test_db


def _kept_from_last_run() -> Path | None:
    """Where this run's migrated database is kept between runs (None: not kept)."""
    if os.environ.get("TESTS_DB_CACHE") == "0":
        return None
    from django.apps import apps
    from django.conf import settings

    base = Path(settings.BASE_DIR)
    # Our apps: those of the checkout, not of its virtualenv (inside it, as .venv/).
    ours = [
        Path(app.path)
        for app in apps.get_app_configs()
        if Path(app.path).is_relative_to(base) and not Path(app.path).is_relative_to(sys.prefix)
    ]
    return base / ".venv" / "lms-test-db" / f"{migrated_key(base, ours)}.sqlite3"


def migrated_key(base: Path, folders) -> str:
    """What a migrated database depends on: Python, SQLite, the installed distributions,
    and every file in ``folders`` (paths relative to ``base``) but tests and bytecode."""
    key = hashlib.sha256(f"{sys.version} {sqlite3.sqlite_version}".encode())
    for name, version in sorted(
        (dist.metadata["Name"] or "", dist.version) for dist in importlib.metadata.distributions()
    ):
        key.update(f"{name}=={version}\n".encode())
    for folder in sorted(folders):
        for path in sorted(folder.rglob("*")):
            parts = path.relative_to(folder).parts
            if "tests" in parts or "__pycache__" in parts or not path.is_file():
                continue
            key.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes())
    return key.hexdigest()[:24]


def _keep_for_next_run(copy: Path, kept: Path) -> None:
    kept.parent.mkdir(parents=True, exist_ok=True)
    for older in kept.parent.glob("*.sqlite3"):  # one is enough: the last run's
        older.unlink(missing_ok=True)
    partial = kept.with_suffix(".partial")
    shutil.copyfile(copy, partial)
    partial.replace(kept)


def _save(connection, copy: Path) -> None:
    partial = copy.with_suffix(".partial")
    target = sqlite3.connect(partial)
    connection.connection.backup(target)
    target.close()
    partial.replace(copy)  # whole or absent, for the workers waiting on the lock


def _restore(creation, copy: Path, verbosity: int, serialize: bool) -> str:
    """create_test_db with the copy in place of migrate (Django 5.2's steps, in order)."""
    from django.apps import apps
    from django.conf import settings
    from django.core.management import call_command
    from django.core.management.sql import emit_post_migrate_signal

    connection = creation.connection
    name = creation._create_test_db(verbosity, autoclobber=True, keepdb=False)
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    source.backup(connection.connection)
    source.close()
    # 0.6 s, and the check 0.5 s, against 20 s for a migrate.
    emit_post_migrate_signal(max(verbosity - 1, 0), False, connection.alias, apps=apps, plan=[])
    if problems := unmigrated(connection):
        raise RuntimeError(f"the copy of the migrated test database ({copy}): {problems}")
    if serialize:
        connection._test_serialized_contents = creation.serialize_db_to_string()
    call_command("createcachetable", database=connection.alias)
    connection.ensure_connection()
    return name


def unmigrated(connection) -> list[str]:
    """What a fully migrated database has and this one lacks (in this process too)."""
    from django.apps import apps
    from django.contrib.auth.management import _get_all_permissions
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db.migrations.executor import MigrationExecutor
    from django.db.models.signals import post_save

    from wagtail.models import Page
    from wagtail.signal_handlers import update_reference_index_on_save

    loader = MigrationExecutor(connection).loader
    # Squashed migrations (Wagtail's) are recorded with those they replace.
    replaced = {key for squash in loader.replacements.values() for key in squash.replaces}
    applied = set(loader.applied_migrations)
    problems = [f"not applied: {key}" for key in sorted(set(loader.graph.nodes) - applied)]
    problems += [
        f"applied, not on disk: {key}"
        for key in sorted(applied - set(loader.graph.nodes) - replaced)
    ]
    models = apps.get_models()
    types = set(ContentType.objects.values_list("app_label", "model"))
    problems += [
        f"no content type: {m._meta.label}"
        for m in models
        if (m._meta.app_label, m._meta.model_name) not in types
    ]
    # The permissions post_migrate gives each model (Django's own list of them).
    permissions = set(Permission.objects.values_list("content_type__app_label", "codename"))
    problems += [
        f"no permission: {m._meta.app_label}.{codename}"
        for m in models
        for codename, _ in _get_all_permissions(m._meta)
        if (m._meta.app_label, codename) not in permissions
    ]
    # Wagtail disconnects this receiver in pre_migrate and connects it again in post_migrate
    # (wagtail/signal_handlers.py); disconnect() says whether it was connected.
    if post_save.disconnect(update_reference_index_on_save, sender=Page):
        post_save.connect(update_reference_index_on_save, sender=Page)
    else:
        problems.append("Wagtail's reference index does not follow page saves")
    return problems
