"""What every look at, and every download of, volunteers' personal data goes through.

- `personal_data(action, ...)`: the decorator for a function view. It records a refusal
  (404: not found, or outside the coordinator's scope) and, for a page about one person,
  that it was shown; a view that hands out a file returns a `PersonalDataDownload`
  instead of a response, and the decorator puts it through `download_response`.
- `AuditedListingMixin`: the same for a Wagtail listing with ``list_export``: each page
  shown is recorded, each download goes through `download_response`.
- `download_response`: the gate. Beyond RATE_LIMITS["exports"] downloads per coordinator
  it refuses (429, recorded); beyond AUDIT_PURPOSE_ROWS rows it asks first why the
  list is needed (a form step before the file); then records and hands out the file.

Names no app (import-linter): organisation, certificates and reports all use it.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import wraps

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from audit.models import AccessRecord
from audit.recording import access_record
from lms.errors import OutOfScope
from lms.rate_limit import count_towards_limit, limit_used_up

Action = AccessRecord.Action
Outcome = AccessRecord.Outcome
RATE_LIMIT = "exports"


@dataclass(frozen=True)
class PersonalDataDownload:
    """A file of personal data a view would hand out: `respond()` makes it, `rows` is
    how many people (or records) it holds, `unit_id` whose they are."""

    respond: Callable[[], HttpResponse]
    rows: int
    unit_id: int | None = None
    object_id: int | None = None


class PurposeForm(forms.Form):
    purpose = forms.CharField(
        label=_("Why do you need this list?"),
        help_text=_("For example: “calling the trained volunteers of Indore for the June camp”."),
        min_length=10,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _rate_key(request: HttpRequest) -> str:
    return f"user:{request.user.pk}"


def too_many_downloads(request: HttpRequest) -> HttpResponse:
    limit, seconds = settings.RATE_LIMITS[RATE_LIMIT]
    minutes = max(1, seconds // 60)
    message = ngettext(
        "You have downloaded %(limit)d file of volunteers' data in %(minutes)d minutes, "
        "the most allowed. Please try again later; the download you asked for is "
        "recorded in the audit trail.",
        "You have downloaded %(limit)d files of volunteers' data in %(minutes)d minutes, "
        "the most allowed. Please try again later; the download you asked for is "
        "recorded in the audit trail.",
        limit,
    ) % {"limit": limit, "minutes": minutes}
    response = TemplateResponse(
        request, "audit/too_many_downloads.html", {"message": message}, status=429
    )
    response["Retry-After"] = str(seconds)
    return response


def download_response(request: HttpRequest, action: str, download: PersonalDataDownload):
    """The file, once the coordinator is within their limit and has said why they need a
    big list; every outcome but the question itself is recorded."""
    details = {
        "request": request,
        "action": action,
        "unit_id": download.unit_id,
        "object_id": download.object_id,
        "row_count": download.rows,
    }
    if limit_used_up(RATE_LIMIT, _rate_key(request)):
        access_record(outcome=Outcome.RATE_LIMITED, **details)
        return too_many_downloads(request)
    purpose = ""
    if download.rows > settings.AUDIT_PURPOSE_ROWS:
        form = PurposeForm(request.GET if "purpose" in request.GET else None)
        if not form.is_valid():
            hidden = [(k, v) for k, values in request.GET.lists() if k != "purpose" for v in values]
            context = {"form": form, "rows": download.rows, "hidden": hidden}
            context["threshold"] = settings.AUDIT_PURPOSE_ROWS
            return TemplateResponse(request, "audit/purpose.html", context)
        purpose = form.cleaned_data["purpose"]
    access_record(purpose=purpose, **details)
    count_towards_limit(RATE_LIMIT, _rate_key(request))
    response = download.respond()
    response["Cache-Control"] = "no-store"
    return response


def personal_data(
    action: str,
    *,
    object_kwarg: str | None = None,
    unit_of: Callable[[HttpResponse], int | None] | None = None,
):
    """For a function view of personal data (put it above ``scope_required``).

    A 404 from the view (not found, or outside the scope) is recorded as refused, with
    the number asked for (`object_kwarg`) and no unit, then raised again. A view that
    returns a `PersonalDataDownload` has it handed out by `download_response`. With
    `unit_of` (a page about one person), a page shown is recorded with the unit
    `unit_of(response)` names.
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            object_id = kwargs.get(object_kwarg) if object_kwarg else None
            try:
                result = view(request, *args, **kwargs)
            except (Http404, OutOfScope):
                access_record(
                    request=request, action=action, outcome=Outcome.REFUSED, object_id=object_id
                )
                raise
            if isinstance(result, PersonalDataDownload):
                if object_id is not None:
                    result = replace(result, object_id=object_id)
                return download_response(request, action, result)
            if unit_of is not None and result.status_code == 200:
                access_record(
                    request=request, action=action, unit_id=unit_of(result), object_id=object_id
                )
            return result

        return wrapper

    return decorator


class AuditedListingMixin:
    """For a Wagtail IndexView of volunteers, before its SpreadsheetExportMixin: every
    page shown is recorded (`list_action`, with its filters and how many matched, unless
    AUDIT_LISTS is off); every download (`export_action`) goes through the gate."""

    list_action: str = ""
    export_action: str = ""

    def audit_unit_id(self) -> int | None:
        """The unit whose volunteers are listed: the scope, unless a view narrows it."""
        return getattr(getattr(self.request, "scope", None), "pk", None)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        parent = super()
        download = PersonalDataDownload(
            respond=lambda: parent.as_spreadsheet(queryset, spreadsheet_format),
            rows=queryset.count(),
            unit_id=self.audit_unit_id(),
        )
        return download_response(self.request, self.export_action, download)

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)  # a download: the gate
        if settings.AUDIT_LISTS and not self.is_export:
            paginator = context.get("paginator")
            access_record(
                request=self.request,
                action=self.list_action,
                unit_id=self.audit_unit_id(),
                row_count=paginator.count if paginator is not None else None,
                durable=False,
            )
        return response
