"""The work of a sign-in code: made and recorded in the outbox by a background task
(``accounts.tasks``), checked when the volunteer types it (``accounts.services``).

Both halves do the same work whether or not the number is a volunteer's, so that
neither the answer nor its timing tells a stranger who is registered: the page that
asks for a code only queues this task, and a check of a number without a device reads
and writes as one with a device does.
"""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import MAX_TRIES, PhoneDevice, code_digest
from accounts.selectors import may_sign_in_by_code, sign_in_owner
from messaging.outbox import Message, messages_record
from organisation.phones import phone_e164

logger = logging.getLogger(__name__)

SIGN_IN_CODE_TEMPLATE = "accounts/sign_in_code"


@transaction.atomic
def sign_in_code_issue(*, phone: str, channel: str, language: str) -> bool:
    """Make a code for the volunteer whose number this is and record the message that
    carries it (channel "sms" or "whatsapp", in `language`). Returns whether one was
    made: not for a number that is nobody's, nor beyond the device's codes per window.
    """
    user = sign_in_owner(phone)
    if user is None:
        return False
    device, _created = PhoneDevice.objects.select_for_update().get_or_create(
        user=user, defaults={"name": "phone", "phone": phone, "channel": channel}
    )
    allowed, _why = device.generate_is_allowed()
    if not allowed:
        logger.info("Sign-in code not made: device %s used its codes for now", device.pk)
        return False
    device.phone, device.channel = phone, channel
    code = device.generate_token(commit=False)
    device.save()
    minutes = int((device.valid_until - timezone.now()).total_seconds() + 59) // 60
    messages_record(
        [
            Message(
                # One message per code: the hash names it without revealing it.
                key=f"{SIGN_IN_CODE_TEMPLATE}:{device.pk}:{device.token[:24]}",
                address=phone_e164(phone),
                template_key=SIGN_IN_CODE_TEMPLATE,
                context={"code": code, "minutes": minutes},
                channel=channel,
                language=language,
                group=f"sign-in:{user.pk}",
                recipient_id=user.pk,
                # Never sent after the code stops working (the outbox marks it "expired").
                expires_at=device.valid_until,
            )
        ]
    )
    return True


@transaction.atomic
def sign_in_code_check(*, phone: str, code: str):
    """The user this code signs in, or None: a wrong, used, expired or fifth-wrong code,
    or a number that is nobody's. A right code is used up; a wrong one counts towards
    the code's MAX_TRIES."""
    device = (
        PhoneDevice.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(phone=phone, user__volunteer_profile__phone=phone)
        .first()
    )
    if device is None:
        # The same work as a wrong code on a real device: a hash and one UPDATE.
        code_digest(0, phone, code)
        PhoneDevice.objects.filter(pk=0).update(failures=F("failures") + 1, token=None)
        return None
    if not device.verify_token(code):
        if device.failures == MAX_TRIES and device.token is None:
            logger.warning("Sign-in code of device %s ended by wrong codes", device.pk)
        return None
    # Checked again now: the account may have changed since the code was sent.
    return device.user if may_sign_in_by_code(device.user) else None
