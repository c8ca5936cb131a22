"""What every report shares: the `Report` a builder returns, the median aggregate,
the rows for the units below the filtered one, a drill-down link to a unit, and the
one way a report runs the SQL that the ORM cannot write.

Each report has its own module (`funnel`, `courses`, `quizzes`, `leaders`,
`certificates`) with a query function returning plain rows and a builder turning
them into tables and charts. Rows stand for the filtered unit (its total first) and
each unit below it: states for the nation, districts for a state.
"""

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Aggregate
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from organisation.models import Unit
from reports.filters import Filters
from reports.tables import Chart, Table


@dataclass
class Report:
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    # The teams short of ten, a queryset: the page shows the first, exports all.
    short_teams: object = None
    # When figures counted in the background were counted (the page says how long ago);
    # None when they were counted for this page.
    counted_at: datetime | None = None

    def table(self, key: str) -> Table | None:
        return next((table for table in self.tables if table.key == key), None)

    def counted_note(self, now: datetime | None = None) -> str:
        """How old figures counted in the background are, for the page; "" when the
        figures were counted for this page."""
        if self.counted_at is None:
            return ""
        return _(
            "These figures were counted %(age)s (%(time)s), in the background: answers "
            "given since then are counted at the next refresh, within minutes. A cohort or "
            "date filter counts the answers now."
        ) % {
            "age": age_in_words(self.counted_at, now),
            "time": date_format(timezone.localtime(self.counted_at), "DATETIME_FORMAT"),
        }


def age_in_words(when: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 minutes ago", "3 hours ago", "2 days ago", in the reader's language
    (Django's own `timesince` has no Hindi)."""
    seconds = max(0, ((now or timezone.now()) - when).total_seconds())
    if seconds < 60:
        return _("just now")
    minutes = int(seconds // 60)
    if minutes < 120:
        return ngettext("%(n)s minute ago", "%(n)s minutes ago", minutes) % {"n": minutes}
    hours = minutes // 60
    if hours < 48:
        return ngettext("%(n)s hour ago", "%(n)s hours ago", hours) % {"n": hours}
    days = hours // 24
    return ngettext("%(n)s day ago", "%(n)s days ago", days) % {"n": days}


class Median(Aggregate):
    """The median: PERCENTILE_CONT on PostgreSQL, our REPORTS_MEDIAN on SQLite (apps.py)."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            function="REPORTS_MEDIAN",
            template="%(function)s(%(expressions)s)",
            **extra_context,
        )


def unit_rows(filters: Filters, grouped: dict, empty) -> list[tuple[Unit, object]]:
    """(unit, values) for each unit below the filtered one, by name, `empty` for a
    unit with nothing counted; none below a district. Volunteers whose district is
    unknown have no row here and still count in the total (summed over `grouped`)."""
    if filters.child_level is None:
        return []
    return [(unit, grouped.get(unit.pk, empty)) for unit in filters.children()]


def drill(url_name: str, filters: Filters, unit: Unit) -> str | None:
    """The same report, with the same filters, for `unit`; none for the district shown."""
    if unit.level == Unit.Level.DISTRICT and filters.unit == unit:
        return None
    query = {**filters.querystring(), "unit": unit.pk}
    return reverse(url_name) + "?" + urlencode(query)


def fetch_all(sql: str, params) -> list[tuple]:
    """The rows of one raw query (a derived table or a join the ORM cannot express)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
