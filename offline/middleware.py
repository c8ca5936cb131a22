"""Pages kept on a phone belong to the person who read them.

A phone is often shared in a family or a team. When the signed-in person
changes — log-in, log-out, sign-up — the response tells the browser to forget
what this site kept (`Clear-Site-Data`): the pages the service worker saved, its
queue, and the worker itself, which the next page registers again. Otherwise the
next person, offline, would read the previous person's dashboard.

A session that ended on its own (it expired while the phone was offline for
weeks) is not a change of person: when the same reader signs in again, what they
kept — above all the progress queued offline and not yet sent — stays. The phone
remembers whose it is in a cookie holding a keyed hash of the reader's id (never
the id), `PHONE_OWNER_COOKIE`, set while they are signed in and deleted on log-out.
"""

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils.crypto import constant_time_compare, salted_hmac

CLEAR_SITE_DATA = '"cache", "storage"'
PHONE_OWNER_COOKIE = "lms_phone_owner"
# Longer than a session (two weeks by default): a phone offline for a month and its
# reader signing in again still keeps the progress it queued.
PHONE_OWNER_MAX_AGE = 180 * 24 * 3600


def owner_token(user_id: str) -> str:
    return salted_hmac("offline.phone-owner", user_id).hexdigest()[:32]


class ForgetKeptPagesOnSignInChangeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        before = request.session.get(SESSION_KEY)
        response = self.get_response(request)
        after = request.session.get(SESSION_KEY)
        kept_for = request.COOKIES.get(PHONE_OWNER_COOKIE, "")
        if after is None:
            if before is not None:  # signed out
                response["Clear-Site-Data"] = CLEAR_SITE_DATA
                response.delete_cookie(PHONE_OWNER_COOKIE)
            return response
        token = owner_token(str(after))
        same_reader = constant_time_compare(kept_for, token)
        if after != before and not (before is None and same_reader):
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
        if not same_reader:
            response.set_cookie(
                PHONE_OWNER_COOKIE,
                token,
                max_age=PHONE_OWNER_MAX_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
