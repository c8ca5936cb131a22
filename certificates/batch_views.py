"""The coordinator's certificate batches in the Wagtail admin, under ``certificate_batches:``.

The list is Wagtail's generic IndexView with a WagtailFilterSet (unit, status), limited
to the coordinator's scope, with the form that starts a batch for a unit above it. A
batch's page shows its progress and polls ``status`` (static/js/batch-progress.js) until
it is done; it offers the ZIP, and a resume when its worker seems to have stopped. A
batch outside the scope is a 404, as if it did not exist.
"""

from datetime import timedelta

import django_filters

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet

from audit.downloads import PersonalDataDownload, personal_data
from audit.models import AccessRecord
from certificates import emails, issuing
from certificates.models import Certificate, CertificateBatch
from certificates.selectors import leaderships_without_certificate
from lms.storage import private_storage
from organisation.admin_menu import CoordinatorMenuItem
from organisation.forms import UnitChoiceField
from organisation.models import Unit
from organisation.permissions import scope_required
from organisation.selectors import units_in_scope

#: A batch with certificates still generating and no progress for this long
#: has lost its worker: the coordinator may resume it.
STALE_AFTER = timedelta(minutes=5)


def batches_in_scope(scope: Unit):
    return CertificateBatch.objects.filter(unit__in=Unit.objects.within(scope))


