"""Indian mobile numbers, the natural key of a volunteer."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

_NOISE = re.compile(r"[\s\-().]")


def normalise_phone(raw: str) -> str:
    """Ten digits from what people type: drops spaces, dashes, +91, 91 and a leading 0.

    Returns the cleaned text even when it is not a valid number, so that the
    validator can say what is wrong with it.
    """
    phone = _NOISE.sub("", raw or "")
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
