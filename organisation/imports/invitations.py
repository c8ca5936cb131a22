"""E-mail the volunteers an import created a link to choose their password."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage, get_connection
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from organisation.models import StageChange, VolunteerImport

INVITE_BATCH = 200


def _invitation(user, base_url: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    profile = getattr(user, "volunteer_profile", None)
    name = profile.name_en if profile is not None else user.username
    body = _(
        "Dear %(name)s,\n\n"
        "You are registered as a volunteer of %(site)s. Your user name is your mobile "
        "number, %(username)s.\n\n"
        "Choose your password here (the link works for a few days, once):\n%(link)s\n\n"
        "Then log in to start your training.\n"
    ) % {
        "name": name,
        "site": settings.WAGTAIL_SITE_NAME,
        "username": user.username,
        "link": base_url.rstrip("/") + path,
    }
    return EmailMessage(
        subject=_("You are registered as a volunteer: choose your password"),
        body=body,
        to=[user.email],
    )


def volunteer_import_invite(*, volunteer_import: VolunteerImport) -> int:
    """E-mail each volunteer the import created, who has an e-mail address and has
    never logged in, a link to choose their password. At most once: the progress
    mark moves before each batch is sent, so a crash loses a batch rather than
    sending it twice. Returns how many were sent.
    """
    User = get_user_model()
    changes = StageChange.objects.filter(note=volunteer_import.note, from_stage="")
    if volunteer_import.created_by_id:
        changes = changes.filter(changed_by_id=volunteer_import.created_by_id)
    else:
        changes = changes.filter(changed_by__isnull=True)
    base_url = settings.WAGTAILADMIN_BASE_URL
    sent = 0
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
        moved = VolunteerImport.objects.filter(pk=volunteer_import.pk, invited_up_to=mark).update(
            invited_up_to=new_mark
        )
        if not moved:
            break  # another worker is sending this import's invitations
        mark = new_mark
        users = (
            User.objects.filter(pk__in=[user_id for _pk, user_id in batch], last_login__isnull=True)
            .exclude(email="")
            .select_related("volunteer_profile")
        )
        messages = [_invitation(user, base_url) for user in users]
        if messages:
            with get_connection() as connection:
                count = connection.send_messages(messages) or 0
            sent += count
            VolunteerImport.objects.filter(pk=volunteer_import.pk).update(
                invitations_sent=F("invitations_sent") + count
            )
    return sent
