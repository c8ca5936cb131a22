"""The two forms of signing in by code: the number (and how to send), then the code."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import CODE_DIGITS, Channel
from lms.forms import FocusFirstErrorMixin
from organisation.phones import DEVANAGARI_DIGITS, mobile_number


class CodeRequestForm(FocusFirstErrorMixin, forms.Form):
    phone = forms.CharField(
        label=_("Mobile number"),
        max_length=20,
        help_text=_("Ten digits, e.g. 98765 43210."),
        widget=forms.TextInput(
            attrs={"inputmode": "tel", "autocomplete": "tel", "autofocus": True}
        ),
    )
    channel = forms.ChoiceField(
        label=_("Send the code by"),
        choices=Channel.choices,
        initial=Channel.SMS,
        widget=forms.RadioSelect,
    )

    def clean_phone(self):
        return mobile_number(self.cleaned_data["phone"])


class CodeForm(FocusFirstErrorMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        # "wrong": the same for a wrong, used, expired or ended code, and for a number
        # that is nobody's.
        error_messages={
            "wrong": _(
                "This code is not right, or it is no longer valid. Check the latest "
                "message, or ask for a new code."
            )
        },
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "autofocus": True,
                "pattern": r"[0-9०-९ ]*",
            }
        ),
    )

    def __init__(self, *args, notice=None, **kwargs):
        super().__init__(*args, **kwargs)
        if notice is not None:
            # Not required: a volunteer who does not tick it is asked on the next page
            # (consent.middleware), and one who agreed before need not tick it again.
            self.fields["agree"] = forms.BooleanField(
                label=_("I have read the privacy notice and I agree to it"),
                required=False,
            )

    def clean_code(self):
        code = re.sub(r"\s", "", self.cleaned_data["code"].translate(DEVANAGARI_DIGITS))
        if not re.fullmatch(rf"[0-9]{{{CODE_DIGITS}}}", code):
            raise forms.ValidationError(
                _("The code has %(digits)d digits."), params={"digits": CODE_DIGITS}
            )
        return code
