"""What the accounts app's views call: ask for a sign-in code, check it, invite volunteers.

Asking only queues the work (``accounts.tasks`` → ``accounts.codes``), so that the page
answers the same, in the same time, whether the number is registered or not.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from accounts import codes
from accounts.selectors import users_with_admin_access
from accounts.tasks import sign_in_code_send
from messaging.models import OutboxMessage
from messaging.outbox import Message, messages_record
from organisation.phones import phone_e164

INVITATION_TEMPLATE = "accounts/invitation"


def sign_in_code_request(*, phone: str, channel: str, language: str) -> None:
    """Send a sign-in code to this ten-digit number if it is a volunteer's (by a task).

    Nothing of the request's is written that the task needs: it is queued at once."""
    sign_in_code_send.enqueue(phone=phone, channel=channel, language=language)


def sign_in_code_verify(*, phone: str, code: str):
    """The user this code signs in (the code is used up), or None."""
    return codes.sign_in_code_check(phone=phone, code=code)


@dataclass
class Invitations:
    invited: int = 0
    #: Invited today already on this channel: nothing new sent.
    already: int = 0
    #: Names of those who cannot be invited (no number; staff keep their password).
    skipped: list[str] = field(default_factory=list)


@transaction.atomic
def volunteers_invite(*, volunteers, channel: str, language: str) -> Invitations:
    """Send each volunteer a message with the address where they sign in with their
    number (SMS or WhatsApp, in `language`): at most one per volunteer, channel and day,
    whoever asks and however often. The link carries no credential: the code comes when
    they ask for it, so a forwarded message signs nobody in."""
    result = Invitations()
    today = timezone.localdate().isoformat()
    with translation.override(language):
        url = settings.SITE_URL + reverse("accounts:code_request")
    keep_passwords = users_with_admin_access([v.user_id for v in volunteers])
    messages = []
    for volunteer in volunteers:
        if not volunteer.phone or volunteer.user_id in keep_passwords:
            result.skipped.append(volunteer.name)
            continue
        name = volunteer.name_hi if language == "hi" and volunteer.name_hi else volunteer.name_en
        messages.append(
            Message(
                key=f"{INVITATION_TEMPLATE}:{volunteer.user_id}:{channel}:{today}",
                address=phone_e164(volunteer.phone),
                template_key=INVITATION_TEMPLATE,
                context={"name": name, "url": url},
                channel=channel,
                language=language,
                group=f"invitation:{today}",
                recipient_id=volunteer.user_id,
            )
        )
    sent_before = set(
        OutboxMessage.objects.filter(key__in=[m.key for m in messages]).values_list(
            "key", flat=True
        )
    )
    messages_record(messages)
    result.already = len(sent_before)
    result.invited = len(messages) - result.already
    return result
