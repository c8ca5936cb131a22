"""A list page's row commits without waiting for the disk, for its own transaction only:
the connection's other work keeps PostgreSQL's synchronous commit."""

import pytest

from django.db import connection
from django.test import RequestFactory

from audit.models import AccessRecord
from audit.recording import access_record
from organisation.tests.factories import unit

pytestmark = [
    pytest.mark.postgres("synchronous_commit is PostgreSQL's"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def synchronous_commit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        return cursor.fetchone()[0]


def test_a_list_rows_commit_leaves_the_connection_synchronous(people):
    request = RequestFactory().get("/admin/volunteers/", {"stage": "trained"})
    request.user, request.scope = people["district"], unit("in-mp-indore")
    assert not connection.in_atomic_block
    record = access_record(request=request, action="volunteer_list", row_count=2, durable=False)
    assert AccessRecord.objects.filter(pk=record.pk, filters={"stage": "trained"}).exists()
    assert synchronous_commit() == "on"
