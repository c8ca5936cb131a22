"""A small rate limit for public endpoints (the verification page, sign-up,
password reset).

A fixed window counted in the shared cache (Redis in production), keyed by the
client's address (``rate_limited``) or by anything else, such as the mobile
number or e-mail address a request is about (``limit_reached``).

Behind a proxy, set RATE_LIMIT_CLIENT_HEADER (for example HTTP_X_REAL_IP) to
the header the proxy sets; never trust a header the client can set itself.
"""

import functools
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def client_address(request) -> str:
    header = getattr(settings, "RATE_LIMIT_CLIENT_HEADER", "")
    return (request.META.get(header) if header else None) or request.META.get("REMOTE_ADDR", "")


def _cache_key(scope: str, key: str) -> str:
    window = settings.RATE_LIMITS[scope][1]
    bucket = int(time.time() // window)
    return f"rl:{scope}:{hashlib.sha256(key.encode()).hexdigest()}:{bucket}"


def limit_used_up(scope: str, key: str) -> bool:
    """Whether `key` has already used all of RATE_LIMITS[scope], counting nothing:
    for limits on what succeeded (``count_towards_limit`` after the success)."""
    limit = settings.RATE_LIMITS[scope][0]
    return (cache.get(_cache_key(scope, key)) or 0) >= limit


def count_towards_limit(scope: str, key: str) -> None:
    limit_reached(scope, key)


def limit_reached(scope: str, key: str) -> bool:
    """Counts one request for `key` in RATE_LIMITS[scope] = (requests, seconds);
    true once the count is beyond the limit."""
    limit, window = settings.RATE_LIMITS[scope]
    cache_key = _cache_key(scope, key)
    cache.add(cache_key, 0, timeout=window + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window + 1)
        count = 1
    return count > limit


def too_many_requests(scope: str) -> HttpResponse:
    response = HttpResponse(
        _("Too many requests. Please wait a minute and try again."),
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(settings.RATE_LIMITS[scope][1])
    return response


def rate_limited(scope: str, methods: tuple[str, ...] | None = None):
    """Allow RATE_LIMITS[scope] = (requests, seconds) per client; answer 429 beyond.

    With `methods`, only requests of those methods are counted (a form may be
    read freely and sent a limited number of times).
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if (methods is None or request.method in methods) and limit_reached(
                scope, client_address(request)
            ):
                return too_many_requests(scope)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
