"""What the reports do besides reading: queue a background report (answer sharing)."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from organisation.models import Unit
from reports.models import AnswerSharingRun
from reports.tasks import answer_sharing_run

#: A run still waiting or running after this long is taken for lost (a worker that died)
#: and no longer stops a new one.
RUN_LOST_AFTER = timedelta(hours=1)


@transaction.atomic
def answer_sharing_request(
    *, user, scope: Unit, unit: Unit, quiz=None, date_from=None, date_to=None
) -> AnswerSharingRun:
    """Queue a run of the answer-sharing report over `unit`, which must be inside
    `scope` (the requester's); a run already waiting or running with the same choices is
    returned instead of a second one (a double click, two coordinators at once)."""
    if not scope.contains(unit):
        raise PermissionDenied
    choices = {"unit": unit, "quiz": quiz, "date_from": date_from, "date_to": date_to}
    # Locks the unit's row, so that two requests at once queue one run.
    Unit.objects.select_for_update().filter(pk=unit.pk).first()
    running = AnswerSharingRun.objects.filter(
        status__in=[AnswerSharingRun.Status.QUEUED, AnswerSharingRun.Status.RUNNING],
        created_at__gte=timezone.now() - RUN_LOST_AFTER,
        **choices,
    ).first()
    if running is not None:
        return running
    run = AnswerSharingRun.objects.create(requested_by=user, **choices)
    transaction.on_commit(lambda: answer_sharing_run.enqueue(run_id=run.pk))
    return run