class BatchForm(forms.Form):
    unit = UnitChoiceField(
        label=gettext_lazy("Unit"), queryset=Unit.objects.none(), empty_label=None
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = (
            units_in_scope(user).select_related("parent").order_by("level", "name_en")
        )


# The list ----------------------------------------------------------------------------------


def units_of_request(request):
    return units_in_scope(request.user).select_related("parent").order_by("level", "name_en")


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


class BatchFilterSet(WagtailFilterSet):
    unit = UnitFilter(
        label=gettext_lazy("Unit"),
        queryset=units_of_request,
        method="filter_unit",
        empty_label=gettext_lazy("All"),
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=CertificateBatch.Status.choices,
        empty_label=gettext_lazy("Any status"),
    )

    class Meta:
        model = CertificateBatch
        fields = []

    def filter_unit(self, queryset, name, unit):
        """Batches of the unit and of the units inside it."""
        return queryset.filter(unit__in=Unit.objects.within(unit))


def started(batch: CertificateBatch) -> str:
    return date_format(timezone.localtime(batch.created_at), "j M Y H:i")


def started_by(batch: CertificateBatch) -> str:
    user = batch.created_by
    return (user.get_full_name() or user.get_username()) if user else "—"


def progress(batch: CertificateBatch) -> str:
    text = f"{batch.done_count} / {batch.total}"
    if batch.error_count:
        errors = ngettext("%(count)s error", "%(count)s errors", batch.error_count)
        text += f" ({errors % {'count': batch.error_count}})"
    return text


@method_decorator(scope_required(), name="dispatch")
class BatchIndexView(IndexView):
    model = CertificateBatch
    template_name = "certificates/batches/index.html"
    results_template_name = "certificates/batches/index_results.html"
    index_url_name = "certificate_batches:index"
    index_results_url_name = "certificate_batches:index_results"
    filterset_class = BatchFilterSet
    page_title = gettext_lazy("Leadership certificates")
    header_icon = "doc-full"
    paginate_by = 25
    default_ordering = "-created_at"
    # Who may see the batches is the scope (scope_required), not a model permission.
    any_permission_required = None
    columns = [
        TitleColumn(
            "created_at",
            label=gettext_lazy("Started"),
            accessor=started,
            url_name="certificate_batches:detail",
        ),
        Column("unit", label=gettext_lazy("Unit"), accessor="unit.name"),
        Column("created_by", label=gettext_lazy("By"), accessor=started_by),
        Column("progress", label=gettext_lazy("Progress"), accessor=progress),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
    ]

    def get_base_queryset(self):
        return batches_in_scope(self.request.scope).select_related("unit", "created_by")

    def get_page_subtitle(self):
        return self.request.scope.name

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        # Its own ids: the filters' form beside it has a "unit" field too.
        context["form"] = BatchForm(user=self.request.user, auto_id="id_batch_%s")
        context["pending"] = leaderships_without_certificate(self.request.scope).count()
        return context


@require_POST
@scope_required()
def batch_create(request):
    form = BatchForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Choose a unit of yours."))
        return redirect("certificate_batches:index")
    batch = issuing.certificate_batch_create(
        unit=form.cleaned_data["unit"], created_by=request.user
    )
    batch.refresh_from_db()  # a worker may be done already (or tasks run inline)
    if batch.total and batch.finished_at:
        count = batch.done_count
        message = ngettext(
            "%(count)d certificate generated.", "%(count)d certificates generated.", count
        )
    elif batch.total:
        count = batch.total
        message = ngettext(
            "%(count)d certificate is being generated.",
            "%(count)d certificates are being generated.",
            count,
        )
    else:
        count, message = 0, _("Every leader in this unit already has a certificate.")
    (messages.success if count else messages.info)(request, message % {"count": count})
    return redirect("certificate_batches:detail", batch.pk)


# One batch ---------------------------------------------------------------------------------


def _batch(request, batch_id) -> CertificateBatch:
    return get_object_or_404(batches_in_scope(request.scope).select_related("unit"), pk=batch_id)


def _is_stale(batch: CertificateBatch) -> bool:
    if batch.status != CertificateBatch.Status.RUNNING:
        return False
    return timezone.now() - (batch.progress_at or batch.created_at) > STALE_AFTER


@scope_required()
def batch_detail(request, batch_id):
    batch = _batch(request, batch_id)
    errors = batch.certificates.filter(status=Certificate.Status.ERROR).select_related(
        "leadership__volunteer"
    )[:50]
    return TemplateResponse(
        request,
        "certificates/batches/detail.html",
        {
            "batch": batch,
            "errors": errors,
            "stale": _is_stale(batch),
            "emails": emails.batch_email_counts(batch.pk),
        },
    )


@require_POST
@scope_required()
def batch_emails_retry(request, batch_id):
    batch = _batch(request, batch_id)
    count = emails.batch_emails_retry(batch.pk)
    messages.success(
        request,
        ngettext(
            "%(count)d e-mail is queued to be sent again.",
            "%(count)d e-mails are queued to be sent again.",
            count,
        )
        % {"count": count},
    )
    return redirect("certificate_batches:detail", batch.pk)


@scope_required()
def batch_status(request, batch_id):
    """What the progress bar polls."""
    batch = _batch(request, batch_id)
    return JsonResponse(
        {
            "status": batch.status,
            "total": batch.total,
            "done": batch.done_count,
            "errors": batch.error_count,
            "percent": batch.percent,
            "finished": batch.status == CertificateBatch.Status.DONE,
        }
    )


@require_POST
@scope_required()
def batch_resume(request, batch_id):
    batch = _batch(request, batch_id)
    issuing.certificate_batch_enqueue(batch)
    messages.success(request, _("The batch is queued again; certificates already issued are kept."))
    return redirect("certificate_batches:detail", batch.pk)


@personal_data(AccessRecord.Action.CERTIFICATE_ARCHIVE, object_kwarg="batch_id")
@scope_required()
def batch_archive(request, batch_id):
    """The batch's certificates (names, units) in one ZIP: in the audit trail."""
    batch = _batch(request, batch_id)
    if not batch.archive:
        raise Http404
    return PersonalDataDownload(
        respond=lambda: FileResponse(
            private_storage().open(batch.archive.name, "rb"),
            as_attachment=True,
            filename=f"certificates-{batch.unit.code}-{batch.pk}.zip",
            content_type="application/zip",
        ),
        rows=batch.done_count,
        unit_id=batch.unit_id,
    )


class CertificateBatchViewSet(ViewSet):
    """/admin/certificates/batches/: the list (``certificate_batches:index``), starting a
    batch (``:add``), a batch (``:detail``), its progress (``:status``), ``:resume``,
    sending its failed e-mails again (``:emails_retry``) and its ZIP (``:archive``)."""

    name = "certificate_batches"
    url_prefix = "certificates/batches"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 165
    add_to_admin_menu = True
    menu_item_class = CoordinatorMenuItem

    def get_urlpatterns(self):
        return [
            path("", BatchIndexView.as_view(), name="index"),
            path("results/", BatchIndexView.as_view(results_only=True), name="index_results"),
            path("add/", batch_create, name="add"),
            path("<int:batch_id>/", batch_detail, name="detail"),
            path("<int:batch_id>/status/", batch_status, name="status"),
            path("<int:batch_id>/resume/", batch_resume, name="resume"),
            path("<int:batch_id>/emails/retry/", batch_emails_retry, name="emails_retry"),
            path("<int:batch_id>/zip/", batch_archive, name="archive"),
        ]


certificate_batch_viewset = CertificateBatchViewSet()
