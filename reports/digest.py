"""The coordinator's weekly digest: only what needs action in their unit, each figure
taken from the report that shows it (so the two never disagree) and linked to the admin
screen, filtered, where the coordinator acts on it (figure; screen):

- screening backlog: the funnel's volunteers now at "signed up"; the volunteers,
  stage "signed up";
- where most trainees stop: the course report's lesson with the most "stopped before
  it"; the volunteers, that course and "stopped before lesson" (courses' filter);
- teams short of ten: the leaders report's "teams short of ten"; the teams of ten;
- certificates failed: the certificates report's "error"; the volunteers, certificate
  "failed" (certificates' filter);
- leaders waiting for a certificate: the certificates report's "leaders without a
  certificate"; the certificate batches, where a batch for them starts;
- eligible, not promoted: certificates.selectors.eligible_filter (no report shows it);
  the volunteers, "eligible".

A team always has a leader here (a revoked leader's team is disbanded:
certificates.services.leadership_revoke), so there is no "team without a leader" line.
The digest counts the unit's present state (no date range): the reports opened without
filters show the same figures.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

from certificates.selectors import eligible_filter
from organisation.models import Stage, Unit, VolunteerProfile
from reports.certificates import certificate_rows
from reports.courses import lesson_rows
from reports.filters import Filters
from reports.funnel import funnel_rows
from reports.leaders import team_sizes_by_unit

#: The lines in the order the digest shows them.
LINES = (
    "screening",
    "stopped",
    "teams_short",
    "certificates_failed",
    "certificates_waiting",
    "eligible",
)


@dataclass(frozen=True)
class DigestLine:
    key: str
    count: int
    #: The admin screen, filtered (a path: the e-mail makes it absolute).
    url: str
    #: What the line names besides its figure (the course and lesson pages where trainees
    #: stop, and the lesson's number).
    detail: dict = field(default_factory=dict)


@dataclass
class Digest:
    unit: Unit
    lines: list[DigestLine]

    def __bool__(self) -> bool:
        return bool(self.lines)

    def line(self, key: str) -> DigestLine | None:
        return next((line for line in self.lines if line.key == key), None)


def _url(name: str, **query) -> str:
    return reverse(name) + ("?" + urlencode(query) if query else "")


def _most_stopped(filters: Filters) -> tuple[int, dict] | None:
    """(trainees, what) of the lesson where most trainees stopped, across the courses."""
    courses = filters.courses()
    rows = lesson_rows(filters, courses)
    best = None
    for course in courses:
        for number, lesson in enumerate(rows.lessons.get(course.path, []), start=1):
            stopped = rows.stopped.get((course.pk, number - 1), 0)
            if stopped and (best is None or stopped > best[0]):
                best = (
                    stopped,
                    {"course": course, "lesson": lesson, "number": number},
                )
    return best


def coordinator_digest(unit: Unit) -> Digest:
    """What needs action in `unit` this week; the lines with nothing to do are left out.
    Eight queries whatever the unit's size."""
    filters = Filters(scope=unit, unit=unit)
    lines = []
    at_stage = funnel_rows(filters)
    backlog = sum(row[Stage.SIGNED_UP.value] for row in at_stage.values())
    lines.append(DigestLine("screening", backlog, _url("volunteers:index", stage="signed_up")))

    stopped = _most_stopped(filters)
    if stopped:
        count, what = stopped
        url = _url("volunteers:index", course=what["course"].pk, stopped_before=what["number"])
        # The pages, not their titles: the message names them in its reader's language.
        detail = {"course": what["course"], "lesson": what["lesson"], "number": what["number"]}
        lines.append(DigestLine("stopped", count, url, detail))

    short = sum(row["short"] for row in team_sizes_by_unit(filters).values())
    lines.append(DigestLine("teams_short", short, _url("teams:index")))

    certificates = certificate_rows(filters)
    failed = sum(row["error"] for row in certificates.certificates.values())
    lines.append(
        DigestLine("certificates_failed", failed, _url("volunteers:index", certificate="error"))
    )
    waiting = sum(certificates.awaiting.values())
    lines.append(DigestLine("certificates_waiting", waiting, _url("certificate_batches:index")))

    eligible = VolunteerProfile.objects.in_unit(unit).filter(eligible_filter()).count()
    lines.append(DigestLine("eligible", eligible, _url("volunteers:index", eligible="yes")))
    return Digest(unit, [line for line in lines if line.count])
