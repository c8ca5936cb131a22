"""Spot the fake in the quiz report: how trainees do per manipulation type (an old picture
reused, an impostor source, a quote out of context, ...), from each counted answer's
record (courses.SpotAnswer, which keeps the manipulation type as it was asked).

Per quiz and type, over the finished attempts in the unit and period: answers, the
share with the right verdict, with all the deciding evidence found (wrong ticks taken
off), with full marks, and the mean credit. One query.
"""

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext as _

from courses.models import Manipulation, SpotAnswer
from reports.tables import Column, Table, rate


def spot_rows(attempts) -> list[dict]:
    """{quiz_id, manipulation, answers, verdict_right, evidence_found, full, mean} per
    quiz and manipulation type, over the attempts' answers: one query."""
    return list(
        SpotAnswer.objects.filter(sitting_id__in=attempts.values("sitting_id"))
        .values("sitting__quiz_id", "manipulation")
        .annotate(
            answers=Count("pk"),
            verdict_right=Count("pk", filter=Q(verdict_right=True)),
            evidence_found=Count("pk", filter=Q(evidence_found=1)),
            full=Count("pk", filter=Q(credit=1)),
            mean=Avg("credit"),
        )
        .order_by("sitting__quiz_id", "manipulation")
    )


def spot_table(quizzes: dict, attempts) -> Table:
    """The "spot the fake by manipulation type" table for the quizzes shown."""
    table = Table(
        "spot_the_fake",
        _("Spot the fake: results by manipulation type"),
        [
            Column("quiz", _("Quiz")),
            Column("manipulation", _("Manipulation type")),
            Column("answers", _("Answers"), "number"),
            Column("verdict", _("Right verdict, per cent"), "percent"),
            Column("evidence", _("All deciding evidence found, per cent"), "percent"),
            Column("full", _("Full marks, per cent"), "percent"),
            Column("mean", _("Mean credit, per cent"), "percent"),
        ],
        note=_(
            "Each answer earns half a point for the right verdict and half for the "
            "evidence: the share of the deciding evidence ticked, each wrong tick taking "
            "a right one back, never below 0. A low share for one type shows the check "
            "trainees miss (dates, reverse image search, the original source)."
        ),
    )
    labels = dict(Manipulation.choices)
    for row in spot_rows(attempts):
        quiz = quizzes.get(row["sitting__quiz_id"])
        if quiz is None:
            continue
        answers = row["answers"]
        table.add(
            [
                quiz.title,
                str(labels.get(row["manipulation"], row["manipulation"])),
                answers,
                rate(row["verdict_right"], answers),
                rate(row["evidence_found"], answers),
                rate(row["full"], answers),
                None if row["mean"] is None else round(float(row["mean"]) * 100, 1),
            ]
        )
    return table
