"""Background tasks go through the django-tasks database backend and its worker."""

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command

from lms.tasks import email_send


# serialized_rollback: a transactional test empties the database at its end;
# this restores what migrations created (the home page, locales) for later tests.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_enqueued_email_is_sent_by_the_database_worker():
    result = email_send.using(backend="database").enqueue(
        subject="Welcome", message="Your training starts today.", recipient_list=["a@example.org"]
    )
    assert result.status == TaskResultStatus.READY
    assert mail.outbox == []  # nothing happens until a worker runs

    call_command("db_worker", "--backend=database", "--batch", "--no-startup-delay", verbosity=0)

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    assert [m.subject for m in mail.outbox] == ["Welcome"]
    assert mail.outbox[0].to == ["a@example.org"]
    assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.SUCCESSFUL
