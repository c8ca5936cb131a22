"""Django's ModelBackend, with the logged-in user's row kept in the shared cache.

Every logged-in request loads its user to check the session (the password's
session hash, ``is_active``). Most requests of a trainee need nothing else from
the database (a cached lesson page, an already-done "mark complete"), so the
user row is kept in the cache (Redis in production) for USER_CACHE_SECONDS.

It must never outlive a change that matters for security, so the cached row is
dropped whenever the user is saved or deleted (a password change or reset,
deactivation, is_staff or is_superuser, a log-in: ``user_changed``), at once
and again once the transaction commits. Django's session check then works on
the fresh row: a password change ends the other sessions, a deactivated user
is logged out. Groups and permissions are not part of the row: Django loads
them from the database when a request asks, as before, so a change to them
applies at once.

Code that changes users without ``save()`` (``QuerySet.update()``, raw SQL)
must call ``forget_cached_user``; otherwise the change shows within
USER_CACHE_SECONDS.

Only for a cache shared by every process (Redis): production turns it on only
with REDIS_URL.

It also lets a volunteer log in with their mobile number, however written
(+91, spaces, a leading 0), as the user name: for many it is the one thing
they are sure to remember. Whose number it is, the organisation knows: the
ACCOUNT_USERNAME_LOOKUP setting names its selector, so that this module, which
every app's log-in uses, imports none of the apps. A user name wins over a number that is also
someone's user name (sign-up refuses a user name that is another's number).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction
from django.utils.module_loading import import_string


def _key(user_id) -> str:
    return f"auth-user:{user_id}"


def forget_cached_user(user_id) -> None:
    """Drop a user's cached row now and after the current transaction commits."""
    key = _key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def user_changed(sender, instance, **kwargs) -> None:
    """Signal receiver (post_save, post_delete of the user model)."""
    forget_cached_user(instance.pk)


def account_username(typed: str | None) -> str | None:
    """The user name of the account that `typed` names: itself, or the user name
    of the volunteer whose mobile number it is."""
    lookup = getattr(settings, "ACCOUNT_USERNAME_LOOKUP", None)
    if not typed or not lookup:
        return typed
    owner = import_string(lookup)(typed)
    if owner is None or get_user_model()._default_manager.filter(username=typed).exists():
        return typed
    return owner


class CachedModelBackend(ModelBackend):
    """Authenticates as ModelBackend does, also by mobile number; loads the
    session's user from the cache."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        return super().authenticate(request, username=account_username(username), password=password)

    def get_user(self, user_id):
        seconds = getattr(settings, "USER_CACHE_SECONDS", 0)
        if not seconds:
            return super().get_user(user_id)
        key = _key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)  # None when missing or inactive
            if user is None:
                return None
            cache.set(key, user, seconds)
        return user if self.user_can_authenticate(user) else None
