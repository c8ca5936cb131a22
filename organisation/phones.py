"""Indian mobile numbers, the natural key of a volunteer.

Two levels, for two kinds of caller:

- ``normalise_phone`` and ``phone_validator``: the stored shape (ten digits, 6-9 first),
  cheap enough for an import of 500,000 rows, where a row's error is reported anyway.
- ``mobile_number``: what a person types into a form, checked with Google's numbering
  plan (``phonenumbers``), with a message that says what is wrong: letters, too few or
  too many digits, a landline (``0755 255 1234`` is ten digits after its 0, and starts
  with a 7, but no SMS reaches it), a number of another country (``+92 …``).
"""

import re

import phonenumbers
from phonenumbers import PhoneNumberType

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

_NOISE = re.compile(r"[\s\-().]")
#: What a person may type around the digits of a number.
_TYPED = re.compile(r"^\+?[0-9\s\-().]*$")
#: Devanagari digits (a Hindi keyboard types them) read as the digits they are.
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_RECEIVES_SMS = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def normalise_phone(raw: str) -> str:
    """Ten digits from what people type: drops spaces, dashes, +91, 91 and a leading 0.

    Returns the cleaned text even when it is not a valid number, so that the
    validator can say what is wrong with it.
    """
    phone = _NOISE.sub("", (raw or "").translate(DEVANAGARI_DIGITS))
    if phone.startswith("+91"):
        phone = phone[3:]
    elif len(phone) == 12 and phone.startswith("91"):
        phone = phone[2:]
    elif len(phone) == 11 and phone.startswith("0"):
        phone = phone[1:]
    return phone


phone_validator = RegexValidator(
    r"^[6-9][0-9]{9}$", _("Enter a mobile number of 10 digits, e.g. 9876543210.")
)


def phone_shaped(text: str) -> str | None:
    """The ten-digit mobile number that `text` is written as, if it is one."""
    phone = normalise_phone(text)
    try:
        phone_validator(phone)
    except ValidationError:
        return None
    return phone


def mobile_number(text: str) -> str:
    """The ten digits of the Indian mobile number a person typed, or a ValidationError
    saying what is wrong with it (its ``code`` names the case)."""
    typed = (text or "").strip().translate(DEVANAGARI_DIGITS)
    if not typed:
        raise ValidationError(_("Enter your mobile number."), code="required")
    if not _TYPED.match(typed):
        raise ValidationError(
            _("A mobile number has only digits: %(typed)s has letters or other signs."),
            code="letters",
            params={"typed": text.strip()[:30]},
        )
    digits = re.sub(r"[^0-9]", "", typed)
    if (typed.startswith("+") and not digits.startswith("91")) or typed.startswith("00"):
        raise ValidationError(
            _("Only Indian mobile numbers (+91) can be used here."), code="foreign"
        )
    phone = normalise_phone(typed)
    if len(phone) != 10:
        raise ValidationError(
            _("A mobile number has 10 digits; this one has %(count)d."),
            code="length",
            params={"count": len(phone)},
        )
    parsed = phonenumbers.parse(phone, "IN")
    if phone[0] not in "6789" or phonenumbers.number_type(parsed) not in _RECEIVES_SMS:
        raise ValidationError(
            _(
                "This is not a mobile number (it may be a landline). Enter a mobile "
                "number that starts with 6, 7, 8 or 9 and can receive SMS."
            ),
            code="not_mobile",
        )
    return phone


def phone_e164(phone: str) -> str:
    """A stored ten-digit number with its country code, as SMS gateways take it."""
    return phonenumbers.format_number(
        phonenumbers.parse(phone, "IN"), phonenumbers.PhoneNumberFormat.E164
    )
