"""Background jobs of the reports, run by whichever TASKS backend is configured."""

from datetime import datetime

from django_tasks import task

from reports import answer_sharing, digest_sending, item_summary


@task()
def answer_sharing_run(*, run_id: int) -> int:
    """Find a run's answer-sharing clusters (reports.answer_sharing); safe to run twice."""
    return answer_sharing.answer_sharing_analyse(run_id=run_id)


@task()
def coordinator_digests_send(*, week: str) -> dict:
    """Record the week's digest of every coordinator (reports.digest_sending); safe to run twice."""
    return digest_sending.digests_send(week=week)


@task()
def item_summary_refresh(*, requested_at: str | None = None) -> dict:
    """Count item analysis's summary again (reports.item_summary), unless it was counted
    at or after `requested_at` (ISO time); safe to run twice."""
    when = datetime.fromisoformat(requested_at) if requested_at else None
    return item_summary.item_summary_refresh(requested_at=when)
