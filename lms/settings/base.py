"""Settings shared by every environment. Configuration comes from the environment.

``base`` is safe by default: DEBUG is off and there is no secret key here.
``dev`` and ``test`` add a development key; ``production`` requires the real ones.
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from .environment import env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Everything the running site writes (SQLite database, uploaded media, PDFs)
# lives in one git-ignored folder, so a fresh clone has nothing to clean up.
VAR_DIR = Path(os.environ.get("LMS_VAR_DIR", BASE_DIR / "var"))


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # lms first: its AppConfig restores what django-quiz-app needs before the
    # quiz apps' models are imported (see lms/quiz_compat.py).
    "lms",
    "organisation",
    "courses",
    "certificates",
    "messaging",
    "reports",
    # The installable web app: service worker, manifest, offline page.
    "offline",
    # Phone sign-in and invitations; notice and consent; the person's own data and its
    # erasure; the audit trail of exports and views; the reminder rules.
    "accounts",
    "consent",
    "privacy",
    "audit",
    "reminders",
    # django-quiz-app 0.5.1: models only (no views, urls, templates or admin).
    "quiz",
    "multichoice",
    "true_false",
    "essay",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    # Our AdminConfig: autodiscovers admin modules except django-quiz-app's,
    # which targets Django 1.x.
    "lms.admin_apps.LmsAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

# django-quiz-app ships no migrations; ours are generated once and committed.
MIGRATION_MODULES = {
    app: f"lms.quiz_migrations.{app}" for app in ("quiz", "multichoice", "true_false", "essay")
}

MIDDLEWARE = [
    # First: answers load balancers before the host and HTTPS checks, and gives
    # every request an id for the logs.
    "lms.health.HealthCheckMiddleware",
    "lms.log.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (strict on the site, looser in the admins) and
    # Permissions-Policy; outside the page cache, so cached pages get them too.
    "lms.security.SecurityHeadersMiddleware",
    # Before anything reads the path or query: a NUL byte in them is a 400.
    "lms.middleware.RejectNulBytesMiddleware",
    # Above everything that writes or caches a body: compresses what leaves.
    "lms.middleware.CompressionMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Whoever signs in or out: the browser forgets the pages kept for offline reading.
    "offline.middleware.ForgetKeptPagesOnSignInChangeMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A volunteer who has not agreed to the privacy notice in force is asked on their
    # next page; before the page cache, which would answer without asking.
    "consent.middleware.NoticeConsentMiddleware",
    # A refusal (lms.errors.ApplicationError) no view handled: its page, not a 500.
    "lms.errors.ApplicationErrorMiddleware",
    # Cached pages and per-reader fragments; needs the user, CSRF and messages above.
    "lms.page_cache.PageCacheMiddleware",
    # Turns django-ratelimit's Ratelimited into our 429 page (RATELIMIT_VIEW); inside
    # the page cache, so the page's header is filled in for the reader.
    "django_ratelimit.middleware.RatelimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Marks a device that logged in as known to the account (lms/security.py).
    "lms.security.KnownDeviceMiddleware",
    # Last, as django-axes requires: turns a locked-out log-in into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Databases --------------------------------------------------------------------
# DATABASE_URL (e.g. postgres://user@host:5432/lms) selects PostgreSQL, as in
# production and CI. Without it, an embedded SQLite database in var/ needs
# nothing installed.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
            conn_health_checks=True,
        )
    }
else:
    # The folder must exist before SQLite can create the file in it.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": {
                # Writers take the lock when their transaction starts, so two
                # writers wait for each other (timeout, seconds) instead of
                # failing with "database is locked" half-way through.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                # WAL lets the web server read while the task worker writes.
                "init_command": (
                    "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background tasks: lms/settings/tasks.py.
from .tasks import *  # noqa: E402, F403
from .tasks import TASKS_BACKEND  # noqa: E402

if TASKS_BACKEND.startswith("django_tasks_rq"):
    # Only with RQ: django-rq brings the rqworker command and a dashboard in the
    # Django admin, which a site on the database backend does not need.
    INSTALLED_APPS.append("django_rq")

# Pages that are the same for every reader (lessons, catalogue, home) are
# cached this long, unless a publish comes first (lms/page_cache.py). 0: off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# A trainee's progress in a course, as lesson pages show it
# (courses.selectors.reader_progress): as long as pages by default. 0: not kept.
PROGRESS_CACHE_SECONDS = int(os.environ.get("PROGRESS_CACHE_SECONDS", str(PAGE_CACHE_SECONDS)))
# For bench/load_learning.py's trial of each cache (bench/README.md): 0 renders the
# reader fragments per request instead of once per process (lms.page_cache.shared_fragment).
PAGE_FRAGMENT_MEMO = env_bool("PAGE_FRAGMENT_MEMO", True)
# Django's {% cache %} and Wagtail's {% wagtailpagecache %} use the
# "template_fragments" cache: a dummy (nothing kept) while the page cache keeps whole
# pages. TEMPLATE_FRAGMENT_CACHE=1 keeps fragments in the default cache instead: the
# framework's way (a lesson's body in {% wagtailpagecache %}), measured against the
# page cache by bench/load_learning.py.
TEMPLATE_FRAGMENT_CACHE = env_bool("TEMPLATE_FRAGMENT_CACHE")
DUMMY_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "template_fragments": DUMMY_CACHE,
}

# Quizzes: answers arriving up to this long after a time limit still count
# (a slow network, a submit pressed in the last second).
QUIZ_TIME_LIMIT_GRACE_SECONDS = int(os.environ.get("QUIZ_TIME_LIMIT_GRACE_SECONDS", "30"))

# Sessions live in the cache, backed by the database: a logged-in page view
# reads no session row.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Auth -----------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# ModelBackend, with the session's user row kept in the shared cache for
# USER_CACHE_SECONDS (lms/auth_backends.py). 0: not cached. Only production
# turns it on, and only with Redis: a per-process cache could not drop the row
# in every process when a password changes or an account is deactivated.
# django-axes' backend comes first: it refuses a locked-out account or client
# before any password is checked (see "Security" below).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "lms.auth_backends.CachedModelBackend",
]
# Log-in by mobile number: the user name of the volunteer whose number was typed, if any.
ACCOUNT_USERNAME_LOOKUP = "organisation.selectors.username_for_phone"
# Argon2 for every new or changed password; the PBKDF2 hashers stay so that
# existing hashes still verify (and are upgraded to Argon2 at the next log-in).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
USER_CACHE_SECONDS = 0
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"

# Internationalisation ---------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("hi", _("Hindi")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Kolkata")
USE_I18N = True
# Day-first dates in both languages (Django's "en" is American): lms/formats/.
FORMAT_MODULE_PATH = ["lms.formats"]
USE_TZ = True

# Static and media files ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Files no one may fetch by URL (certificate PDFs, imported volunteer lists):
# served only by views that check who asks. Never under MEDIA_ROOT.
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# An S3-compatible object store (AWS S3, MinIO, Ceph, R2...) replaces the local
# disk when AWS_STORAGE_BUCKET_NAME is set, so web processes and workers on
# several machines see the same files. Credentials come from boto3's usual
# sources (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, an instance role).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _s3_common = {
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        # Two uploads of the same name never replace each other's file.
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_MEDIA_LOCATION", "media"),
            # Media (lesson images, documents) is public: plain URLs, read access
            # given by the bucket's policy (or a CDN: AWS_S3_CUSTOM_DOMAIN).
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
            "default_acl": os.environ.get("AWS_DEFAULT_ACL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        },
    }
    # Certificate PDFs and imported lists: a separate bucket (or at least a
    # prefix no bucket policy makes public), private ACL, and no URLs at all:
    # only our views, which check who asks, read these files and stream them.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_common,
            "bucket_name": os.environ.get("AWS_PRIVATE_BUCKET_NAME") or AWS_STORAGE_BUCKET_NAME,
            "location": os.environ.get("AWS_PRIVATE_LOCATION", "private"),
            "default_acl": "private",
            "querystring_auth": False,
        },
    }

# E-mail and the messaging outbox's channels: lms/settings/messaging.py.
from .messaging import *  # noqa: E402, F403

# Personal data (privacy/, docs/data-processing.md): an erasure request is carried out
# this many days after it is made (the person may cancel until then); volunteers not
# selected, and sign-ups who went no further, inactive this many months are warned and
# erased this many days after the warning unless they come back.
PRIVACY_ERASURE_GRACE_DAYS = int(os.environ.get("PRIVACY_ERASURE_GRACE_DAYS", "7"))
PRIVACY_RETENTION_MONTHS = int(os.environ.get("PRIVACY_RETENTION_MONTHS", "18"))
PRIVACY_RETENTION_WARNING_DAYS = int(os.environ.get("PRIVACY_RETENTION_WARNING_DAYS", "30"))

# Reminders (reminders/): the watchdog queues the evaluation of every rule at most this
# often; a leader hears of their team once this many members are stuck.
# The reminder rules are evaluated by the sweep at most once per REMINDERS_EVALUATE_SECONDS;
# REMINDERS_ENABLED=0 stops the sweep from queueing them (the tests do).
REMINDERS_ENABLED = env_bool("REMINDERS_ENABLED", True)
REMINDERS_EVALUATE_SECONDS = int(os.environ.get("REMINDERS_EVALUATE_SECONDS", "3600"))
REMINDERS_TEAM_STUCK_MEMBERS = int(os.environ.get("REMINDERS_TEAM_STUCK_MEMBERS", "3"))

# Volunteer imports write this many rows per transaction, each with its checkpoint (a
# resumed import continues after the last one).
VOLUNTEER_IMPORT_BATCH_ROWS = int(os.environ.get("VOLUNTEER_IMPORT_BATCH_ROWS", "5000"))

# Requests made offline and sent later (offline/replay.py) are accepted once per key;
# the keys are forgotten after this many days (by the watchdog's sweep).
OFFLINE_REPLAY_KEY_DAYS = int(os.environ.get("OFFLINE_REPLAY_KEY_DAYS", "90"))

# Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Volunteer Training"
# One page tree per language; trainers translate with the admin's "Translate"
# action (wagtail.contrib.simple_translation), then write the Hindi text.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Hindi titles get transliterated ASCII slugs: Wagtail's URL pattern does not
# match Devanagari vowel signs, and ASCII links survive every chat app.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address of the site, printed on certificates (their QR code and
# verification link): set it to the real domain in production. `migrate` gives
# Wagtail's Site record its hostname and port (lms/sites.py), which previews use.
SITE_URL = os.environ.get("SITE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")

# Signed credentials (certificates/credentials/): the folder of the issuer's Ed25519
# key ring, never the database. Required in production (a mounted secret); dev and
# tests make a first key there on first use (CREDENTIALS_KEY_AUTOCREATE).
CREDENTIALS_KEY_DIR = (
    Path(os.environ["CREDENTIALS_KEY_DIR"]) if os.environ.get("CREDENTIALS_KEY_DIR") else None
)
CREDENTIALS_KEY_AUTOCREATE = False

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security (rate limits, uploads, log-in throttling, headers, CSP) and logging, each in
# its own module; every environment's settings see them through this one.
from .logs import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403
