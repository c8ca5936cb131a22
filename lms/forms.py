from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from lms.models import Unit, VolunteerProfile
from lms.phones import normalise_phone


def district_choices():
    """Districts grouped under their states, in the language being used."""
    groups = {}
    districts = (
        Unit.objects.districts().select_related("parent").order_by("parent__name_en", "name_en")
    )
    for district in districts:
        groups.setdefault(district.parent.name, []).append((district.pk, district.name))
    return sorted(groups.items())


class UnitChoiceField(forms.ModelChoiceField):
    """Units labelled for choosing among states and districts: "Indore (Madhya Pradesh)"."""

    def label_from_instance(self, unit):
        if unit.level == Unit.Level.DISTRICT:
            return f"{unit.name} ({unit.parent.name})"
        return f"{unit.name} – {unit.get_level_display()}"


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
    district = forms.TypedChoiceField(
        label=_("Your district"),
        coerce=int,
        help_text=_("Districts are listed under their state."),
    )
    skills = forms.CharField(
        label=_("Skills (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example: writing, video editing, design, fact-checking."),
    )

    class Meta(UserCreationForm.Meta):
        fields = ("username",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].choices = [("", _("Choose your district")), *district_choices()]

    def clean_district(self):
        return Unit.objects.districts().get(pk=self.cleaned_data["district"])

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"]) or None
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
            district=self.cleaned_data["district"],
            skills=self.cleaned_data["skills"],
        )
        return user


class VolunteerPasswordResetForm(PasswordResetForm):
    """Django's form, also for volunteers imported in bulk.

    They have no password until they set one (an unusable password), and
    Django's form skips such accounts; for them the reset link is the
    invitation. Deactivated accounts (is_active off) still get nothing.
    """

    def get_users(self, email):
        email_field = get_user_model().get_email_field_name()
        users = get_user_model()._default_manager.filter(
            **{f"{email_field}__iexact": email, "is_active": True}
        )
        return (user for user in users if getattr(user, email_field).casefold() == email.casefold())
