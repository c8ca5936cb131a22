"""Forms of the coordinator's screens; every choice is limited to the user's scope."""

from django import forms
from django.db.models import Case, Q, When
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from organisation.forms import UnitChoiceField
from organisation.models import Screening, Stage, Unit, VolunteerProfile
from organisation.phones import normalise_phone
from organisation.selectors import units_in_scope


def canonical_courses():
    return CoursePage.objects.live().canonical().order_by("path")


class VolunteerFilterForm(forms.Form):
    PROGRESS_CHOICES = [
        ("", _("Any progress")),
        ("not_enrolled", _("Not enrolled")),
        ("enrolled", _("Enrolled, not complete")),
        ("complete", _("Complete")),
    ]

    q = forms.CharField(label=_("Name or mobile number"), required=False)
    unit = UnitChoiceField(
        label=_("Unit"), queryset=Unit.objects.none(), required=False, empty_label=_("All")
    )
    stage = forms.ChoiceField(
        label=_("Stage"), choices=[("", _("Any stage")), *Stage.choices], required=False
    )
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        required=False,
        empty_label=_("Any course"),
    )
    progress = forms.ChoiceField(
        label=_("Course progress"),
        choices=PROGRESS_CHOICES,
        required=False,
        help_text=_("Progress in the course chosen, or in any course when none is chosen."),
    )
    eligible = forms.ChoiceField(
        label=_("Eligible to lead"),
        choices=[("", _("Any")), ("yes", _("Eligible")), ("no", _("Not eligible"))],
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = (
            units_in_scope(user)
            .exclude(level=Unit.Level.NATIONAL)
            .select_related("parent")
            .order_by("parent__name_en", "level", "name_en")
        )
        self.fields["course"].queryset = canonical_courses()


class BulkActionForm(forms.Form):
    ACTIONS = [
        ("screen", _("Record as screened and selected for training")),
        ("enrol", _("Enrol in the course chosen below")),
        ("promote_district", _("Promote the eligible to district leaders of their district")),
    ]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False
    )
    notes = forms.CharField(
        label=_("Screening notes"),
        required=False,
        max_length=1000,
        help_text=_("Recorded for each volunteer screened."),
    )
    volunteers = forms.ModelMultipleChoiceField(
        queryset=VolunteerProfile.objects.none(), widget=forms.MultipleHiddenInput
    )

    def __init__(self, *args, volunteers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = canonical_courses()
        # Ids outside the user's scope are invalid choices, not silently acted on.
        self.fields["volunteers"].queryset = volunteers

    def clean(self):
        data = super().clean()
        if data.get("action") == "enrol" and not data.get("course"):
            self.add_error("course", _("Choose the course to enrol them in."))
        return data


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


class PromoteForm(forms.Form):
    unit = UnitChoiceField(label=_("Leader of"), queryset=Unit.objects.none(), empty_label=None)

    def __init__(self, *args, user, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        # The volunteer's district, its state and the nation, as far as the
        # coordinator's scope reaches.
        district = volunteer.district
        candidates = Q(pk=district.pk) | Q(pk=district.parent_id) | Q(level=Unit.Level.NATIONAL)
        self.fields["unit"].queryset = (
            units_in_scope(user)
            .filter(candidates)
            .select_related("parent")
            # The district first: most promotions are to district leader.
            .order_by(
                Case(
                    When(level=Unit.Level.DISTRICT, then=0),
                    When(level=Unit.Level.STATE, then=1),
                    default=2,
                )
            )
            if district
            else Unit.objects.none()
        )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the promotion revoked?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class TeamMemberAddForm(forms.Form):
    """Add by mobile number, or pick a volunteer found by name (TeamMemberFindForm):
    a state may have thousands of volunteers to choose from, and the mobile number
    is optional at sign-up."""

    phone = forms.CharField(
        label=_("Mobile number of the volunteer to add"), max_length=20, required=False
    )
    volunteer = forms.ModelChoiceField(
        queryset=VolunteerProfile.objects.none(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        # An id from outside the team's unit is an invalid choice, never added.
        self.fields["volunteer"].queryset = VolunteerProfile.objects.in_unit(team.unit)

    def clean_phone(self):
        if not self.cleaned_data["phone"].strip():
            return ""
        phone = normalise_phone(self.cleaned_data["phone"])
        volunteer = VolunteerProfile.objects.in_unit(self.team.unit).filter(phone=phone).first()
        if volunteer is None:
            raise forms.ValidationError(
                _("No volunteer with this mobile number in %(unit)s.") % {"unit": self.team.unit}
            )
        self.cleaned_data["volunteer_by_phone"] = volunteer
        return phone

    def clean(self):
        data = super().clean()
        if not self.errors:
            data["volunteer"] = data.get("volunteer") or data.get("volunteer_by_phone")
            if data["volunteer"] is None:
                raise forms.ValidationError(
                    _("Give the mobile number of the volunteer to add, or find them by name.")
                )
        return data


class TeamMemberFindForm(forms.Form):
    """Find volunteers who could join a team by name, in English or Hindi."""

    MAX_SHOWN = 20

    find = forms.CharField(label=_("Find by name"), max_length=150, required=False)

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team

    def candidates(self):
        """Volunteers of the team's unit matching the name who can join a team:
        not leaders and in no team yet, those who finished training first."""
        if not self.is_valid() or not self.cleaned_data["find"].strip():
            return None
        text = self.cleaned_data["find"].strip()
        return (
            VolunteerProfile.objects.in_unit(self.team.unit)
            .filter(Q(name_en__icontains=text) | Q(name_hi__icontains=text))
            .exclude(stage=Stage.LEADER)
            .filter(team_membership__isnull=True)
            .select_related("district")
            .order_by(Case(When(stage=Stage.TRAINED, then=0), default=1), "name_en", "pk")[
                : self.MAX_SHOWN
            ]
        )
