"""Asks a volunteer to agree to a new version of the privacy notice on their next visit.

On the site's pages (under a language prefix), for a signed-in volunteer who has not
agreed to the notice in force, a page opened in the browser (a navigation, not a
script's or the service worker's fetch) redirects to the consent page, which leads
back. Not in the admins, not on the account, consent and offline pages, and never
for a POST (an answer or a progress report is not lost to a redirect).

Cheap on every page: the notice in force is cached (consent.selectors.notice_current_id)
and the version a person agreed to is kept in their session, so the database is
asked once per session and version.
"""

from urllib.parse import quote

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from consent.selectors import notice_agreed, notice_current_id

SESSION_KEY = "consent_notice"
#: Paths after the language prefix where no one is asked: signing in and out, the
#: notice and consent pages themselves, what the browser fetches by itself, and the
#: person's own data (seeing it, downloading it, asking for its erasure: the way out
#: for someone who does not agree, which the asking page links to).
EXEMPT = ("accounts/", "consent/", "offline", "manifest.webmanifest", "my-data/")


class NoticeConsentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if self.must_ask(request):
            url = reverse("consent:agree") + "?next=" + quote(request.get_full_path())
            return redirect(url)
        return self.get_response(request)

    def must_ask(self, request) -> bool:
        if request.method not in ("GET", "HEAD"):
            return False
        path = request.path_info
        prefix = next((p for p in self.prefixes if path.startswith(p)), None)
        if prefix is None or path[len(prefix) :].startswith(EXEMPT):
            return False
        if request.headers.get("Sec-Fetch-Mode", "navigate") != "navigate":
            return False
        if not request.user.is_authenticated:
            return False
        notice_id = notice_current_id()
        if notice_id is None or request.session.get(SESSION_KEY) == notice_id:
            return False
        user = request.user
        # Staff without a volunteer profile are not asked: the notice is the volunteers'.
        if notice_agreed(user, notice_id) or not hasattr(user, "volunteer_profile"):
            request.session[SESSION_KEY] = notice_id
            return False
        return True
