"""Requests a phone queued offline and sends later: each key counts once.

The service worker (templates/offline/sw.js) queues a form posted with no
network — "mark as complete" — with a random `Idempotency-Key`, and sends it when
the network is back: from Background Sync, and after any page loads online. The
same queue can be sent twice (two tabs, a sync racing a page load); the view
behind `@replay_once` runs for the first arrival of a key only.

What the phone does with each answer (templates/offline/sw.js): a redirect or a 2xx
means counted, and the entry is dropped; a refusal (4xx: a key first sent by another
person is a 409, a lesson no longer published a 404, a course not enrolled a 400) is
kept on the phone as "not accepted" with the refusal's message, which every page then
shows until the reader dismisses it; a 401 (the session ended while the phone was
offline) and a server error keep the entry for the next try. So a request sent later
is never answered by a redirect that hides a refusal: `request.sent_later` tells
`lms.errors.refused` to answer with the status instead.
"""

import functools
import uuid

from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from lms.errors import ApplicationError
from offline.models import ReplayKey

HEADER = "Idempotency-Key"


class ReplayRefused(ApplicationError):
    status = 409


def replay_once(view):
    """Run `view` once per Idempotency-Key; requests without one pass straight through.

    Put it above `login_required`: a phone whose reader's session ended while it was
    offline must hear 401 (keep the entry, ask them to sign in), not a redirect to the
    log-in page, which it would take for "counted". The key is stored in the view's
    transaction: a view that fails leaves no key, so the phone's next try runs it again.
    """

    checked = csrf_protect(view)

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        raw = request.headers.get(HEADER)
        if raw is None or request.method != "POST":
            return checked(request, *args, **kwargs)  # a form posted online: Django's CSRF check
        if not _sent_by_this_site(request):
            return HttpResponseForbidden(_("This request did not come from this site."))
        if not request.user.is_authenticated:
            response = HttpResponse(_("Log in again to send this."), status=401)
            response["WWW-Authenticate"] = 'Session realm="sign in"'
            return response
        try:
            key = uuid.UUID(raw)
        except ValueError:
            return HttpResponseBadRequest(_("The key of this request is not valid."))
        request.sent_later = True
        seen = ReplayKey.objects.filter(key=key).first()
        if seen is not None:
            return _already_received(request, seen)
        try:
            with transaction.atomic():
                ReplayKey.objects.create(key=key, user=request.user, path=request.path[:200])
                response = view(request, *args, **kwargs)
                if response.status_code >= 400:
                    # Refused: nothing counted, so no key kept either (a key is "counted").
                    transaction.set_rollback(True)
                return response
        except IntegrityError:
            # Two tabs sent the same key at the same moment: the other one counted it.
            seen = ReplayKey.objects.filter(key=key).first()
            if seen is None:
                raise
            return _already_received(request, seen)

    return wrapper


def _sent_by_this_site(request) -> bool:
    """Whether a queued sending comes from this site's own pages or worker.

    Not by its CSRF token: the form was filled in offline, perhaps weeks before, and
    signing in again (a session that ended meanwhile) gives the reader a new token, so
    the kept one is refused and the progress lost. Instead, the request carries the
    `Idempotency-Key` header, which a page of another site can make a browser send only
    after a CORS preflight this site never grants (OWASP's "custom request headers"
    defence); and where the browser says where a request comes from (`Sec-Fetch-Site`),
    it must be this site.
    """
    return request.headers.get("Sec-Fetch-Site", "same-origin") == "same-origin"


def _already_received(request, seen: ReplayKey):
    if seen.user_id != request.user.pk:
        raise ReplayRefused(_("This request was already sent from another account."))
    # Nothing to show: only the service worker sends keys, and it only needs to know
    # that it may drop the entry.
    return HttpResponse(status=204)
