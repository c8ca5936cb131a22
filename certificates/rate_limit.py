"""A small per-client rate limit for public endpoints (the verification page).

A fixed window counted in the shared cache (Redis in production), keyed by the
client's address. Behind a proxy, set RATE_LIMIT_CLIENT_HEADER (for example
HTTP_X_REAL_IP) to the header the proxy sets; never trust a header the client
can set itself.
"""

import functools
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def client_address(request) -> str:
    header = getattr(settings, "RATE_LIMIT_CLIENT_HEADER", "")
    return (request.META.get(header) if header else None) or request.META.get("REMOTE_ADDR", "")


def rate_limited(scope: str):
    """Allow RATE_LIMITS[scope] = (requests, seconds) per client; answer 429 beyond."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            limit, window = settings.RATE_LIMITS[scope]
            bucket = int(time.time() // window)
            key = f"rl:{scope}:{client_address(request)}:{bucket}"
            cache.add(key, 0, timeout=window + 1)
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, timeout=window + 1)
                count = 1
            if count > limit:
                response = HttpResponse(
                    _("Too many requests. Please wait a minute and try again."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(window)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
