"""Settings shared by every environment. Configuration comes from the environment.

``base`` is safe by default: DEBUG is off and there is no secret key here.
``dev`` and ``test`` add a development key; ``production`` requires the real ones.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Everything the running site writes (SQLite database, uploaded media, PDFs)
# lives in one git-ignored folder, so a fresh clone has nothing to clean up.
VAR_DIR = Path(os.environ.get("LMS_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


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
    # erasure; the audit trail of exports and views.
    "accounts",
    "consent",
    "privacy",
    "audit",
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

# Background tasks ---------------------------------------------------------------
# The django-tasks API; task functions are written once and the backend is a
# setting. Default: the database backend, run by `manage.py db_worker`.
# Beyond one machine: TASKS_BACKEND=django_tasks_rq.RQBackend puts the tasks in
# Redis (RQ_REDIS_URL, else REDIS_URL), run by `manage.py rqworker --job-class
# django_tasks_rq.Job default` on as many machines as needed.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
TASKS = {"default": {"BACKEND": TASKS_BACKEND, "QUEUES": ["default"]}}
REDIS_URL = os.environ.get("REDIS_URL", "")
RQ_REDIS_URL = os.environ.get("RQ_REDIS_URL") or REDIS_URL or "redis://127.0.0.1:6379/0"
RQ_QUEUES = {
    "default": {
        "URL": RQ_REDIS_URL,
        # A chunk of 200 certificates takes well under this; RQ's default (180 s) is tight.
        "DEFAULT_TIMEOUT": int(os.environ.get("RQ_JOB_TIMEOUT", "1800")),
    }
}
# RQ as production runs it (lms/rq_workers.py): retries with back-off for every job,
# work-horses that die with their worker, names reusable after a crash, frequent
# registry cleaning, the scheduler and the watchdog in every worker.
RQ = {"QUEUE_CLASS": "lms.rq_workers.Queue", "WORKER_CLASS": "lms.rq_workers.Worker"}
# Seconds before each retry of a failed or abandoned job (RQ backend); all our tasks
# are safe to run again.
TASKS_RETRY_INTERVALS = [int(s) for s in env_list("TASKS_RETRY_INTERVALS", "10,30,60,120,300,600")]
# How often an RQ worker cleans the registries (abandoned jobs are retried then), and
# renews a running job's heartbeat (a job is abandoned two heartbeats after its last).
TASKS_MAINTENANCE_SECONDS = int(os.environ.get("TASKS_MAINTENANCE_SECONDS", "30"))
TASKS_HEARTBEAT_SECONDS = int(os.environ.get("TASKS_HEARTBEAT_SECONDS", "10"))
# The watchdog (lms/watchdog.py): a sweep queued by the workers about this often
# re-queues work whose last progress is older than WATCHDOG_STALE_SECONDS.
WATCHDOG_SECONDS = int(os.environ.get("WATCHDOG_SECONDS", "60"))
WATCHDOG_STALE_SECONDS = int(os.environ.get("WATCHDOG_STALE_SECONDS", "120"))
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

# E-mail: the console by default; the backend and its settings from the environment
# (an SMTP relay, or the file backend with EMAIL_FILE_PATH to check what was sent).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "training@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# The outbox (messaging/outbox.py): a sender holds a message this long before another
# may take it; this many attempts before a message is "failed"; the domain of the
# Message-IDs made from each message's key (default: the sender's domain).
MESSAGING_LEASE_SECONDS = int(os.environ.get("MESSAGING_LEASE_SECONDS", "300"))
MESSAGING_MAX_ATTEMPTS = int(os.environ.get("MESSAGING_MAX_ATTEMPTS", "8"))
MESSAGING_MESSAGE_ID_DOMAIN = os.environ.get(
    "MESSAGING_MESSAGE_ID_DOMAIN", DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
)

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
}
# Behind a proxy, the header it sets with the client's address (e.g. HTTP_X_REAL_IP);
# empty: REMOTE_ADDR. One function reads it for every limit (lms.rate_limit.client_ip).
RATE_LIMIT_CLIENT_HEADER = os.environ.get("RATE_LIMIT_CLIENT_HEADER", "")
# django-ratelimit (the verification page): our client address, counters in the
# default cache, and our 429 page when a limit is reached.
RATELIMIT_IP_META_KEY = "lms.rate_limit.client_ip"
RATELIMIT_VIEW = "lms.rate_limit.too_many_requests"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

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

# LOG_FORMAT=json (production's default): one JSON object per line, with the
# request's id (lms/log.py); "text" for people reading a terminal.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "lms.log.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "lms.log.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every page edit at INFO; the admin's history keeps them anyway.
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        "weasyprint.progress": {"level": "WARNING"},
        # WeasyPrint's font subsetting logs a line per font at INFO: noise for anyone
        # watching `make run` load the demo or a worker render certificates.
        "fontTools": {"level": "WARNING"},
        # runserver's "Watching for file changes" came out twice (Django's console
        # handler and ours); its INFO lines say nothing a newcomer needs.
        "django.utils.autoreload": {"level": "WARNING"},
        # django-axes logs every log-in and log-out at INFO; failures and lock-outs,
        # which matter, are WARNING, and kept in axes_accessattempt anyway.
        "axes": {"level": os.environ.get("AXES_LOG_LEVEL", "WARNING")},
    },
}
