"""The trail is append-only: not in the Django admin, no add/edit/delete screen, the
model refuses changes, and on PostgreSQL a trigger refuses UPDATE and DELETE from anyone."""

import pytest

from django.contrib import admin
from django.db import DatabaseError, connection, transaction
from django.urls import NoReverseMatch, reverse

from audit.models import AccessRecord, TrailIsAppendOnly
from organisation.tests.factories import unit


@pytest.fixture
def record(people):
    return AccessRecord.objects.create(
        actor=people["district"], scope=unit("in-mp-indore"), action="volunteer_view"
    )


def test_the_model_refuses_to_change_or_delete_a_row(record):
    record.purpose = "rewritten"
    with pytest.raises(TrailIsAppendOnly):
        record.save()
    with pytest.raises(TrailIsAppendOnly):
        record.delete()
    with pytest.raises(TrailIsAppendOnly):
        AccessRecord.objects.filter(pk=record.pk).update(purpose="rewritten")
    with pytest.raises(TrailIsAppendOnly):
        AccessRecord.objects.all().delete()
    assert AccessRecord.objects.get(pk=record.pk).purpose == ""


@pytest.mark.postgres("the append-only trigger is PostgreSQL's")
def test_the_database_refuses_update_and_delete(record):
    table = AccessRecord._meta.db_table
    for sql in (f"UPDATE {table} SET purpose = 'x'", f"DELETE FROM {table}"):  # noqa: S608
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql)
    assert AccessRecord.objects.filter(pk=record.pk, purpose="").exists()


def test_erasing_the_actor_leaves_the_row_and_its_number(record, people):
    actor_id = people["district"].pk
    people["district"].coordinator.delete()
    people["district"].delete()
    kept = AccessRecord.objects.get(pk=record.pk)
    assert kept.actor_id == actor_id


def test_the_trail_is_in_no_admin_and_has_no_edit_screens(client, people, record):
    assert not admin.site.is_registered(AccessRecord)
    for name in ("add", "edit", "delete", "copy"):
        with pytest.raises(NoReverseMatch):
            reverse(f"audit_trail:{name}", args=[record.pk] if name != "add" else [])
    client.force_login(people["admin"])
    page = client.get(reverse("audit_trail:index")).content.decode()
    assert "/admin/audit-trail/add" not in page
    assert client.post(reverse("audit_trail:index")).status_code == 405
