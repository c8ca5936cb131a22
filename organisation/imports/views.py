"""Admin screens for volunteer imports and the volunteer export (URLs: admin.py).

Every view is guarded by organisation.permissions: a model permission, and the user's
scope (``request.scope``); each coordinator sees the imports and volunteers of their
unit only, and another unit's import is a 404.
"""

from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from audit.downloads import PersonalDataDownload, personal_data
from audit.models import AccessRecord
from lms.spreadsheets import CSV_CONTENT_TYPE, csv_chunks, csv_response
from organisation.imports.export import EXPORT_COLUMNS, export_rows
from organisation.imports.filters import VolunteerImportFilterSet
from organisation.imports.formats import COLUMNS, REQUIRED_COLUMNS, SAMPLE_ROWS
from organisation.imports.forms import VolunteerImportForm
from organisation.imports.invitations import invitation_counts
from organisation.imports.services import (
    volunteer_import_create,
    volunteer_import_is_stale,
    volunteer_import_resume,
)
from organisation.models import Stage, Unit, VolunteerImport
from organisation.permissions import scope_required, volunteer_import_policy, volunteer_policy

VIEW_IMPORTS = "organisation.view_volunteerimport"
ADD_IMPORTS = "organisation.add_volunteerimport"
#: The URL namespace of these screens (admin.VolunteerImportViewSet).
NAMESPACE = "volunteer_imports"


def _url(name: str, *args) -> str:
    return reverse(f"{NAMESPACE}:{name}", args=args)


def _import_in_scope(request, pk) -> VolunteerImport:
    return get_object_or_404(
        volunteer_import_policy.instances_in(request.scope).select_related("unit", "created_by"),
        pk=pk,
    )


def _uploaded(volunteer_import: VolunteerImport) -> str:
    # The date as the reader's language writes it, as on every other coordinator screen.
    return formats.date_format(
        timezone.localtime(volunteer_import.created_at), "SHORT_DATETIME_FORMAT"
    )


def _status_label(volunteer_import: VolunteerImport) -> str:
    label = volunteer_import.get_status_display()
    if volunteer_import.status == VolunteerImport.Status.RUNNING:
        return f"{label} {volunteer_import.percent}%"
    return label


