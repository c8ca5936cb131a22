"""Invite the volunteers an import created to choose their password, by e-mail.

The invitations are messages in the outbox (messaging/), recorded in the transaction
that moves the import's progress mark: a crash before the commit records nothing and
moves nothing (the next run does the batch), a crash after it leaves the messages for
the outbox's senders and the watchdog. Each volunteer is invited once (the message's
key), and each invitation goes out once in effect.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from messaging.outbox import Message, messages_record, outbox_counts
from organisation.models import StageChange, VolunteerImport

INVITE_BATCH = 200
TEMPLATE_KEY = "volunteer_invitation"


def invitation_group(import_id: int) -> str:
    return f"volunteer-import:{import_id}"


def invitation_counts(volunteer_import: VolunteerImport) -> dict[str, int]:
    """The import's invitations: sent, pending and failed (the outbox's counts)."""
    return outbox_counts(invitation_group(volunteer_import.pk))


def _invitation(user, import_id: int) -> Message:
    profile = getattr(user, "volunteer_profile", None)
    return Message(
        key=f"volunteer-invitation:{import_id}:{user.pk}",
        address=user.email,
        template_key=TEMPLATE_KEY,
        group=invitation_group(import_id),
        recipient_id=user.pk,
        context={
            "user_id": user.pk,
            "username": user.username,
            "name_en": profile.name_en if profile is not None else user.username,
            "name_hi": profile.name_hi if profile is not None else "",
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )


def volunteer_import_invite(*, volunteer_import: VolunteerImport) -> int:
    """Record an invitation for each volunteer the import created who has an e-mail
    address and has never logged in; the outbox sends them. Safe to run again, and
    from two workers at once (the progress mark moves with the batch's messages).
    Returns how many were recorded.
    """
    User = get_user_model()
    changes = StageChange.objects.filter(note=volunteer_import.note, from_stage="")
    if volunteer_import.created_by_id:
        changes = changes.filter(changed_by_id=volunteer_import.created_by_id)
    else:
        changes = changes.filter(changed_by__isnull=True)
    recorded = 0
    mark = volunteer_import.invited_up_to
    while True:
        batch = list(
            changes.filter(pk__gt=mark)
            .order_by("pk")
            .values_list("pk", "volunteer__user_id")[:INVITE_BATCH]
        )
        if not batch:
            break
        new_mark = batch[-1][0]
        with transaction.atomic():
            moved = VolunteerImport.objects.filter(
                pk=volunteer_import.pk, invited_up_to=mark
            ).update(invited_up_to=new_mark)
            if not moved:
                break  # another worker is recording this import's invitations
            users = (
                User.objects.filter(
                    pk__in=[user_id for _pk, user_id in batch], last_login__isnull=True
                )
                .exclude(email="")
                .select_related("volunteer_profile")
            )
            recorded += len(messages_record([_invitation(u, volunteer_import.pk) for u in users]))
        mark = new_mark
    return recorded
