"""The coordinator's actions on one certificate: issue, revoke, re-issue (batches:
certificates/batch_views.py)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from certificates import issuing
from certificates.models import Certificate, Leadership
from lms.errors import ApplicationError
from organisation.permissions import scope_required, volunteer_policy


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=500)


def _leadership_in_scope(scope, leadership_id) -> Leadership:
    volunteers = volunteer_policy.instances_in(scope)
    return get_object_or_404(
        Leadership.objects.filter(volunteer__in=volunteers).select_related("volunteer"),
        pk=leadership_id,
    )


def _certificate_in_scope(scope, certificate_id) -> Certificate:
    volunteers = volunteer_policy.instances_in(scope)
    return get_object_or_404(
        Certificate.objects.filter(leadership__volunteer__in=volunteers).select_related(
            "leadership"
        ),
        pk=certificate_id,
    )


def _errors(error) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@require_POST
@scope_required()
def certificate_issue(request, leadership_id):
    scope = request.scope
    leadership = _leadership_in_scope(scope, leadership_id)
    try:
        certificate = issuing.certificate_issue(leadership=leadership, issued_by=request.user)
    except (ValidationError, ApplicationError) as error:
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
    return redirect("volunteers:detail", leadership.volunteer_id)


@require_POST
@scope_required()
def certificate_revoke(request, certificate_id):
    scope = request.scope
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
        except (ValidationError, ApplicationError) as error:
            messages.error(request, _errors(error))
    return redirect("volunteers:detail", certificate.leadership.volunteer_id)


@require_POST
@scope_required()
def certificate_reissue(request, certificate_id):
    scope = request.scope
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
        except (ValidationError, ApplicationError) as error:
            messages.error(request, _errors(error))
    return redirect("volunteers:detail", certificate.leadership.volunteer_id)
