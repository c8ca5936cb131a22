"""Promotion to leader and its revocation, from a volunteer's page in the admin
(the forms of certificates' leadership panel, certificates/volunteer_admin.py)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates import services
from certificates.leadership_forms import PromoteForm, RevokeForm
from certificates.models import Leadership
from organisation.permissions import scope_required, volunteer_policy
from organisation.services import OrganisationError
from organisation.views.volunteer_detail import volunteer_in_scope

CHANGE_VOLUNTEERS = "organisation.change_volunteerprofile"


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def volunteer_promote(request, volunteer_id):
    volunteer = volunteer_in_scope(request, volunteer_id)
    form = PromoteForm(request.POST, user=request.user, volunteer=volunteer)
    if not form.is_valid():
        messages.error(request, _("Choose a unit inside your scope."))
        return redirect("volunteers:detail", volunteer.pk)
    try:
        leadership = services.leadership_promote(
            volunteer=volunteer, unit=form.cleaned_data["unit"], promoted_by=request.user
        )
    except services.PromotionRefused as error:
        messages.error(
            request,
            _("Not promoted: %(reasons)s") % {"reasons": " ".join(error.reasons)},
        )
    else:
        messages.success(request, _("Promoted: %(leadership)s.") % {"leadership": leadership})
    return redirect("volunteers:detail", volunteer.pk)


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def leadership_revoke(request, leadership_id):
    leadership = get_object_or_404(
        Leadership.objects.filter(volunteer__in=volunteer_policy.instances_in(request.scope)),
        pk=leadership_id,
    )
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the promotion is revoked."))
    else:
        try:
            services.leadership_revoke(
                leadership=leadership, revoked_by=request.user, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("Promotion revoked; the team's members are free again."))
        except OrganisationError as error:
            messages.error(request, error.message)
    return redirect("volunteers:detail", leadership.volunteer_id)
