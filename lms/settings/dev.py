"""Local development: `make run`. Never use in production."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# An obviously fake key: dev.py is never used in production (production.py
# requires SECRET_KEY from the environment).
SECRET_KEY = "dev-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
INTERNAL_IPS = ["127.0.0.1"]

# Plain static storage: no collectstatic needed for `runserver`.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# WhiteNoise serves static files straight from the apps' folders, as
# collectstatic would lay them out in production, and picks up edits.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405

# Edits to templates show at once while developing.
PAGE_CACHE_SECONDS = 0
PROGRESS_CACHE_SECONDS = 0

# The issuer's signing key ring in var/ (git-ignored), made on first use.
CREDENTIALS_KEY_DIR = CREDENTIALS_KEY_DIR or VAR_DIR / "credentials"  # noqa: F405
CREDENTIALS_KEY_AUTOCREATE = True
