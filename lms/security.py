"""Security headers and log-in throttling that settings alone cannot express.

- ``SecurityHeadersMiddleware``: django-csp's middleware with two policies, a
  strict one for the trainee site (no inline script or style at all) and a looser
  one for the Wagtail and Django admins, whose own widgets (date pickers, inline
  panels) carry inline scripts; a page previewed in the admin may be framed by
  the admin, and only there; plus a Permissions-Policy header.
- ``LoginThrottleHandler``: django-axes' database handler with one limit per
  account and another, higher, per client address: many phones share one
  address behind a mobile carrier's NAT, so the per-client limit must be larger.
"""

from axes.handlers.database import AxesDatabaseHandler
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


def login_client_ip(request) -> str:
    """The client's address for throttling: the same rule as the verification
    page's rate limit (RATE_LIMIT_CLIENT_HEADER behind a proxy, else REMOTE_ADDR)."""
    header = settings.RATE_LIMIT_CLIENT_HEADER
    return (request.META.get(header) if header else None) or request.META.get("REMOTE_ADDR", "")


class LoginThrottleHandler(AxesDatabaseHandler):
    """Locks out an account after LOGIN_FAILURES_PER_ACCOUNT failures, and a
    client address after LOGIN_FAILURES_PER_CLIENT, within AXES_COOLOFF_TIME.

    Axes compares one number with one limit (AXES_FAILURE_LIMIT, which is the
    per-account limit); the per-client count is scaled to that limit, so each
    reaches it at its own threshold. Needs AXES_LOCKOUT_PARAMETERS =
    ["username", "ip_address"], in that order.
    """

    def get_failures(self, request, credentials=None) -> int:
        per_account = settings.AXES_FAILURE_LIMIT
        per_client = settings.LOGIN_FAILURES_PER_CLIENT
        by_account, by_client = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        return max(by_account, by_client * per_account // per_client)


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
