"""The database a test runs on is fully migrated, in every xdist worker.

On SQLite, the first worker migrates and the others copy its database
(testing/database.py, which checks each copy the same way): this fails if the database
of the worker that runs it missed a migration, a content type or a permission, or if what
migrate does to the process was not done again after a copy."""

import pytest

from django.db import connection

from testing.database import migrated_key, unmigrated


@pytest.mark.django_db
def test_the_test_database_is_fully_migrated():
    assert unmigrated(connection) == []


def _state():
    """What migrate made and a test could change: rows, ids, a page's title, a table; and
    the id the next user gets."""
    from django.contrib.auth.models import Group, Permission, User
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    state = {
        "groups": sorted(Group.objects.values_list("pk", "name")),
        "content types": ContentType.objects.count(),
        "permissions": Permission.objects.count(),
        "pages": sorted(Page.objects.values_list("pk", "path", "title")),
        "tables": sorted(connection.introspection.table_names()),
    }
    state["next user"] = User.objects.create(username="next").pk
    return state


def _commit(work):
    """Runs ``work`` as pytest-django runs a committing test, and returns what it returns."""
    from django.test import TransactionTestCase

    class Committing(TransactionTestCase):
        serialized_rollback = True

    Committing.setUpClass()
    case = Committing(methodName="__init__")
    case._pre_setup()
    try:
        return work()
    finally:
        case._post_teardown()
        Committing.tearDownClass()


def _change():
    from django.contrib.auth.models import Group, User

    from wagtail.models import Page

    User.objects.create(username="committed")
    Group.objects.order_by("pk").first().delete()
    Page.objects.filter(depth=1).update(title="changed")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE left_behind (id integer)")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_committing_test_leaves_the_database_as_the_next_one_must_find_it():
    """On SQLite the copy is written back (testing/database.py's `Pristine`); on PostgreSQL
    Django flushes and the next test loads migrate's rows: either way the next committing
    test starts where the one before started, but for ids, which go on growing: a row is
    never given the id of an earlier test's row, which a cache in the process could hold."""
    before = _commit(_state)
    _commit(_change)
    after = _commit(_state)
    if connection.vendor != "sqlite":  # a flush leaves a table no migration made
        after["tables"].remove("left_behind")
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE left_behind")
    assert after.pop("next user") > before.pop("next user")
    assert after == before


def test_the_kept_database_is_kept_under_what_migrate_depends_on(tmp_path):
    """A file of an app changed, added or renamed is another key (a migration, the data it
    loads, a receiver); its tests and bytecode are not."""
    app = tmp_path / "app"
    (app / "migrations").mkdir(parents=True)
    (app / "migrations" / "0001_initial.py").write_text("operations = []\n")
    (app / "units.csv").write_text("code,name\n")
    keys = [migrated_key(tmp_path, [app])]

    def changed(path, text):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        keys.append(migrated_key(tmp_path, [app]))
        return keys[-1] != keys[-2]

    assert not changed(app / "tests" / "test_app.py", "def test(): pass\n")
    assert not changed(app / "__pycache__" / "units.cpython-311.pyc", "bytecode")
    assert changed(app / "migrations" / "0001_initial.py", "operations = [1]\n")
    assert changed(app / "units.csv", "code,name\nUP,Uttar Pradesh\n")
    assert changed(app / "migrations" / "0002_more.py", "operations = []\n")
    (app / "migrations" / "0002_more.py").rename(app / "migrations" / "0002_renamed.py")
    assert migrated_key(tmp_path, [app]) != keys[-1]
