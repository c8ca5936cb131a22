"""The link in an import's invitation, made when the e-mail is rendered for sending.

The outbox keeps a message's variables in the database; a password-reset token there
would let anyone who reads the table choose a volunteer's password. So the message
keeps only the user's id, and the token is made at send time, as a password reset
e-mail makes it.
"""

from django import template
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

register = template.Library()


@register.simple_tag
def password_choice_link(user_id: int, language: str = "en") -> str:
    """The address where this volunteer chooses their password (one use, a few days)."""
    user = get_user_model().objects.get(pk=user_id)
    with translation.override(language):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
