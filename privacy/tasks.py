"""Background tasks of the privacy app (django-tasks; the backend is a setting)."""

from django_tasks import task

from privacy import erasure, retention


@task()
def erasures_process() -> int:
    """Carry out the erasure requests that are due; safe to run twice or in parallel."""
    return erasure.erasures_process_due()


@task()
def retention_run() -> dict[str, int]:
    """Warn the people the retention policy will erase, and erase those warned long enough."""
    return retention.retention_apply()
