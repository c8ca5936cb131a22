"""Queries of the accounts app: whose number it is, and what was sent to a volunteer."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from messaging.models import OutboxMessage
from organisation.models import VolunteerProfile

#: The messages a coordinator sees on a volunteer's page (newest first).
MESSAGES_SHOWN = 20


def may_sign_in_by_code(user) -> bool:
    """Volunteers only: staff, superusers and anyone with the Wagtail admin (trainers,
    coordinators) keep their password log-in, so that a text message alone never opens
    the admin."""
    return (
        user.is_active
        and not user.is_staff
        and not user.is_superuser
        and not user.has_perm("wagtailadmin.access_admin")
    )


def sign_in_owner(phone: str):
    """The user a sign-in code for this ten-digit number signs in, or None.

    The number is the volunteer profile's (unique: the natural key of a volunteer).
    An account whose *user name* is the number and that has no profile with it (an
    imported volunteer whose number a coordinator later changed, a staff account named
    by a number) is not its owner: a code never goes to someone who is not reached at
    that number today.
    """
    profile = (
        VolunteerProfile.objects.filter(phone=phone, user__is_active=True)
        .select_related("user")
        .first()
    )
    if profile is None or not may_sign_in_by_code(profile.user):
        return None
    return profile.user


def recipient_messages(user_id: int) -> QuerySet[OutboxMessage]:
    """The messages recorded for a user, newest first (their content is not shown:
    a sign-in code is the volunteer's alone)."""
    return OutboxMessage.objects.filter(recipient_id=user_id).order_by("-created_at", "-pk")


def users_with_admin_access(user_ids) -> set[int]:
    """Of these users, those who keep their password log-in (may_sign_in_by_code, for
    many at once): staff, superusers, the inactive, and whoever has the Wagtail admin
    through their own permissions or a group's."""
    access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    return set(
        get_user_model()
        .objects.filter(pk__in=user_ids)
        .filter(
            Q(is_staff=True)
            | Q(is_superuser=True)
            | Q(is_active=False)
            | Q(user_permissions__in=access)
            | Q(groups__permissions__in=access)
        )
        .values_list("pk", flat=True)
    )
