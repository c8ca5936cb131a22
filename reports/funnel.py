"""The funnel report: signed up → screened → in training → trained → leader, counts
and the conversion from each stage to the next, for the unit and each unit below it."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from organisation.models import FUNNEL, Stage, VolunteerProfile
from reports.filters import Filters
from reports.report import Report, drill, unit_rows
from reports.tables import Column, Table, bar_chart, rate

FUNNEL_RATES = [
    (Stage.SCREENED, Stage.SIGNED_UP),
    (Stage.IN_TRAINING, Stage.SCREENED),
    (Stage.TRAINED, Stage.IN_TRAINING),
    (Stage.LEADER, Stage.TRAINED),
]


def funnel_rows(filters: Filters) -> dict:
    """{unit below the filtered one (its id): {stage: volunteers at that stage now}}:
    one query."""
    child = filters.child_field()
    return {
        row.pop(child): row
        for row in VolunteerProfile.objects.filter(
            filters.volunteer_q(), filters.period_q("created_at")
        )
        .values(child)
        .annotate(**{stage.value: Count("pk", filter=Q(stage=stage)) for stage in Stage})
        .order_by()
    }


def funnel_counts(at_stage: dict) -> dict:
    """Everyone counted at every stage they passed, as organisation.selectors.pipeline_counts
    does."""
    counts = {}
    for index, stage in enumerate(FUNNEL):
        counts[stage.value] = sum(at_stage.get(later.value, 0) for later in FUNNEL[index:])
    counts[Stage.SIGNED_UP.value] += at_stage.get(Stage.NOT_SELECTED.value, 0)
    counts[Stage.NOT_SELECTED.value] = at_stage.get(Stage.NOT_SELECTED.value, 0)
    return counts


def _row(name: str, counts: dict) -> list:
    return [
        name,
        *[counts[stage.value] for stage in FUNNEL],
        counts[Stage.NOT_SELECTED.value],
        *[rate(counts[later.value], counts[earlier.value]) for later, earlier in FUNNEL_RATES],
        rate(counts[Stage.LEADER.value], counts[Stage.SIGNED_UP.value]),
    ]


def funnel_report(filters: Filters) -> Report:
    """Counts at each stage and the conversion from one stage to the next: one query."""
    grouped = funnel_rows(filters)
    table = Table(
        "funnel",
        _("Funnel"),
        [
            Column("unit", _("Unit")),
            *[Column(stage.value, str(stage.label), "number") for stage in FUNNEL],
            Column("not_selected", _("Not selected"), "number"),
            *[
                Column(f"{later.value}_rate", f"{later.label} / {earlier.label}", "percent")
                for later, earlier in FUNNEL_RATES
            ],
            Column("leader_rate", _("Leaders / signed up"), "percent"),
        ],
        note=_(
            "Each stage counts everyone who reached it: a leader was also signed up, "
            "screened, in training and trained."
        ),
    )
    total = funnel_counts(
        {stage.value: sum(v[stage.value] for v in grouped.values()) for stage in Stage}
    )
    table.add(_row(filters.unit.name, total), total=True)
    per_child = []
    for unit, values in unit_rows(filters, grouped, {}):
        counts = funnel_counts(values)
        table.add(_row(unit.name, counts), link=drill("reports_funnel", filters, unit))
        per_child.append((unit.name, rate(counts["trained"], counts["signed_up"])))
    charts = [
        bar_chart(
            _("Funnel of %(unit)s") % {"unit": filters.unit.name},
            _("Volunteers who reached each stage, from sign-up to leader."),
            [(stage.label, total[stage.value]) for stage in FUNNEL],
        )
    ]
    if per_child:
        charts.append(
            bar_chart(
                _("Trained, per cent of sign-ups"),
                _(
                    "For each unit of %(unit)s, the share of volunteers who signed up and "
                    "finished training."
                )
                % {"unit": filters.unit.name},
                per_child,
                suffix=" %",
                maximum=100,
            )
        )
    return Report([table], charts)
