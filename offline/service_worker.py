"""What the service worker is told: its version and the files it keeps from the start.

The version changes with every deploy that changes what the worker keeps (the
stylesheet, the registering script, the worker itself): the browser sees a
different /sw.js, installs it, and the new worker drops the old static cache.
Pages are not versioned: they are fetched network-first, so a reader online
always gets the live page, and the copy kept is replaced on each visit.
"""

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import get_template
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext as _

# Static files every page needs, kept at install so that a page saved on the phone
# still has its look offline.
PRECACHED_STATIC = ["css/site.css", "js/offline.js"]

# Pages never kept on the phone. Graded, timed quizzes stay online (the server's
# clock is the truth); account screens carry one-time tokens; search results
# are endless.
NEVER_SAVED = ["/accounts/", "/learn/attempts/", "/learn/courses/", "/search/", "/certificates/"]


# "Save this course for offline" keeps a course's pages and images in a cache of their
# own, named this and the course's id (static/js/offline.js); the worker serves from it
# when the network is gone, refreshes it when a saved page is read online, and never
# drops it on a new version: only the reader's "Remove", or signing out, does.
SAVED_COURSE_CACHE_PREFIX = "course-"

# The certificate verifier a coordinator opens once (certificates/offline_verifier.py)
# keeps its script, stylesheet, the issuer's keys and the status lists in a cache of
# its own, never dropped on a new version: the worker serves static files from it when
# its own static cache no longer has them. Offline, a certificate's short address
# (what a printed QR code opens, ``/v/<code>#<proof>``) opens that kept verifier, which
# checks the proof on the phone; a regular expression on the path.
VERIFIER_CACHE = "verifier"
VERIFIER_ADDRESSES = r"^/v/[^/]+$"


def verifier_pages() -> dict[str, str]:
    return {code: f"/{code}/verify/offline/" for code, _name in settings.LANGUAGES}


# Forms that may be posted offline and sent later (a regular expression on the path):
# "Mark as complete", and the answers of a practice quiz trainers let be answered offline
# (courses/practice.py). Graded, timed quiz answers are never queued: the server's clock
# decides.
QUEUED_FORMS = r"^/[a-z]{2}/learn/(lessons/\d+/complete|practice/\d+)/$"
# A phone keeps at most this many forms to send; past it, it asks to connect first.
QUEUE_LIMIT = 200


def messages() -> dict[str, dict[str, str]]:
    """What the worker says when it keeps a form for later, in each language."""
    said = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            said[code] = {
                "savedTitle": _("Saved on this phone"),
                "saved": _(
                    "You are offline. Your progress is saved on this phone and will be "
                    "sent when you are back online."
                ),
                "fullTitle": _("Not saved"),
                "full": _(
                    "This phone already holds a lot of progress that has not been sent. "
                    "Connect to the internet to send it, then try again."
                ),
                "continue": _("Continue"),
                "home": _("My learning"),
            }
    return said


@cache
def version() -> str:
    digest = hashlib.sha256()
    template = get_template("offline/sw.js").template.source
    digest.update(template.encode())
    for name in PRECACHED_STATIC:
        path = finders.find(name)
        if path:
            digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


def offline_page_urls() -> dict[str, str]:
    return {code: f"/{code}/offline/" for code, _name in settings.LANGUAGES}


def precached_urls() -> list[str]:
    return [static(name) for name in PRECACHED_STATIC] + list(offline_page_urls().values())
