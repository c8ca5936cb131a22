import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordResetForm,
    UserCreationForm,
    UsernameField,
)
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from lms.rate_limit import limit_reached
from organisation.models import Unit, VolunteerProfile
from organisation.phones import normalise_phone, phone_shaped
from organisation.validators import validate_no_bidi_controls


def states_in_language():
    """The states and union territories, ordered by their names in the language being used."""
    return sorted(Unit.objects.states(), key=lambda unit: unit.name)


def signup_state(data) -> Unit | None:
    """The state a sign-up is for: the one chosen (its code), or the posted district's."""
    code = data.get("state")
    if code:
        return Unit.objects.states().filter(code=code).first()
    district = data.get("district")
    if district and str(district).isdigit():
        unit = Unit.objects.districts().select_related("parent").filter(pk=district).first()
        return unit.parent if unit else None
    return None


def validate_username(value: str) -> None:
    """Latin letters and digits, Devanagari letters with their signs, and . _ @ + -.

    Django's own rule counts a Devanagari vowel sign as no letter ("राम" is
    refused). Other scripts are refused so that no name looks like another (a
    Cyrillic "а" is not an "a"), and so are invisible joiners and Devanagari
    digits ("०" looks like "o"). UsernameField has already applied NFKC, as
    Django's log-in form does, so both ways of typing "क़" are one name.
    """
    valid = bool(value) and not unicodedata.category(value[0]).startswith("M")
    for char in value:
        if char.isascii():
            valid = valid and (char.isalnum() or char in "._@+-")
        else:
            valid = valid and "\u0900" <= char <= "\u097f"
            valid = valid and unicodedata.category(char)[0] in "LM"
    if not valid:
        raise ValidationError(
            _("Use only Hindi or English letters, digits and . _ @ + - in a user name."),
            code="invalid",
        )


