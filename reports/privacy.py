"""What the reports hold about a person, for the registry of personal data
(privacy.registry): the answer-sharing runs a coordinator started, and the clusters that
list a trainee's attempts. Item analysis's summary holds sums per district, not people;
an erasure queues its refresh all the same, so it never lags the sittings."""

from django.db import transaction

from courses.models import QuizAttempt
from privacy.registry import Holding, Provider, Subject, register
from reports.item_summary_schedule import item_summary_changed
from reports.models import AnswerSharingCluster

COORDINATORS = "Coordinators of the unit the run covers; administrators."


@register
class ReportsProvider(Provider):
    order = 250  # before courses and the account: it reads the person's attempts
    holdings = (
        Holding("reports.AnswerSharingRun", ("requested_by",),
                "Who started an answer-sharing run, over which unit and quiz, when.",
                "Knowing who looked; the report's list of runs.",
                "Kept; the account it points to is pseudonymised.", who=COORDINATORS),
        Holding("reports.AnswerSharingCluster", ("attempts", "evidence"),
                "Attempts the answer-sharing report found answered together (which "
                "attempts, when, the shared wrong answers), for review only.",
                "Coordinators' review of possible answer sharing; never a penalty.",
                "The person's attempts are taken out of every cluster; a cluster left with "
                "none is deleted.", who=COORDINATORS),
    )  # fmt: skip

    def erase(self, subjects: list[Subject]) -> None:
        # Item analysis's summary follows the sittings as the providers leave them (today
        # their choices are kept for the counts, essay texts blanked): count it again.
        transaction.on_commit(item_summary_changed)
        attempts = set(
            QuizAttempt.objects.filter(user_id__in=[s.user_id for s in subjects]).values_list(
                "pk", flat=True
            )
        )
        if not attempts:
            return
        for cluster in AnswerSharingCluster.objects.only("attempts"):
            kept = [pk for pk in cluster.attempts if pk not in attempts]
            if len(kept) == len(cluster.attempts):
                continue
            if not kept:
                cluster.delete()
            else:
                cluster.attempts = kept
                cluster.save(update_fields=["attempts"])
