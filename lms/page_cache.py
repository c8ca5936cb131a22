"""Cached pages with per-reader fragments filled in on the way out.

Pages that opt in render the same HTML for every reader. This middleware stores
that shared HTML in the cache, keyed by host, path and a content version, and on
every response fills in each reader's parts. So the first reader of a lesson
pays for routing and rendering; every later reader, anonymous or logged in,
costs a cache read and their own fragments. It stays because it earns its keep:
on bench/load_learning.py, lesson pages served without it, or with Wagtail's
``{% wagtailpagecache %}`` around the lesson body instead, ran at a small fraction
of its requests per second (figures in bench/README.md).

The marker protocol (also in docs/architecture.md):

1. Markers. A template writes ``<!--lms:NAME-->`` (NAME: lowercase letters and
   hyphens) where the page depends on the reader: ``account`` and ``messages`` in
   templates/base.html, ``lesson-progress`` in templates/courses/lesson_page.html.
   Nothing else of the reader may be rendered into a page that opts in.
2. Fillers. Each NAME has one function ``fill(request, meta) -> str``, registered
   with ``@register_fragment("NAME")`` in a module its app's ``ready()`` imports
   (lms/fragments.py, courses/fragments.py). A marker without a filler becomes
   empty. Every HTML response below 500 is filled, cached or not, so an error
   page's header (404, 429) has the reader's links too.
3. Opt-in. A page whose HTML is the same for every reader calls
   ``opt_in(request, **meta)`` while rendering (in ``get_context``); ``meta`` is
   stored with the HTML and handed to the fillers. Only GET and HEAD without a
   query string, under a language prefix, status 200, for a reader without
   Wagtail's user bar, is stored; pages with view restrictions do not opt in.
4. Shared fragments. A filler whose HTML is the same for many readers renders
   it with ``shared_fragment(request, template, **context)``: once per template,
   language and context in each process, with the reader's CSRF token put in
   per request. Its template gets no request, no user and no context
   processors, so nothing of one reader can be kept and shown to another.

Publishing, unpublishing, moving or deleting a page, or changing its view
restrictions, bumps the content version (``content_changed``): no reader sees a
stale page after a publish, on any process sharing the cache (Redis in
production: REDIS_URL). With the per-process local-memory cache, other processes
catch up when their entries expire (PAGE_CACHE_SECONDS).
"""

import re
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

VERSION_KEY = "page-cache:version"
MARKER = re.compile(r"<!--lms:([a-z-]+)-->")

#: Marker name -> function(request, meta) returning the reader's HTML fragment.
FRAGMENTS: dict[str, Callable] = {}


def register_fragment(name: str):
    """Decorator: ``fill(request, meta) -> str`` renders ``<!--lms:name-->`` for a reader."""

    def decorator(function):
        FRAGMENTS[name] = function
        return function

    return decorator


def opt_in(request, **meta) -> None:
    """Called by a page while rendering: its HTML is the same for every reader."""
    request.page_cache_meta = meta


# Stands for the reader's CSRF token in a memoised fragment: letters only, so
# that no template filter or escaping changes it.
CSRF_PLACEHOLDER = "lmscsrftokenplaceholder"

#: (template, language, context) -> rendered HTML with CSRF_PLACEHOLDER. Per process,
#: and worth it: rendering per request (PAGE_FRAGMENT_MEMO=0) cost a logged-in lesson
#: page 1.35 to 1.75 times the server CPU on bench/load_learning.py (bench/README.md).
_shared: dict[tuple, str] = {}
SHARED_FRAGMENTS_MAX = 10_000


def shared_fragment(request, template_name: str, **context) -> str:
    """Render a fragment once per distinct context and language; fill the reader's CSRF token.

    ``context`` must hold everything the template reads, as hashable values
    (numbers, strings, booleans, flat dicts of those). Whatever is not in it
    renders empty: the template gets no request, no user and no context
    processors, so nothing of one reader can be memoised and shown to another.
    The reader's own CSRF token (``{% csrf_token %}``) is put in per request,
    through ``get_token``, which also sets the CSRF cookie when it is missing.
    """
    if not getattr(settings, "PAGE_FRAGMENT_MEMO", True):  # bench/load_learning.py's trial
        return render_to_string(template_name, {**context, "csrf_token": get_token(request)})
    key = (template_name, translation.get_language(), _freeze(context))
    html = _shared.get(key)
    if html is None:
        if len(_shared) >= SHARED_FRAGMENTS_MAX:  # bounded: old pages' contexts go
            _shared.clear()
        html = _shared[key] = render_to_string(
            template_name, {**context, "csrf_token": CSRF_PLACEHOLDER}
        )
    if CSRF_PLACEHOLDER in html:
        html = html.replace(CSRF_PLACEHOLDER, get_token(request))
    return html


def _freeze(value):
    if isinstance(value, dict):
        return tuple(sorted((name, _freeze(item)) for name, item in value.items()))
    hash(value)  # TypeError now, rather than a wrong memo later
    return value


def content_version() -> int:
    """The pages' content version, from the shared cache (one read per page view:
    a per-process memo of it gained nothing measurable on bench/load_learning.py)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def content_changed(**kwargs) -> None:
    """Signal receiver: any page change makes every cached page stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet in this cache
        cache.add(VERSION_KEY, 2, timeout=None)


def fill(request, html: str, meta: dict) -> str:
    def replace(match):
        filler = FRAGMENTS.get(match.group(1))
        return filler(request, meta) if filler else ""

    return MARKER.sub(replace, html)


def _cache_key(request) -> str | None:
    if request.method not in ("GET", "HEAD") or request.GET:
        return None
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    if not request.path.startswith(prefixes):
        return None
    return f"page-cache:{content_version()}:{request.get_host()}:{request.path}"


class PageCacheMiddleware:
    """Serve opted-in pages from the cache and fill every page's reader fragments.

    Sits after the session, authentication, CSRF and message middleware, which
    the fragments use.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        key = _cache_key(request) if seconds else None
        if key is not None:
            entry = cache.get(key)
            if entry is not None:
                html, meta, content_type = entry
                response = HttpResponse(fill(request, html, meta), content_type=content_type)
                response["X-Page-Cache"] = "hit"
                return self._private(request, response)

        response = self.get_response(request)
        # Error pages (404, 429 lock-out...) are filled too, so that their header
        # has the log-in links, but never cached; a server error is left alone
        # (filling needs the database, which may be what failed).
        if (
            response.streaming
            or response.status_code >= 500
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        html = response.content.decode(response.charset)
        if "<!--lms:" not in html:
            return response
        meta = getattr(request, "page_cache_meta", None)
        # An editor's page carries Wagtail's user bar (links into the admin): theirs only.
        shared = (
            meta is not None
            and response.status_code == 200
            and not request.session.get("lms_admin_access")
        )
        if key is not None and shared:
            cache.set(key, (html, meta, response["Content-Type"]), seconds)
            response["X-Page-Cache"] = "miss"
        response.content = fill(request, html, meta or {}).encode(response.charset)
        return self._private(request, response)

    @staticmethod
    def _private(request, response):
        if request.user.is_authenticated:
            # The filled page carries the reader's name, progress and CSRF token.
            add_never_cache_headers(response)
            response["Cache-Control"] += ", private"
        return response
