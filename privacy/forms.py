"""What a volunteer may correct about themselves, and the confirmation of an erasure."""

from django import forms
from django.utils.translation import gettext_lazy as _

from organisation.models import VolunteerProfile


class ProfileCorrectionForm(forms.ModelForm):
    """Name, skills and sharing; the mobile number is changed by signing in with the new
    one (it is the account's key), the district by a coordinator (it decides the scope)."""

    email = forms.EmailField(label=_("e-mail address"), required=False)

    class Meta:
        model = VolunteerProfile
        fields = ["name_en", "name_hi", "skills", "share_contact_with_team"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = self.instance.user.email

    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        if user.email != self.cleaned_data["email"]:
            user.email = self.cleaned_data["email"]
            user.save(update_fields=["email"])
        return profile


class ErasureConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand: my data will be erased and I will not be able to sign in again."),
        required=True,
    )