class SignUpStateForm(forms.Form):
    """The first step of sign-up: the state, so that the next lists only its districts."""

    state = forms.ChoiceField(label=_("Your state"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].choices = [
            ("", _("Choose your state")),
            *((unit.code, unit.name) for unit in states_in_language()),
        ]


class FocusFirstErrorMixin:
    """A re-shown form puts the cursor in the first field to correct: on a phone that
    field can be screens below the top (the page also lists the errors there)."""

    def full_clean(self):
        super().full_clean()
        if not self._errors:
            return
        for field in self.fields.values():
            field.widget.attrs.pop("autofocus", None)
        first = next((name for name in self.fields if name in self._errors), None)
        if first is not None:
            self.fields[first].widget.attrs["autofocus"] = True


class SignUpForm(FocusFirstErrorMixin, UserCreationForm):
    """A volunteer's account and profile in one form, for the districts of one state."""

    # Not a model field of the form: the user model's own validator refuses
    # Devanagari names; ours (validate_username) replaces it.
    username = UsernameField(
        label=_("Username"),
        max_length=150,
        validators=[validate_username],
        help_text=_(
            "Hindi or English letters, digits and . _ @ + - (up to 150). "
            "You can also log in with your mobile number."
        ),
        widget=forms.TextInput(
            attrs={"autocapitalize": "none", "autocomplete": "username", "autofocus": True}
        ),
    )
    # Any script is accepted (many volunteers type only Devanagari); the
    # certificate prints this name, and the Hindi one on the Hindi certificate.
    name_en = forms.CharField(
        label=_("Your name"),
        max_length=150,
        validators=[validate_no_bidi_controls],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    name_hi = forms.CharField(
        label=_("Name in Hindi (optional)"),
        max_length=150,
        required=False,
        validators=[validate_no_bidi_controls],
    )
    phone = forms.CharField(
        label=_("Mobile number"),
        max_length=15,
        help_text=_("Ten digits, e.g. 9876543210. You can log in with it."),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail (optional, to reset a forgotten password)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    state = forms.CharField(widget=forms.HiddenInput, required=False)
    district = forms.TypedChoiceField(label=_("Your district"), coerce=int)
    skills = forms.CharField(
        label=_("Skills (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example: writing, video editing, design, fact-checking."),
    )

    # Who you are first, the password last (UserCreationForm declares its
    # password fields first).
    field_order = (
        "username",
        "name_en",
        "name_hi",
        "phone",
        "email",
        "state",
        "district",
        "skills",
        "share_contact_with_team",
        "password1",
        "password2",
    )

    class Meta(UserCreationForm.Meta):
        fields = ()
        # Nor validated by the model: its validator would refuse "राम" again.
        exclude = ("username",)

    def __init__(self, *args, state: Unit | None = None, next_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.state = state
        # The volunteer's own consent, off unless ticked (its label and help
        # text are the profile's).
        self.fields["share_contact_with_team"] = VolunteerProfile._meta.get_field(
            "share_contact_with_team"
        ).formfield()
        self.order_fields(self.field_order)
        districts = Unit.objects.districts().filter(parent=state) if state else []
        self.fields["district"].choices = [
            ("", _("Choose your district")),
            *sorted(((unit.pk, unit.name) for unit in districts), key=lambda choice: choice[1]),
        ]
        if state is not None:
            self.fields["state"].initial = state.code
            self.fields["district"].help_text = format_html(
                '{} <a href="{}">{}</a>',
                _("Districts of %(state)s.") % {"state": state.name},
                reverse("signup") + (f"?{urlencode({'next': next_url})}" if next_url else ""),
                _("Choose another state"),
            )

    def clean_district(self):
        return Unit.objects.districts().get(pk=self.cleaned_data["district"])

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"])
        VolunteerProfile._meta.get_field("phone").run_validators(phone)
        return phone

    def clean(self):
        cleaned = super().clean()
        username, phone = cleaned.get("username"), cleaned.get("phone")
        # Someone's mobile number logs them in; nobody else may take it as a user name.
        if username and phone_shaped(username) not in (None, phone):
            self.add_error(
                "username", _("A mobile number can be your user name only if it is yours.")
            )
        # For the password validators, which compare the password with these.
        self.instance.username = username or ""
        self.instance.email = cleaned.get("email") or ""
        self.instance.first_name = (cleaned.get("name_en") or "")[:150]
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # Checked last, and only for an otherwise complete form, with a message
        # that names no one: a stranger must not learn cheaply whether a number
        # belongs to a volunteer (sign-up attempts are also limited per number).
        phone = self.cleaned_data.get("phone")
        if phone and not self.errors and phone_in_use(phone):
            self.add_error(
                None,
                _(
                    "We could not create an account with these details. If you have "
                    "signed up before, log in (your mobile number works as user name) "
                    "or reset your password."
                ),
            )

    @transaction.atomic
    def save(self, commit=True):
        user = super().save(commit=False)
        user.username = self.cleaned_data["username"]
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
            share_contact_with_team=self.cleaned_data["share_contact_with_team"],
        )
        return user


def phone_in_use(phone: str) -> bool:
    """Whether a volunteer has this number, or an account has it as user name (imports)."""
    return (
        VolunteerProfile.objects.filter(phone=phone).exists()
        or get_user_model().objects.filter(username=phone).exists()
    )


class VolunteerLoginForm(AuthenticationForm):
    """Django's log-in form, saying that a mobile number works as the user name
    (lms.auth_backends.CachedModelBackend)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Username or mobile number")
        # Django's message names only the user name field.
        self.error_messages = {
            **self.error_messages,
            "invalid_login": _(
                "Please enter a correct user name or mobile number and password. "
                "Note that both fields may be case-sensitive."
            ),
        }


class VolunteerPasswordResetForm(PasswordResetForm):
    """Django's form, also for volunteers imported in bulk.

    They have no password until they set one (an unusable password), and
    Django's form skips such accounts; for them the reset link is the
    invitation. Deactivated accounts (is_active off) still get nothing.
    """

    def get_users(self, email):
        # A few e-mails per address and hour, whoever asks: the page says the
        # same either way, so the limit tells no one whether the address is known.
        if limit_reached("reset_email", email.casefold()):
            return iter(())
        email_field = get_user_model().get_email_field_name()
        users = get_user_model()._default_manager.filter(
            **{f"{email_field}__iexact": email, "is_active": True}
        )
        return (user for user in users if getattr(user, email_field).casefold() == email.casefold())
