"""Rate limits on public endpoints, counted by django-ratelimit in the shared cache.

- The certificate verification page and its JSON take ``@ratelimit(group="verify",
  key="ip", rate=configured_rate)`` (certificates/views.py): RATE_LIMITS["verify"]
  requests per client address. Beyond it django-ratelimit raises ``Ratelimited``,
  which its middleware turns into ``too_many_requests`` (RATELIMIT_VIEW): a 429 page
  in the reader's language, or JSON for the ``.json`` address.
- Sign-up and password reset count what they need themselves (accounts created
  per client, attempts per mobile number or e-mail address) through
  ``limit_reached`` / ``limit_used_up`` / ``count_towards_limit``, on the same
  library's counters.

``client_ip`` is the one answer to "who is the client" (django-ratelimit's
RATELIMIT_IP_META_KEY, django-axes' AXES_CLIENT_IP_CALLABLE, the sign-up limits):
REMOTE_ADDR, or behind a proxy the header named by RATE_LIMIT_CLIENT_HEADER (for
example HTTP_X_REAL_IP), which the proxy sets. Never name a header the client can
set itself. Limits are per process when the cache is not shared (no REDIS_URL).
"""

import ipaddress

from django_ratelimit.core import get_usage

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def client_ip(request) -> str:
    """The client's address: the trusted proxy's header when configured, else REMOTE_ADDR."""
    header = settings.RATE_LIMIT_CLIENT_HEADER
    address = (request.META.get(header) or "").strip() if header else ""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:  # no header, or not an address (a misconfigured proxy)
        return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 (a key, not a bind)


def configured_rate(group: str, request) -> tuple[int, int]:
    """django-ratelimit's ``rate``: RATE_LIMITS[group] = (requests, seconds), read per request."""
    return settings.RATE_LIMITS[group]


def _usage(scope: str, key: str, *, increment: bool) -> dict:
    return get_usage(
        None,
        group=scope,
        key=lambda _group, _request: key,
        rate=settings.RATE_LIMITS[scope],
        increment=increment,
    )


def limit_reached(scope: str, key: str) -> bool:
    """Counts one request for `key` in RATE_LIMITS[scope]; true once beyond the limit."""
    return _usage(scope, key, increment=True)["should_limit"]


def limit_used_up(scope: str, key: str) -> bool:
    """Whether `key` has already used all of RATE_LIMITS[scope], counting nothing:
    for limits on what succeeded (``count_towards_limit`` after the success)."""
    usage = _usage(scope, key, increment=False)
    return usage["count"] >= usage["limit"]  # 0 >= 0 when the cache failed: closed


def count_towards_limit(scope: str, key: str) -> None:
    _usage(scope, key, increment=True)


def too_many_requests(request, exception=None):
    """RATELIMIT_VIEW: the answer to a request beyond a ``@ratelimit`` limit (429).

    The verification views are the only ones with ``@ratelimit``: their window
    tells the reader how long to wait."""
    seconds = settings.RATE_LIMITS["verify"][1]
    if request.path.endswith(".json"):
        response = JsonResponse({"status": "rate_limited", "retry_after": seconds}, status=429)
    else:
        minutes = max(1, seconds // 60)
        message = ngettext(
            "This page was asked for too often from your connection. "
            "Please try again in %(minutes)d minute.",
            "This page was asked for too often from your connection. "
            "Please try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
        context = {"heading": _("Too many requests"), "message": message}
        response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
