"""Deployment beyond one machine: health check, object storage, RQ settings, JSON logs.

Settings are read once per process, so the settings cases run in a fresh
interpreter (the ``run_python`` fixture). Nothing here needs the network.
"""

import io
import json
import logging

import pytest

from django.db import connection
from django.test import Client

from lms.log import JsonFormatter, RequestIdFilter

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-production-test-key-with-enough-length-and-variety-0123456789",
    "ALLOWED_HOSTS": "training.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/lms",
    "CREDENTIALS_KEY_DIR": "/nonexistent/credentials-keys",
}
SETUP = "import django; django.setup(); "
# Nothing listens on port 1: a database or Redis that is down.
DOWN_DATABASE = "postgres://postgres@127.0.0.1:1/lms"
DOWN_REDIS = "redis://127.0.0.1:1/0"
HEALTHZ = SETUP + (
    "from django.test import Client; "
    "r = Client().get('/healthz', HTTP_HOST='10.0.0.7'); "
    "print(r.status_code); print(r.content.decode().strip().replace(chr(10), ' | '))"
)


# Health check ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_is_503_with_the_reason_when_the_database_is_down(monkeypatch):
    def broken_cursor(*args, **kwargs):
        from django.db import OperationalError

        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.content.decode() == "database: unavailable (OperationalError)\n"


def test_production_healthz_answers_a_load_balancer_by_ip_over_plain_http(run_python):
    """No ALLOWED_HOSTS error, no HTTPS redirect: the load balancer asks by address."""
    result = run_python(HEALTHZ, env={**PRODUCTION_ENV, "DATABASE_URL": DOWN_DATABASE})
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.splitlines()[-2:]
    assert status == "503"
    assert body == "database: unavailable (OperationalError)"


def test_production_healthz_checks_redis_when_the_cache_and_tasks_use_it(run_python):
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": DOWN_DATABASE,
        "REDIS_URL": DOWN_REDIS,
        "TASKS_BACKEND": "django_tasks_rq.RQBackend",
    }
    result = run_python(HEALTHZ, env=env)
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.splitlines()[-2:]
    assert status == "503"
    assert body == (
        "database: unavailable (OperationalError) | cache: unavailable (ConnectionError)"
        " | task queue: unavailable (ConnectionError)"
    )


@pytest.mark.django_db
def test_healthz_checks_a_redis_cache_that_answers(settings):
    """The Redis check passes against the real Redis (skipped when there is none)."""
    import redis

    # Not database 5: the RQ workers test empties that one, perhaps at the same time (xdist).
    url = "redis://127.0.0.1:6379/6"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {url}")
    settings.CACHES = {"default": {"BACKEND": "lms.redis_cache.PooledRedisCache", "LOCATION": url}}
    response = Client().get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")


# Object storage ---------------------------------------------------------------------------

STORAGES_JSON = SETUP + (
    "import json; from django.conf import settings; from django.core.files.storage import "
    "storages; print(json.dumps({k: v for k, v in settings.STORAGES.items()}, default=str)); "
    "p = storages['private']; d = storages['default']; "
    "print(json.dumps([p.bucket_name, p.location, p.default_acl, p.querystring_auth, "
    "p.endpoint_url, d.bucket_name, d.location, d.querystring_auth, p.url('x/c.pdf')]))"
)


