"""Background tasks of the outbox (django-tasks; the backend is a setting)."""

from django_tasks import task

from messaging import outbox


@task()
def outbox_send(*, ids: list[int]) -> int:
    """Send those of these messages that are due and free; safe to run twice."""
    return outbox.outbox_send_ids(ids)
