"""Forms of the Teams of ten screens; every choice is limited to the team's unit."""

from django import forms
from django.db.models import Case, Q, When
from django.utils.translation import gettext_lazy as _

from organisation.models import Stage, VolunteerProfile
from organisation.phones import normalise_phone


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
