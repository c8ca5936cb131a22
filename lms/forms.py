from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from lms.models import VolunteerProfile


class SignUpForm(UserCreationForm):
    """A volunteer's account and profile in one form."""

    name_en = forms.CharField(label=_("Your name (in English letters)"), max_length=150)
    name_hi = forms.CharField(
        label=_("Your name in Hindi (optional)"), max_length=150, required=False
    )
    phone = forms.CharField(
        label=_("Mobile number (optional)"),
        max_length=15,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail (optional, to reset a forgotten password)"), required=False
    )
    state = forms.CharField(label=_("State"), max_length=100, required=False)
    district = forms.CharField(label=_("District"), max_length=100, required=False)
    skills = forms.CharField(
        label=_("Skills (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example: writing, video editing, design, fact-checking."),
    )

    class Meta(UserCreationForm.Meta):
        fields = ("username",)

    def clean_phone(self):
        phone = self.cleaned_data["phone"].replace(" ", "").replace("-", "") or None
        if phone is not None:
            VolunteerProfile._meta.get_field("phone").run_validators(phone)
            if VolunteerProfile.objects.filter(phone=phone).exists():
                raise forms.ValidationError(_("An account with this mobile number already exists."))
        return phone

    @transaction.atomic
    def save(self, commit=True):
        user = super().save(commit=False)
        user.email = self.cleaned_data["email"]
        user.first_name = self.cleaned_data["name_en"][:150]
        user.save()
        VolunteerProfile.objects.create(
            user=user,
            name_en=self.cleaned_data["name_en"],
            name_hi=self.cleaned_data["name_hi"],
            phone=self.cleaned_data["phone"],
            state=self.cleaned_data["state"],
            district=self.cleaned_data["district"],
            skills=self.cleaned_data["skills"],
        )
        return user
