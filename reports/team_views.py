"""The trainee site's page for teams (/<lang>/my-team/): a leader's team and its
progress, a member's leader, and each volunteer's consent to share their contact."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from organisation.models import VolunteerProfile
from reports.team import STUCK_AFTER_DAYS, led_team, member_of, team_progress


class ContactConsentForm(forms.ModelForm):
    class Meta:
        model = VolunteerProfile
        fields = ["share_contact_with_team"]


@login_required
def my_team(request):
    """Only the team the user leads or belongs to: there is no team id to change in
    the address."""
    profile = VolunteerProfile.objects.filter(user=request.user).first()
    consent_form = None
    if profile is not None:
        # A POST without the box ticked is empty, and still an answer: "no".
        data = request.POST if request.method == "POST" else None
        consent_form = ContactConsentForm(data, instance=profile)
        if request.method == "POST" and consent_form.is_valid():
            consent_form.save()
            messages.success(request, _("Your choice is saved."))
            return redirect("my_team")
    team = led_team(request.user)
    members = team_progress(team) if team else []
    return TemplateResponse(
        request,
        "reports/my_team.html",
        {
            "team": team,
            "members": members,
            "membership": member_of(request.user),
            "consent_form": consent_form,
            "stuck_count": sum(1 for member in members if member.stuck),
            "stuck_after": STUCK_AFTER_DAYS,
        },
    )
