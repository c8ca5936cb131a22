"""Pages kept on a phone belong to the person who read them.

A phone is often shared in a family or a team. When the signed-in person
changes — log-in, log-out, sign-up, a session that ended — the response tells
the browser to forget what this site kept (`Clear-Site-Data`): the pages the
service worker saved, its queue, and the worker itself, which the next page
registers again. Otherwise the next person, offline, would read the previous
person's dashboard.
"""

from django.contrib.auth import SESSION_KEY

CLEAR_SITE_DATA = '"cache", "storage"'


class ForgetKeptPagesOnSignInChangeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        before = request.session.get(SESSION_KEY)
        response = self.get_response(request)
        if request.session.get(SESSION_KEY) != before:
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response
