"""The certificates report: certificates issued, being generated, failed and revoked,
and the active leaders still without one, per unit."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext as _

from certificates.models import Certificate, Leadership
from reports.filters import Filters
from reports.report import Report, drill, unit_rows
from reports.tables import Column, Table, bar_chart

STATUSES = [
    Certificate.Status.ISSUED,
    Certificate.Status.GENERATING,
    Certificate.Status.ERROR,
    Certificate.Status.REVOKED,
]
NO_CERTIFICATES = {status.value: 0 for status in Certificate.Status}


@dataclass
class CertificateRows:
    # {unit below the filtered one (its id): {status: certificates}}
    certificates: dict
    # {the same unit: active leaders without a current certificate}
    awaiting: dict


def certificate_rows(filters: Filters) -> CertificateRows:
    """Certificates created in the period by status, and leaders promoted in it still
    without one, per unit below the filtered one: 2 queries."""
    child = filters.child_field("leadership__volunteer__")
    certificates = {
        row.pop(child): row
        for row in Certificate.objects.filter(
            filters.volunteer_q("leadership__volunteer__"), filters.period_q("created_at")
        )
        .values(child)
        .annotate(
            **{status.value: Count("pk", filter=Q(status=status)) for status in Certificate.Status}
        )
        .order_by()
    }
    leader_child = filters.child_field("volunteer__")
    awaiting = dict(
        Leadership.objects.active()
        .filter(filters.volunteer_q("volunteer__"), filters.period_q("promoted_at"))
        .filter(
            ~Exists(
                Certificate.objects.filter(
                    leadership_id=OuterRef("pk"), status__in=Certificate.CURRENT
                )
            )
        )
        .values(leader_child)
        .annotate(n=Count("pk"))
        .values_list(leader_child, "n")
        .order_by()
    )
    return CertificateRows(certificates, awaiting)


def certificate_report(filters: Filters) -> Report:
    """Certificates issued, being generated, failed and revoked, and active leaders
    still without one, per unit: 2 queries."""
    rows = certificate_rows(filters)
    table = Table(
        "certificates",
        _("Certificates"),
        [
            Column("unit", _("Unit")),
            *[Column(status.value, str(status.label), "number") for status in STATUSES],
            Column("awaiting", _("Leaders without a certificate"), "number"),
        ],
        note=_("Certificates created in the date range; leaders promoted in it."),
    )
    total = {key: sum(v[key] for v in rows.certificates.values()) for key in NO_CERTIFICATES}
    awaiting = sum(rows.awaiting.values())
    table.add([filters.unit.name, *[total[s.value] for s in STATUSES], awaiting], total=True)
    for unit, values in unit_rows(filters, rows.certificates, NO_CERTIFICATES):
        table.add(
            [unit.name, *[values[s.value] for s in STATUSES], rows.awaiting.get(unit.pk, 0)],
            link=drill("reports_certificates", filters, unit),
        )
    chart = bar_chart(
        _("Certificates in %(unit)s") % {"unit": filters.unit.name},
        _("Certificates by status, and leaders still waiting for one."),
        [
            *[(s.label, total[s.value]) for s in STATUSES],
            (_("Leaders without a certificate"), awaiting),
        ],
    )
    return Report([table], [chart])