def test_without_a_bucket_files_stay_on_the_local_disk(run_python, tmp_path):
    code = SETUP + (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.STORAGES, default=str))"
    )
    result = run_python(
        code,
        env={**PRODUCTION_ENV, "PRIVATE_ROOT": str(tmp_path / "private")},
        drop=("AWS_STORAGE_BUCKET_NAME",),
    )
    assert result.returncode == 0, result.stderr
    storages = json.loads(result.stdout.splitlines()[-1])
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["private"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["private"]["OPTIONS"] == {
        "location": str(tmp_path / "private"),
        "base_url": None,
    }


def test_s3_settings_put_media_and_private_files_in_buckets(run_python):
    env = {
        **PRODUCTION_ENV,
        "AWS_STORAGE_BUCKET_NAME": "lms-media",
        "AWS_PRIVATE_BUCKET_NAME": "lms-private",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
        "AWS_S3_REGION_NAME": "ap-south-1",
        "AWS_ACCESS_KEY_ID": "test-key-id",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    result = run_python(STORAGES_JSON, env=env)
    assert result.returncode == 0, result.stderr
    storages = json.loads(result.stdout.splitlines()[-2])
    assert storages["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storages["private"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storages["staticfiles"]["BACKEND"].startswith("whitenoise.")
    (
        private_bucket,
        private_location,
        private_acl,
        private_signed,
        endpoint,
        media_bucket,
        media_location,
        media_signed,
        private_url,
    ) = json.loads(result.stdout.splitlines()[-1])
    assert (private_bucket, private_location, private_acl) == ("lms-private", "private", "private")
    assert private_signed is False  # no URL that works without our views
    assert "Signature" not in private_url and "X-Amz" not in private_url
    assert endpoint == "https://s3.example.org"
    assert (media_bucket, media_location, media_signed) == ("lms-media", "media", False)


def test_s3_private_files_share_the_media_bucket_under_their_own_prefix(run_python):
    env = {**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": "lms-files"}
    result = run_python(STORAGES_JSON, env=env, drop=("AWS_PRIVATE_BUCKET_NAME",))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.splitlines()[-1])
    assert values[:4] == ["lms-files", "private", "private", False]
    assert values[5:7] == ["lms-files", "media"]


# Task queue (RQ) --------------------------------------------------------------------------

RQ_SETTINGS = SETUP + (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.TASKS['default']['BACKEND'], settings.RQ_QUEUES['default']['URL'],"
    " 'django_rq' in settings.INSTALLED_APPS]))"
)


def test_rq_backend_takes_its_redis_from_redis_url(run_python):
    env = {
        **PRODUCTION_ENV,
        "TASKS_BACKEND": "django_tasks_rq.RQBackend",
        "REDIS_URL": "redis://redis.internal:6379/0",
    }
    result = run_python(RQ_SETTINGS, env=env, drop=("RQ_REDIS_URL",))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [
        "django_tasks_rq.RQBackend",
        "redis://redis.internal:6379/0",
        True,
    ]


def test_production_with_rq_and_no_redis_fails_fast(run_python):
    env = {**PRODUCTION_ENV, "TASKS_BACKEND": "django_tasks_rq.RQBackend"}
    result = run_python(RQ_SETTINGS, env=env, drop=("REDIS_URL", "RQ_REDIS_URL"))
    assert result.returncode != 0
    assert "The environment variable REDIS_URL must be set for production" in result.stderr


def test_the_database_backend_stays_the_default_without_django_rq(run_python):
    result = run_python(RQ_SETTINGS, env=PRODUCTION_ENV, drop=("TASKS_BACKEND",))
    assert result.returncode == 0, result.stderr
    backend, _url, rq_installed = json.loads(result.stdout.splitlines()[-1])
    assert backend == "django_tasks_db.DatabaseBackend"
    assert rq_installed is False


# Structured logs --------------------------------------------------------------------------


def test_a_log_record_is_one_json_object_on_one_line():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("lms.tests.json")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        try:
            raise ValueError("broken")
        except ValueError:
            logger.exception("Certificate %s failed\nsecond line", "AB12", extra={"batch": 7})
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    (line,) = stream.getvalue().splitlines()
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "lms.tests.json"
    assert entry["message"] == "Certificate AB12 failed\nsecond line"
    assert entry["batch"] == 7
    assert entry["request_id"] is None
    assert "ValueError: broken" in entry["exc_info"]
    assert entry["time"].endswith("+00:00")


def test_production_logs_json_lines_with_the_request_id(run_python, tmp_path):
    """A request through the whole stack: its log line names the id the proxy sent.

    Every line on stderr is JSON, Python warnings included. On a fresh clone there is no
    collected static folder yet, and WhiteNoise warns about it: this test once failed only
    on fresh clones, when that warning came out as plain text. So it runs as on a fresh
    clone (STATIC_ROOT not there) and reads every line as JSON, whatever warnings WhiteNoise
    or another library gives, in whatever words; the warning it looks for is its own.
    """
    code = SETUP + (
        "import logging, warnings; from django.test import Client; "
        "from django.urls import path; from django.http import HttpResponse; "
        "import lms.urls as u; "
        "u.urlpatterns.insert(0, path('log-me', lambda r: "
        "(logging.getLogger('lms.test').warning('hello %s', 'क्षेत्र'), HttpResponse('x'))[1])); "
        "r = Client().get('/log-me', HTTP_HOST='training.example.org', secure=True, "
        "HTTP_X_REQUEST_ID='req-123'); print(r.status_code, r['X-Request-ID']); "
        "warnings.warn('a warning of the test: सावधान')"
    )
    no_static_yet = str(tmp_path / "static-not-collected")
    result = run_python(
        code,
        env={**PRODUCTION_ENV, "STATIC_ROOT": no_static_yet},
        drop=("LOG_FORMAT", "PYTHONWARNINGS"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["200", "req-123"]
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    warned = [e["message"] for e in lines if e["logger"] == "py.warnings"]
    assert any("UserWarning: a warning of the test: सावधान" in m for m in warned), warned
    (entry,) = [e for e in lines if e["logger"] == "lms.test"]
    assert entry["message"] == "hello क्षेत्र"
    assert entry["request_id"] == "req-123"
    assert entry["level"] == "WARNING"


@pytest.mark.django_db
def test_each_request_gets_an_id_and_a_bad_one_is_replaced(client):
    response = client.get("/healthz/", HTTP_X_REQUEST_ID="bad id\nwith newline")
    given = response["X-Request-ID"]
    assert len(given) == 32 and given.isalnum()
    assert client.get("/en/", HTTP_X_REQUEST_ID="lb-42")["X-Request-ID"] == "lb-42"
