"""The evaluation as a background task, queued by the watchdog (reminders.receivers)."""

from django_tasks import task

from reminders.evaluation import rules_evaluate


@task()
def reminders_evaluate() -> dict[str, int]:
    return rules_evaluate()
