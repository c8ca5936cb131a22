"""Erasure requests: made (confirmed) by the person, cancelled during the grace period,
carried out by :mod:`privacy.erasure` in the background."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from lms.errors import ApplicationError
from privacy.models import ErasureRequest


class ErasureRefused(ApplicationError):
    status = 409


def grace_period() -> timedelta:
    return timedelta(days=settings.PRIVACY_ERASURE_GRACE_DAYS)


def erasure_pending(user) -> ErasureRequest | None:
    return ErasureRequest.objects.open().filter(user=user).first()


def erasure_request(*, user, reason: str = ErasureRequest.Reason.OWN_REQUEST, due_at=None):
    """Record a confirmed request to erase ``user``, carried out after the grace period.

    A second request while one is pending is refused, saying when the first is due.
    """
    due_at = due_at or timezone.now() + grace_period()
    pending = erasure_pending(user)
    if pending is None:
        try:
            with transaction.atomic():
                return ErasureRequest.objects.create(user=user, reason=reason, due_at=due_at)
        except IntegrityError:  # made at the same moment (a double submit)
            pending = erasure_pending(user)
    raise ErasureRefused(
        _(
            "You have already asked for your data to be erased. It will be erased on "
            "%(date)s; until then you can cancel the request."
        )
        % {"date": date_format(timezone.localtime(pending.due_at), "j F Y")}
    )


def erasure_cancel(*, user) -> bool:
    """Cancel the person's pending request (during the grace period). True if one was."""
    return bool(
        ErasureRequest.objects.open()
        .filter(user=user)
        .update(status=ErasureRequest.Status.CANCELLED, finished_at=timezone.now())
    )