@method_decorator(scope_required(VIEW_IMPORTS), name="dispatch")
class ImportIndexView(IndexView):
    """Past imports in the user's unit, with the upload form and the export above them."""

    model = VolunteerImport
    template_name = "organisation/imports/index.html"
    page_title = gettext_lazy("Import volunteers")
    header_icon = "upload"
    filterset_class = VolunteerImportFilterSet
    default_ordering = "-created_at"
    paginate_by = 50
    #: Shown again, bound, when an upload is refused (ImportCreateView).
    upload_form = None

    @property
    def columns(self):
        return [
            TitleColumn(
                "file_name",
                label=_("File"),
                get_url=lambda item: _url("detail", item.pk),
            ),
            Column("unit", label=_("Unit"), accessor=lambda item: item.unit.name),
            Column("created_by", label=_("By"), accessor=lambda item: item.created_by or "—"),
            Column("created_at", label=_("Uploaded"), accessor=_uploaded, sort_key="created_at"),
            Column("status", label=_("Status"), accessor=_status_label),
            Column("imported_count", label=_("Imported")),
            Column("skipped_count", label=_("Already registered")),
            Column("error_count", label=_("Errors")),
        ]

    def get_base_queryset(self):
        return volunteer_import_policy.instances_in(self.request.scope).select_related(
            "unit", "created_by"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["scope"] = self.request.scope
        context["form"] = self.upload_form or VolunteerImportForm()
        context["columns"] = COLUMNS
        context["required_columns"] = REQUIRED_COLUMNS
        context["stages"] = Stage.choices
        return context


@method_decorator(scope_required(ADD_IMPORTS), name="dispatch")
class ImportCreateView(ImportIndexView):
    """The upload form's target: the import is queued and its status page shown;
    a refused file shows the list again, the form with its errors."""

    def get(self, request, *args, **kwargs):
        return redirect(self.index_url_name)

    def post(self, request, *args, **kwargs):
        form = VolunteerImportForm(request.POST, request.FILES)
        if not form.is_valid():
            self.upload_form = form
            response = super().get(request, *args, **kwargs)
            response.status_code = 400
            return response
        volunteer_import = volunteer_import_create(
            uploaded_file=form.cleaned_data["file"],
            created_by=request.user,
            send_invitations=form.cleaned_data["send_invitations"],
            consent_record=form.cleaned_data["consent_record"],
            consent_channels=form.cleaned_data["consent_channels"],
        )
        messages.success(
            request,
            _("“%(name)s” is uploaded; the import runs in the background.")
            % {"name": volunteer_import.file_name},
        )
        return redirect(_url("detail", volunteer_import.pk))


@method_decorator(scope_required(VIEW_IMPORTS), name="dispatch")
class ImportDetailView(WagtailAdminTemplateMixin, TemplateView):
    """An import's status: progress (polled from status.json), counts, first errors."""

    template_name = "organisation/imports/detail.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.object = _import_in_scope(request, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Import of %(name)s") % {"name": self.object.file_name}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": _url("index"), "label": _("Import volunteers")},
            {"url": "", "label": self.object.file_name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["can_resume"] = volunteer_import_is_stale(self.object)
        context["status_url"] = _url("status", self.object.pk)
        if self.object.send_invitations:
            context["invitations"] = invitation_counts(self.object)
        return context


def _status(volunteer_import: VolunteerImport) -> dict:
    return {
        "status": volunteer_import.status,
        "status_label": volunteer_import.get_status_display(),
        "finished": volunteer_import.is_finished,
        "percent": volunteer_import.percent,
        "rows": volunteer_import.rows_read,
        "line": volunteer_import.checkpoint_line,
        "imported": volunteer_import.imported_count,
        "skipped": volunteer_import.skipped_count,
        "errors": volunteer_import.error_count,
        "message": volunteer_import.message,
    }


@scope_required(VIEW_IMPORTS)
def import_status(request, pk):
    """JSON for the status page's progress bar."""
    volunteer_import = _import_in_scope(request, pk)
    response = JsonResponse(_status(volunteer_import))
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@scope_required(ADD_IMPORTS)
def import_resume(request, pk):
    volunteer_import = _import_in_scope(request, pk)
    if volunteer_import_resume(volunteer_import=volunteer_import):
        messages.success(
            request,
            _("The import continues after line %(line)d.")
            % {"line": volunteer_import.checkpoint_line},
        )
    else:
        messages.warning(request, _("This import is still running or finished."))
    return redirect(_url("detail", pk))


@personal_data(AccessRecord.Action.IMPORT_ERRORS, object_kwarg="pk")
@scope_required(VIEW_IMPORTS)
def import_error_report(request, pk):
    """The rows an import refused, as uploaded (names, numbers): a download of personal
    data, in the audit trail."""
    volunteer_import = _import_in_scope(request, pk)
    if not volunteer_import.error_report:
        raise Http404(_("This import has no error report."))
    stem = volunteer_import.file_name.rsplit(".", 1)[0]
    return PersonalDataDownload(
        respond=lambda: FileResponse(
            volunteer_import.error_report.open("rb"),
            as_attachment=True,
            filename=f"{stem}-errors.csv",
            content_type=CSV_CONTENT_TYPE,
        ),
        rows=volunteer_import.error_count,
        unit_id=volunteer_import.unit_id,
    )


@scope_required(VIEW_IMPORTS)
def import_template(request):
    """The template: the header and example rows."""
    content = b"".join(csv_chunks(COLUMNS, SAMPLE_ROWS))
    response = HttpResponse(content, content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="volunteers-template.csv"'
    return response


@personal_data(AccessRecord.Action.VOLUNTEER_EXPORT)
@scope_required("organisation.view_volunteerprofile")
def volunteers_export(request):
    """The volunteers in the user's scope as CSV (the import's columns and stage), through
    the audit trail's gate (a purpose for a long list, a limit per coordinator).

    Optional filters: `unit` (a unit id inside the scope), `stage`.
    """
    scope = request.scope
    volunteers = volunteer_policy.instances_in(scope)
    unit = scope
    if request.GET.get("unit"):
        try:
            unit_id = int(request.GET["unit"])
        except ValueError:
            return HttpResponseBadRequest(_("unit must be a unit id"))
        unit = get_object_or_404(Unit.objects.within(scope), pk=unit_id)
        volunteers = volunteers.in_unit(unit)
    stage = request.GET.get("stage", "")
    if stage:
        if stage not in Stage.values:
            return HttpResponseBadRequest(_("unknown stage"))
        volunteers = volunteers.filter(stage=stage)
    name = "-".join(
        part
        for part in ("volunteers", unit.code, stage, f"{timezone.localdate():%Y-%m-%d}")
        if part
    )
    return PersonalDataDownload(
        respond=lambda: csv_response(f"{name}.csv", EXPORT_COLUMNS, export_rows(volunteers)),
        rows=volunteers.count(),
        unit_id=unit.pk,
    )
