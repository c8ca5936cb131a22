"""Tests: `make test`. SQLite in memory by default, PostgreSQL with DATABASE_URL."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# A fast hasher: password hashing is not what these tests measure.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "template_fragments": DUMMY_CACHE,  # noqa: F405
}
# A test that starts a worker process passes its folder on in PRIVATE_ROOT.
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT") or tempfile.mkdtemp(prefix="lms-test-private-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A test that starts a worker process gives it the file backend (EMAIL_FILE_PATH).
# A sweep in a test sends no digest unless the test asks (reports/tests/test_digest.py):
# a coordinator's digest would otherwise land in other tests' mail outbox.
REPORTS_WEEKLY_DIGESTS = False
REPORTS_ITEM_SUMMARY = False  # item analysis live, as it was; its own tests turn it on
# Nor does a sweep evaluate the reminder rules unless the test asks: in a worker process
# started by a test on SQLite (lms/tests/test_task_workers.py) the evaluation has no
# tables and would fail (reminders/tests/test_reminders.py turns it on).
REMINDERS_ENABLED = False
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# Keep the test run from writing into the developer's var/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="lms-test-media-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="lms-test-static-"))
WHITENOISE_USE_FINDERS = True

# Tasks run inline in tests (Wagtail's search and reference index updates are
# tasks too); the database backend and its worker are tested through the
# "database" alias.
TASKS = {
    "default": {
        # A test that starts a real worker sets TASKS_BACKEND for it and itself.
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": ["default"],
    },
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# Tests of the page cache turn it on themselves.
PAGE_CACHE_SECONDS = 0
PROGRESS_CACHE_SECONDS = 0

# Threads in tests (the live server, concurrent answers) must not keep
# connections open past the test, or the test database cannot be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

# django-axes needs the request in authenticate(), which the test client's
# login() does not pass; the throttling tests turn it on themselves.
AXES_ENABLED = False

# A key ring per test run, made on first use; a worker process a test starts gets the
# same folder (testing/workers.py passes CREDENTIALS_KEY_DIR on).
CREDENTIALS_KEY_DIR = CREDENTIALS_KEY_DIR or Path(  # noqa: F405
    tempfile.mkdtemp(prefix="lms-test-credentials-")
)
CREDENTIALS_KEY_AUTOCREATE = True
