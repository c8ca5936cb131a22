"""The coordinator's certificate screens: issue, revoke, re-issue, and batches."""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from certificates import issuing
from certificates.coordinator_views import require_scope
from certificates.models import Certificate, CertificateBatch, Leadership
from certificates.selectors import leaderships_without_certificate
from lms.errors import ApplicationError
from lms.storage import private_storage
from organisation.forms import UnitChoiceField
from organisation.models import Unit, VolunteerProfile
from organisation.selectors import units_in_scope

#: A batch with certificates still generating and no progress for this long
#: has lost its worker: the coordinator may resume it.
STALE_AFTER = timedelta(minutes=5)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=500)


class BatchForm(forms.Form):
    unit = UnitChoiceField(
        label=gettext_lazy("Unit"), queryset=Unit.objects.none(), empty_label=None
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = (
            units_in_scope(user).select_related("parent").order_by("level", "name_en")
        )


def _leadership_in_scope(scope, leadership_id) -> Leadership:
    return get_object_or_404(
        Leadership.objects.filter(
            volunteer__in=VolunteerProfile.objects.in_unit(scope)
        ).select_related("volunteer"),
        pk=leadership_id,
    )


def _certificate_in_scope(scope, certificate_id) -> Certificate:
    return get_object_or_404(
        Certificate.objects.filter(
            leadership__volunteer__in=VolunteerProfile.objects.in_unit(scope)
        ).select_related("leadership"),
        pk=certificate_id,
    )


def _errors(error) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@require_POST
def certificate_issue(request, leadership_id):
    scope = require_scope(request)
    leadership = _leadership_in_scope(scope, leadership_id)
    try:
        certificate = issuing.certificate_issue(leadership=leadership, issued_by=request.user)
    except (ValidationError, ApplicationError, PermissionDenied) as error:
        messages.error(request, _errors(error))
    else:
        if certificate.status == Certificate.Status.ISSUED:
            messages.success(request, _("Certificate issued."))
        else:
            messages.error(
                request,
                _("The certificate could not be generated: %(error)s")
                % {"error": certificate.error},
            )
    return redirect("coordinator_volunteer", leadership.volunteer_id)


@require_POST
def certificate_revoke(request, certificate_id):
    scope = require_scope(request)
    certificate = _certificate_in_scope(scope, certificate_id)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the certificate is revoked."))
    else:
        try:
            issuing.certificate_revoke(
                certificate=certificate, revoked_by=request.user, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("Certificate revoked. Its verification page says so now."))
        except (ValidationError, ApplicationError, PermissionDenied) as error:
            messages.error(request, _errors(error))
    return redirect("coordinator_volunteer", certificate.leadership.volunteer_id)


@require_POST
def certificate_reissue(request, certificate_id):
    scope = require_scope(request)
    certificate = _certificate_in_scope(scope, certificate_id)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what was corrected."))
    else:
        try:
            issuing.certificate_reissue(
                certificate=certificate, issued_by=request.user, reason=form.cleaned_data["reason"]
            )
            messages.success(
                request, _("A corrected certificate was issued; the old one is revoked.")
            )
        except (ValidationError, ApplicationError, PermissionDenied) as error:
            messages.error(request, _errors(error))
    return redirect("coordinator_volunteer", certificate.leadership.volunteer_id)


# Batches ---------------------------------------------------------------------------------


def batches_in_scope(scope):
    return CertificateBatch.objects.filter(unit__in=Unit.objects.within(scope))


def batch_list(request):
    scope = require_scope(request)
    form = BatchForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        batch = issuing.certificate_batch_create(
            unit=form.cleaned_data["unit"], created_by=request.user
        )
        batch.refresh_from_db()  # a worker may be done already (or tasks run inline)
        if batch.total and batch.finished_at:
            messages.success(
                request,
                ngettext(
                    "%(count)d certificate generated.",
                    "%(count)d certificates generated.",
                    batch.done_count,
                )
                % {"count": batch.done_count},
            )
        elif batch.total:
            messages.success(
                request,
                ngettext(
                    "%(count)d certificate is being generated.",
                    "%(count)d certificates are being generated.",
                    batch.total,
                )
                % {"count": batch.total},
            )
        else:
            messages.info(request, _("Every leader in this unit already has a certificate."))
        return redirect("coordinator_certificate_batch", batch.pk)
    page = Paginator(batches_in_scope(scope).select_related("unit", "created_by"), 25).get_page(
        request.GET.get("p")
    )
    pending = leaderships_without_certificate(scope).count()
    return TemplateResponse(
        request,
        "certificates/coordinator/batch_list.html",
        {"form": form, "page": page, "pending": pending, "scope": scope},
    )


def _batch(request, batch_id) -> CertificateBatch:
    scope = require_scope(request)
    return get_object_or_404(batches_in_scope(scope).select_related("unit"), pk=batch_id)


def _is_stale(batch: CertificateBatch) -> bool:
    if batch.status != CertificateBatch.Status.RUNNING:
        return False
    latest = (
        batch.certificates.exclude(generated_at=None)
        .order_by("-generated_at")
        .values_list("generated_at", flat=True)
        .first()
        or batch.created_at
    )
    return timezone.now() - latest > STALE_AFTER


def batch_detail(request, batch_id):
    batch = _batch(request, batch_id)
    errors = batch.certificates.filter(status=Certificate.Status.ERROR).select_related(
        "leadership__volunteer"
    )[:50]
    return TemplateResponse(
        request,
        "certificates/coordinator/batch_detail.html",
        {"batch": batch, "errors": errors, "stale": _is_stale(batch)},
    )


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
def batch_resume(request, batch_id):
    batch = _batch(request, batch_id)
    issuing.certificate_batch_enqueue(batch)
    messages.success(request, _("The batch is queued again; certificates already issued are kept."))
    return redirect("coordinator_certificate_batch", batch.pk)


def batch_archive(request, batch_id):
    batch = _batch(request, batch_id)
    if not batch.archive:
        raise Http404
    return FileResponse(
        private_storage().open(batch.archive.name, "rb"),
        as_attachment=True,
        filename=f"certificates-{batch.unit.code}-{batch.pk}.zip",
        content_type="application/zip",
    )
