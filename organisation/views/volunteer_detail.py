"""One volunteer, as a coordinator sees them: panels side by side, and the screening.

The page is made of panels (Wagtail components), in `order`: the organisation's own
(profile, screening, history) and those other apps add with the
``construct_volunteer_detail_panels`` hook, ``fn(request, volunteer, panels)`` — as
Wagtail's dashboard takes ``construct_homepage_panels`` (certificates: leadership and
certificates; courses: the volunteer's courses).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.ui.components import Component

from audit.downloads import personal_data
from audit.models import AccessRecord
from organisation import services
from organisation.models import Screening, VolunteerProfile
from organisation.permissions import scope_required, volunteer_policy
from organisation.views.volunteer_list import CHANGE_VOLUNTEERS, VIEW_VOLUNTEERS


def volunteer_in_scope(request, volunteer_id: int) -> VolunteerProfile:
    """The volunteer, or a 404 when they are outside the user's scope."""
    return get_object_or_404(
        volunteer_policy.instances_in(request.scope).select_related(
            "district__parent", "user", "team_membership__team__leader"
        ),
        pk=volunteer_id,
    )


class VolunteerPanel(Component):
    """A section of the volunteer's page; `order` places it (lower first)."""

    order = 100

    def __init__(self, request, volunteer: VolunteerProfile):
        self.request = request
        self.volunteer = volunteer

    def get_context_data(self, parent_context=None):
        return {"volunteer": self.volunteer}

    def render_html(self, parent_context=None):
        # With the request: the panels' forms need its CSRF token.
        return render_to_string(
            self.template_name, self.get_context_data(parent_context), request=self.request
        )


class ScreeningForm(forms.ModelForm):
    class Meta:
        model = Screening
        fields = ["decision", "notes"]
        widgets = {"decision": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The decision is the coordinator's to make: two choices, none ticked, and no
        # "---------" (a model field with choices and no default offers a blank one).
        self.fields["decision"].choices = Screening.Decision.choices


class ProfilePanel(VolunteerPanel):
    order = 10
    template_name = "organisation/volunteers/panels/profile.html"


class ScreeningPanel(VolunteerPanel):
    order = 50
    template_name = "organisation/volunteers/panels/screening.html"

    def get_context_data(self, parent_context=None):
        return {
            "volunteer": self.volunteer,
            "screenings": self.volunteer.screenings.select_related("interviewed_by"),
            "can_be_screened": services.volunteer_can_be_screened(self.volunteer),
            "screening_form": ScreeningForm(),
        }


class HistoryPanel(VolunteerPanel):
    order = 60
    template_name = "organisation/volunteers/panels/history.html"

    def get_context_data(self, parent_context=None):
        changes = self.volunteer.stage_changes.select_related("changed_by")
        return {
            "volunteer": self.volunteer,
            "history": [(change, stage_note(change.note)) for change in changes],
        }


def stage_note(note: str) -> str:
    """A stage change's note in the reader's language.

    Notes the apps write themselves are stored in English and translated here; an app
    whose notes carry values (certificates: "Promoted to … of Indore.") translates
    them with the ``translate_stage_note`` hook, ``fn(note) -> str | None``. A
    coordinator's own words have no translation and are shown as written.
    """
    if not note:
        return note
    for translate in hooks.get_hooks("translate_stage_note"):
        translated = translate(note)
        if translated is not None:
            return translated
    return gettext(note)


@personal_data(
    AccessRecord.Action.VOLUNTEER_VIEW,
    object_kwarg="volunteer_id",
    unit_of=lambda response: response.context_data["volunteer"].district_id,
)
@scope_required(VIEW_VOLUNTEERS)
def volunteer_detail(request, volunteer_id):
    volunteer = volunteer_in_scope(request, volunteer_id)
    panels = [
        ProfilePanel(request, volunteer),
        ScreeningPanel(request, volunteer),
        HistoryPanel(request, volunteer),
    ]
    for construct in hooks.get_hooks("construct_volunteer_detail_panels"):
        construct(request, volunteer, panels)
    panels.sort(key=lambda panel: panel.order)
    return TemplateResponse(
        request,
        "organisation/volunteers/detail.html",
        {"volunteer": volunteer, "panels": panels},
    )


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def volunteer_screen(request, volunteer_id):
    volunteer = volunteer_in_scope(request, volunteer_id)
    form = ScreeningForm(request.POST)
    if form.is_valid():
        try:
            services.volunteer_screen(
                volunteer=volunteer,
                interviewed_by=request.user,
                notes=form.cleaned_data["notes"],
                decision=form.cleaned_data["decision"],
            )
            messages.success(request, _("Screening recorded."))
        except services.OrganisationError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, _("Give a decision and the interview notes."))
    return redirect("volunteers:detail", volunteer.pk)
