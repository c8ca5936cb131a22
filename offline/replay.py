"""Requests a phone queued offline and sends later: each key counts once.

The service worker (templates/offline/sw.js) queues a form posted with no
network — "mark as complete" — with a random `Idempotency-Key`, and sends it when
the network is back: from Background Sync, and after any page loads online. The
same queue can be sent twice (two tabs, a sync racing a page load); the view
behind `@replay_once` runs for the first arrival of a key only. A key first sent
by another person is refused (409), and the entry is dropped on the phone.
"""

import functools
import uuid

from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from lms.errors import ApplicationError
from offline.models import ReplayKey

HEADER = "Idempotency-Key"


class ReplayRefused(ApplicationError):
    status = 409


def replay_once(view):
    """Run `view` once per Idempotency-Key; requests without one pass straight through.

    The key is stored in the view's transaction: a view that fails leaves no key,
    so the phone's next try runs it again.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        raw = request.headers.get(HEADER)
        if raw is None:
            return view(request, *args, **kwargs)
        try:
            key = uuid.UUID(raw)
        except ValueError:
            return HttpResponseBadRequest(_("The key of this request is not valid."))
        seen = ReplayKey.objects.filter(key=key).first()
        if seen is not None:
            return _already_received(request, seen)
        try:
            with transaction.atomic():
                ReplayKey.objects.create(key=key, user=request.user, path=request.path[:200])
                return view(request, *args, **kwargs)
        except IntegrityError:
            # Two tabs sent the same key at the same moment: the other one counted it.
            seen = ReplayKey.objects.filter(key=key).first()
            if seen is None:
                raise
            return _already_received(request, seen)

    return wrapper


def _already_received(request, seen: ReplayKey):
    if seen.user_id != request.user.pk:
        raise ReplayRefused(_("This request was already sent from another account."))
    # Nothing to show: only the service worker sends keys, and it only needs to know
    # that it may drop the entry.
    return HttpResponse(status=204)
