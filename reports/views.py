"""The reports in the Wagtail admin. Every view starts from the user's scope
(organisation.permissions.scope_of) and the permission reports.view_reports: filters and
exports can narrow it, never widen it. Users with reports.view_course_reports (the trainer
groups) who do not see their unit's reports see the course and quiz reports (numbers
only, no one's personal data) for the whole organisation."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from audit.downloads import PersonalDataDownload, download_response
from audit.models import AccessRecord
from organisation.models import Unit
from organisation.permissions import request_scope, scope_of
from organisation.selectors import national_unit
from reports import exports
from reports.certificates import certificate_report
from reports.courses import course_report
from reports.filters import ReportFilterForm
from reports.funnel import funnel_report
from reports.item_analysis import item_report
from reports.leaders import TEAMS_SHORT_SHOWN, fill_short_teams, leader_report
from reports.quizzes import quiz_report

REPORTS = {
    "funnel": (_("Funnel"), funnel_report, False),
    "courses": (_("Courses"), course_report, True),
    "quizzes": (_("Quizzes"), quiz_report, True),
    "items": (_("Item analysis"), item_report, True),
    "leaders": (_("Leaders and teams"), leader_report, False),
    "certificates": (_("Certificates"), certificate_report, False),
}
COURSE_REPORTS = {"courses", "quizzes", "items"}
VIEW_REPORTS = "reports.view_reports"
VIEW_COURSE_REPORTS = "reports.view_course_reports"
DESCRIPTIONS = {
    "funnel": _("Signed up → screened → in training → trained → leader, with conversion rates."),
    "courses": _("Completion rates, median time to complete, and where trainees stop."),
    "quizzes": _("Score distribution, pass rate and the questions most often answered wrong."),
    "items": _(
        "Per quiz question: how many get it right, whether it tells strong trainees from "
        "weak ones, how often each option is chosen, and the questions to look at."
    ),
    "leaders": _("Leaders per unit, their teams and the teams short of ten."),
    "certificates": _("Certificates issued, being generated, failed and revoked."),
}


def sees_course_reports(user) -> bool:
    """The course and quiz reports of the whole organisation: the trainer groups hold
    this permission (reports/migrations/0002), an administrator may give it to others."""
    return user.has_perm(VIEW_COURSE_REPORTS)


def sees_unit_reports(user) -> bool:
    """Every report, for the unit the user coordinates (the Coordinators group holds the
    permission: reports/migrations/0003)."""
    return scope_of(user) is not None and user.has_perm(VIEW_REPORTS)


def reports_for(user) -> list[str]:
    """The reports this user may open."""
    if sees_unit_reports(user):
        return list(REPORTS)
    if sees_course_reports(user):
        return [key for key, (_label, _builder, national) in REPORTS.items() if national]
    return []


def report_scope(request, key: str) -> Unit:
    """The unit the report may show: the user's scope (organisation.permissions, which
    refuses a user without one or without reports.view_reports), or the whole
    organisation for the course and quiz reports to those who may see them so."""
    user = request.user
    if REPORTS[key][2] and not sees_unit_reports(user) and sees_course_reports(user):
        return national_unit()
    return request_scope(request, VIEW_REPORTS)


def index(request):
    keys = reports_for(request.user)
    if not keys:
        raise PermissionDenied
    return TemplateResponse(
        request,
        "reports/index.html",
        {
            "scope": scope_of(request.user) if sees_unit_reports(request.user) else national_unit(),
            "reports": [(key, REPORTS[key][0], DESCRIPTIONS[key]) for key in keys],
            # Stored and run in the background, with trainees' names: coordinators only.
            "answer_sharing": sees_unit_reports(request.user),
        },
    )


def report(request, key: str):
    if key not in REPORTS:
        raise Http404
    scope = report_scope(request, key)
    label, build, _trainers = REPORTS[key]
    form = ReportFilterForm(
        request.GET if any(name in request.GET for name in ReportFilterForm.base_fields) else None,
        scope=scope,
    )
    if key not in COURSE_REPORTS:
        del form.fields["course"]  # the other reports count people, not courses
    filters = form.filters()
    result = build(filters)
    export = request.GET.get("export")
    if export:
        table = result.table(request.GET.get("table", ""))
        if table is None or export not in ("csv", "xlsx"):
            raise Http404
        if table.key == "teams_short":
            fill_short_teams(table, result.short_teams, limit=None)
        name = exports.filename(key, table, filters.unit.code, export)
        write = exports.csv_response if export == "csv" else exports.xlsx_response
        if not table.personal:
            return write(table, name)
        download = PersonalDataDownload(
            respond=lambda: write(table, name), rows=len(table.rows), unit_id=filters.unit.pk
        )
        return download_response(request, AccessRecord.Action.REPORT_EXPORT, download)
    if result.short_teams is not None:
        table = result.table("teams_short")
        fill_short_teams(table, result.short_teams, limit=TEAMS_SHORT_SHOWN)
        if len(table.rows) == TEAMS_SHORT_SHOWN:
            table.note = _("The first %(n)s, fewest members first; the exports hold them all.") % {
                "n": TEAMS_SHORT_SHOWN
            }
    return TemplateResponse(
        request,
        "reports/report.html",
        {
            "key": key,
            "title": label,
            "scope": scope,
            "filters": filters,
            "form": form,
            "report": result,
            "query": urlencode(filters.querystring()),
            "tabs": [(k, REPORTS[k][0]) for k in reports_for(request.user)],
        },
    )
