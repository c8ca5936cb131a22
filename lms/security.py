"""Security headers and log-in throttling that settings alone cannot express.

- ``SecurityHeadersMiddleware``: django-csp's middleware with two policies, a
  strict one for the trainee site (no inline script or style at all) and a looser
  one for the Wagtail and Django admins, whose own widgets (date pickers, inline
  panels) carry inline scripts; a page previewed in the admin may be framed by
  the admin, and only there; plus a Permissions-Policy header.
- ``LoginThrottleHandler``: django-axes' database handler with three limits:
  per (account, client address) pair, low; per client address, higher (many
  phones share one address behind a mobile carrier's NAT); per account, much
  higher, and not applied to a device the account has logged in from before
  (``KnownDeviceMiddleware``), so that wrong passwords from elsewhere cannot
  keep a coordinator out. A password reset by e-mail clears the account's
  failures and makes the device known.
"""

import hashlib

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_lockout_parameters
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))


class SecurityHeadersMiddleware(CSPMiddleware):
    """Content-Security-Policy by area, and Permissions-Policy on every response."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.CSP_ADMIN_DIRECTIVES)
        if not report_only and getattr(request, "is_preview", False):
            # Wagtail renders a preview through a fake request for the page's own
            # URL, so the site's policy applies; the editor's side panel frames it.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response


KNOWN_DEVICE_COOKIE = "lms_known_device"
KNOWN_DEVICE_SALT = "lms.security.known-device"
KNOWN_DEVICE_MAX_AGE = 180 * 24 * 3600


def login_username(request, credentials=None) -> str | None:
    """The account a log-in names, for counting failures (AXES_USERNAME_CALLABLE):
    "+91 98765 43210", "09876543210" and the volunteer's user name are one account."""
    from lms.auth_backends import account_username

    typed = (credentials or {}).get("username")
    if typed is None and request is not None:
        typed = request.POST.get("username")
    return account_username(typed)


def device_token(username: str) -> str:
    # A digest, not the name: cookies are ASCII ("राम" is a user name) and the
    # cookie need not tell anyone who uses the device.
    return hashlib.sha256(username.encode()).hexdigest()[:32]


def known_device(request, username: str | None) -> bool:
    cookies = getattr(request, "COOKIES", None)
    if not username or cookies is None:
        return False
    known = request.get_signed_cookie(
        KNOWN_DEVICE_COOKIE, default=None, salt=KNOWN_DEVICE_SALT, max_age=KNOWN_DEVICE_MAX_AGE
    )
    return known == device_token(username)


def lockout_parameters(request, credentials=None) -> list:
    """(account, client) first, the client, then the account unless the device
    is the account's own (AXES_LOCKOUT_PARAMETERS)."""
    parameters = [["username", "ip_address"], "ip_address"]
    if not known_device(request, login_username(request, credentials)):
        parameters.append("username")
    return parameters


def remember_device(sender, request, user, **kwargs):
    """On log-in: KnownDeviceMiddleware gives this device the account's cookie."""
    if request is not None:
        request.lms_known_device = user.get_username()


class KnownDeviceMiddleware:
    """Sets the signed cookie by which a device that logged in before is known."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        username = getattr(request, "lms_known_device", None)
        if username:
            response.set_signed_cookie(
                KNOWN_DEVICE_COOKIE,
                device_token(username),
                salt=KNOWN_DEVICE_SALT,
                max_age=KNOWN_DEVICE_MAX_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


class LoginThrottleHandler(AxesDatabaseHandler):
    """Locks out a log-in after AXES_FAILURE_LIMIT failures of the account from
    one client, LOGIN_FAILURES_PER_CLIENT from one client on any accounts, or
    LOGIN_FAILURES_PER_ACCOUNT on the account from clients it does not know,
    within AXES_COOLOFF_TIME.

    Axes compares one number with one limit (AXES_FAILURE_LIMIT); the other
    counts are scaled to it, so each reaches it at its own threshold.
    """

    def get_failures(self, request, credentials=None) -> int:
        pair_limit = settings.AXES_FAILURE_LIMIT
        limits = {
            "ip_address": settings.LOGIN_FAILURES_PER_CLIENT,
            "username": settings.LOGIN_FAILURES_PER_ACCOUNT,
        }
        parameters = get_lockout_parameters(request, credentials)
        scaled = [0]
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            total = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            limit = limits[parameter] if isinstance(parameter, str) else pair_limit
            scaled.append(total * pair_limit // limit)
        return max(scaled)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out log-in gets (site and Wagtail admin): 429, in the
    reader's language, saying how long to wait."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(
        request,
        settings.AXES_LOCKOUT_TEMPLATE,
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
