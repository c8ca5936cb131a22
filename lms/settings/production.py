"""Production. Fails fast, with a clear message, when required configuration is missing.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, CREDENTIALS_KEY_DIR.
"""

import logging
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASE_URL, DUMMY_CACHE, TEMPLATE_FRAGMENT_CACHE, env_bool, env_list


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production "
            f"(DJANGO_SETTINGS_MODULE=lms.settings.production). See README.md, Configuration."
        )
    return value


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
_required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not DATABASE_URL:
    _required("DATABASE_URL")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The issuer's signing key ring (a mounted secret folder; manage.py credentials_key_create
# makes its first key): certificates are not issued unsigned. `check --deploy` says
# when the folder holds no key that can sign (certificates.E002).
CREDENTIALS_KEY_DIR = Path(_required("CREDENTIALS_KEY_DIR"))
CREDENTIALS_KEY_AUTOCREATE = False

# The public address (certificates' links and QR codes, admin e-mails, and the
# Site record that previews use): the first allowed host over HTTPS unless set,
# never base's http://127.0.0.1:8000.
if ALLOWED_HOSTS[0] != "*":
    WAGTAILADMIN_BASE_URL = os.environ.get(
        "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
    )
    SITE_URL = os.environ.get("SITE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")

# HTTPS everywhere. Behind a load balancer that terminates TLS, set
# SECURE_PROXY_SSL_HEADER=1 so Django trusts its X-Forwarded-Proto header.
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# One cache for every web process; Redis when configured.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # REDIS_POOLED_CLIENT=0: Django's own client (bench/load_learning.py's trial).
            "BACKEND": "lms.redis_cache.PooledRedisCache"
            if env_bool("REDIS_POOLED_CLIENT", True)
            else "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        },
        "template_fragments": DUMMY_CACHE,
    }
    # Shared by every process, so a password change or deactivation reaches all of them.
    USER_CACHE_SECONDS = int(os.environ.get("USER_CACHE_SECONDS", "300"))

# Structured logs: one JSON object per line (lms/log.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT  # noqa: F405
# Python warnings (WhiteNoise's "No directory at ...", deprecations) go through logging
# too, so that every line on stderr is one JSON object a collector can read.
logging.captureWarnings(True)

# Tasks in Redis (RQ) need to know which Redis: no silent fallback to localhost.
if TASKS_BACKEND.startswith("django_tasks_rq") and not (  # noqa: F405
    os.environ.get("RQ_REDIS_URL") or os.environ.get("REDIS_URL")
):
    _required("REDIS_URL")

if TEMPLATE_FRAGMENT_CACHE:
    CACHES["template_fragments"] = CACHES["default"]
