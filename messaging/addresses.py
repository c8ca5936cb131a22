"""One spelling per address, so that an opt-out matches every later message to it.

Phone numbers become E.164 (``+919876543210``) read with India as the default region,
whatever the caller wrote (``98765 43210``, ``09876543210``, ``+91-98765-43210``);
e-mail addresses are compared without case. An SMS gateway posting ``919876543210``
and WhatsApp's ``919876543210`` land on the same row as the outbox's ``9876543210``.
"""

import re

PHONE_CHANNELS = frozenset({"sms", "whatsapp"})
_NOT_DIGIT = re.compile(r"[^0-9]")


def phone_e164(raw: str) -> str:
    """``+91…`` for an Indian number in any usual spelling, ``+…`` for one with a country code.

    (Which numbers are valid is the sign-up's business; here only the spelling matters.)
    """
    text = (raw or "").strip()
    digits = _NOT_DIGIT.sub("", text)
    if text.startswith("+"):
        return "+" + digits
    if len(digits) == 10:
        return "+91" + digits
    if len(digits) == 11 and digits.startswith("0"):
        return "+91" + digits[1:]
    if len(digits) == 12 and digits.startswith("91"):
        return "+" + digits  # gateways and WhatsApp write the country code without a plus
    return "+" + digits if digits else text


def address_normalise(channel: str, address: str) -> str:
    if channel in PHONE_CHANNELS:
        return phone_e164(address)
    return (address or "").strip().lower()
