"""Security settings: public endpoints' rate limits, uploads, log-in throttling (django-axes),
security headers and the Content Security Policy. Part of ``base`` (imported at its end).
"""

import os
from datetime import timedelta

from .environment import env_bool, env_list

# Public endpoints' limits per client: (requests, seconds).
RATE_LIMITS = {
    "verify": (int(os.environ.get("VERIFY_RATE_LIMIT_PER_MINUTE", "30")), 60),
    # Sign-ups per client address in ten minutes, password resets in an hour: a
    # family or a recruitment camp may share one address (raise the sign-up limit
    # for a camp), a script should not create accounts or send e-mails in bulk.
    # Only accounts created count here; every sign-up POST counts in
    # "signup_attempts_client", so typos do not stop a camp.
    "signup_client": (int(os.environ.get("SIGNUP_RATE_LIMIT_PER_10_MINUTES", "5")), 600),
    "signup_attempts_client": (30, 600),
    "reset_client": (int(os.environ.get("RESET_RATE_LIMIT_PER_HOUR", "20")), 3600),
    # Per target, from any address: sign-up attempts naming one mobile number,
    # reset e-mails to one address.
    "signup_phone": (5, 3600),
    "reset_email": (3, 3600),
    # Sign-in codes (accounts/): per mobile number from any client, three in fifteen
    # minutes and ten a day; per client, codes asked for and codes typed (guessing
    # across many numbers). Every number counts alike, registered or not.
    "code_phone": (3, 900),
    "code_phone_day": (10, 86400),
    "code_request_client": (int(os.environ.get("CODE_REQUEST_RATE_LIMIT_PER_15_MIN", "20")), 900),
    "code_verify_client": (int(os.environ.get("CODE_VERIFY_RATE_LIMIT_PER_15_MIN", "40")), 900),
    # Downloads of volunteers' personal data per coordinator in an hour (audit.downloads):
    # enough for a day's work, not for copying the whole organisation file by file.
    "exports": (int(os.environ.get("EXPORT_RATE_LIMIT_PER_HOUR", "20")), 3600),
}
# The audit trail (audit/). A download of more rows than this asks the coordinator why
# they need it first; the purpose is kept with the download's record.
AUDIT_PURPOSE_ROWS = int(os.environ.get("AUDIT_PURPOSE_ROWS", "500"))
# Record every page of the coordinators' volunteer list (its filters, searches and how
# many matched), not only volunteers' pages and downloads.
AUDIT_LISTS = env_bool("AUDIT_LISTS", True)
# Behind a proxy, the header it sets with the client's address (e.g. HTTP_X_REAL_IP);
# empty: REMOTE_ADDR. One function reads it for every limit (lms.rate_limit.client_ip).
RATE_LIMIT_CLIENT_HEADER = os.environ.get("RATE_LIMIT_CLIENT_HEADER", "")
# django-ratelimit (the verification page): our client address, counters in the
# default cache, and our 429 page when a limit is reached.
RATELIMIT_IP_META_KEY = "lms.rate_limit.client_ip"
RATELIMIT_VIEW = "lms.rate_limit.too_many_requests"

# Security ----------------------------------------------------------------------------
# Uploads. No SVG or HTML anywhere: both can carry script. Documents are served
# as attachments through Wagtail's view (never inline, never by their raw
# /media/ address), so a private document's collection restriction is checked.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
# Django's own limits on what a request may hold in memory before streaming to disk.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Wagtail's admin would otherwise ask releases.wagtail.io from the browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin's policy allows no outside images, and
# a trainer's e-mail hash is not gravatar's business. Uploaded avatars still show.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Log-in throttling (django-axes), on the site's and the Wagtail admin's log-in,
# for LOGIN_LOCKOUT_MINUTES: an account is locked for one client address after
# LOGIN_FAILURES_PER_ACCOUNT_AND_CLIENT failures; a client address after
# LOGIN_FAILURES_PER_CLIENT (higher: phones behind one carrier NAT share an
# address); an account for every device it has not logged in from before after
# LOGIN_FAILURES_PER_ACCOUNT (much higher: wrong passwords from elsewhere must not
# lock a coordinator out; a password reset by e-mail unlocks). lms/security.py.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_HANDLER = "lms.security.LoginThrottleHandler"
AXES_LOCKOUT_PARAMETERS = "lms.security.lockout_parameters"
AXES_USERNAME_CALLABLE = "lms.security.login_username"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURES_PER_ACCOUNT_AND_CLIENT", "5"))
LOGIN_FAILURES_PER_CLIENT = int(os.environ.get("LOGIN_FAILURES_PER_CLIENT", "50"))
LOGIN_FAILURES_PER_ACCOUNT = int(os.environ.get("LOGIN_FAILURES_PER_ACCOUNT", "100"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "lms.rate_limit.client_ip"
AXES_LOCKOUT_CALLABLE = "lms.security.lockout_response"
# Successful log-ins are not written to the database (500,000 trainees).
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# Security headers. Django's SecurityMiddleware sends X-Content-Type-Options:
# nosniff, Referrer-Policy and Cross-Origin-Opener-Policy; XFrameOptionsMiddleware
# X-Frame-Options: DENY (Wagtail's preview marks itself SAMEORIGIN).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)
# Extra origins for images and media (an S3 bucket or CDN), e.g. https://cdn.example.org
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
# The trainee site: no inline script or style, nothing from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The service worker (/sw.js) and the web app manifest: our own only.
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail and Django admins: Wagtail's own widgets (date pickers, inline
# panels, the rich text editor) use inline scripts and style attributes, so
# 'unsafe-inline' for scripts and styles there, and only there; everything else
# stays same-origin. Wagtail's preview frames the site inside the admin.
CSP_ADMIN_PATH_PREFIXES = ["/admin/", "/django-admin/"]
CSP_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *CSP_MEDIA_ORIGINS],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "worker-src": ["'self'", "blob:"],
}
