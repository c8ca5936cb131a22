"""The leaders and teams report: active leaders per unit and level (counted where they
live), their teams, members and the teams short of ten (the page lists the first
`TEAMS_SHORT_SHOWN`; the exports hold them all)."""

from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from certificates.models import Leadership
from organisation.models import Team, Unit
from reports.filters import Filters
from reports.report import Report, drill, fetch_all, unit_rows
from reports.tables import Column, Table, bar_chart

TEAMS_SHORT_SHOWN = 100
NO_LEADERS = {"leaders": 0, **{level.value: 0 for level in Unit.Level}}
NO_TEAMS = {"teams": 0, "members": 0, "short": 0}


@dataclass
class LeaderRows:
    # {unit below the filtered one (its id): leaders, and leaders at each level}
    leaders: dict
    # {the same unit: teams, members, teams short of ten}
    teams: dict
    # The teams short of ten, fewest members first (not run yet: the page shows the
    # first, exports all)
    short_teams: QuerySet


def team_sizes_by_unit(filters: Filters) -> dict:
    """{unit id: teams, members, teams short of ten}: sizes counted by a join in a
    derived table, then summed per unit (a correlated count per team is slower). One query."""
    sized = (
        Team.objects.filter(filters.volunteer_q("leader__"))
        .values("pk", home_unit=F(filters.child_field("leader__")))
        .annotate(size=Count("members"))
        .order_by()
    )
    sub_sql, sub_params = sized.query.sql_with_params()
    sql = (
        "SELECT t.home_unit, COUNT(*), COALESCE(SUM(t.size), 0), "  # noqa: S608
        f"SUM(CASE WHEN t.size < {int(Team.MAX_MEMBERS)} THEN 1 ELSE 0 END) "
        f"FROM ({sub_sql}) t GROUP BY t.home_unit"
    )
    return {
        unit: {"teams": count, "members": int(members), "short": int(short or 0)}
        for unit, count, members, short in fetch_all(sql, sub_params)
    }


def leader_rows(filters: Filters) -> LeaderRows:
    """Active leaders promoted in the period and the teams of leaders in the unit, per
    unit below it: 2 queries (and the short teams when they are read)."""
    child = filters.child_field("volunteer__")
    leaders = {
        row.pop(child): row
        for row in Leadership.objects.active()
        .filter(filters.volunteer_q("volunteer__"), filters.period_q("promoted_at"))
        .values(child)
        .annotate(
            leaders=Count("pk"),
            **{level.value: Count("pk", filter=Q(level=level)) for level in Unit.Level},
        )
        .order_by()
    }
    short_teams = (
        Team.objects.filter(filters.volunteer_q("leader__"))
        .annotate(size=Count("members"))
        .filter(size__lt=Team.MAX_MEMBERS)
        .select_related("leader__district")
        .order_by("size", "pk")
    )
    return LeaderRows(leaders, team_sizes_by_unit(filters), short_teams)


def _row(name: str, leaders: dict, teams: dict) -> list:
    return [
        name,
        leaders["leaders"],
        *[leaders[level.value] for level in Unit.Level],
        teams["teams"],
        teams["members"] or 0,
        teams["short"],
    ]


def leader_report(filters: Filters) -> Report:
    """Active leaders per unit and level, their teams, and the teams short of ten: 3 queries
    (and one for the short teams' list)."""
    rows = leader_rows(filters)
    table = Table(
        "leaders",
        _("Leaders and teams"),
        [
            Column("unit", _("Unit")),
            Column("leaders", _("Leaders"), "number"),
            *[
                Column(level.value, _("%(level)s level") % {"level": level.label}, "number")
                for level in Unit.Level
            ],
            Column("teams", _("Teams"), "number"),
            Column("members", _("Members"), "number"),
            Column("short", _("Teams short of ten"), "number"),
        ],
        note=_("Leaders counted where they live; promotions in the date range."),
    )
    total_l = {key: sum(v[key] for v in rows.leaders.values()) for key in NO_LEADERS}
    total_t = {key: sum((v[key] or 0) for v in rows.teams.values()) for key in NO_TEAMS}
    table.add(_row(filters.unit.name, total_l, total_t), total=True)
    chart_items = []
    for unit, leaders in unit_rows(filters, rows.leaders, NO_LEADERS):
        teams = rows.teams.get(unit.pk, NO_TEAMS)
        table.add(_row(unit.name, leaders, teams), link=drill("reports_leaders", filters, unit))
        chart_items.append((unit.name, leaders["leaders"]))
    short_table = Table(
        "teams_short",
        _("Teams short of ten"),
        [
            Column("leader", _("Leader")),
            Column("district", _("District")),
            Column("members", _("Members"), "number"),
        ],
        personal=True,
    )
    if chart_items:
        chart = bar_chart(
            _("Leaders per unit"),
            _("Active leaders living in each unit of %(unit)s.") % {"unit": filters.unit.name},
            chart_items,
        )
    else:
        chart = bar_chart(
            _("Leaders in %(unit)s") % {"unit": filters.unit.name},
            _("Active leaders living in %(unit)s, by the level they lead at.")
            % {"unit": filters.unit.name},
            [(level.label, total_l[level.value]) for level in Unit.Level],
        )
    return Report([table, short_table], [chart], short_teams=rows.short_teams)


def fill_short_teams(table: Table, teams, limit: int | None):
    """The short teams' rows, each linked to the team's screen: the first `limit`, or
    all of them streamed (an export)."""
    rows = teams[:limit] if limit else teams.iterator(chunk_size=2000)
    for team in rows:
        url = reverse("teams:detail", args=[team.pk])
        district = team.leader.district
        table.add([team.leader.name_en, district.name if district else "", team.size], link=url)
