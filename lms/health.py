"""/healthz for load balancers: 200 "ok" when this process can serve, else 503 and why.

It checks what every request needs: the database, and Redis when the cache or
the task queue lives there. Answered by a middleware placed first, so a load
balancer that asks by IP address or over plain HTTP gets the answer, not a
"bad host" error or a redirect to HTTPS.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

PATH = "/healthz"


def _database() -> None:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        # A persistent connection that broke must not be reused by the next check.
        connection.close_if_unusable_or_obsolete()
        raise


def _cache() -> None:
    caches["default"].get("lms:healthz")


def _task_queue() -> None:
    import django_rq

    django_rq.get_connection("default").ping()


def checks() -> dict:
    """The checks that apply to this configuration, by name."""
    found = {"database": _database}
    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        found["cache"] = _cache
    if settings.TASKS["default"]["BACKEND"].startswith("django_tasks_rq"):
        found["task queue"] = _task_queue
    return found


def health_status() -> tuple[bool, list[str]]:
    """Whether everything answers, and a line for each check that failed."""
    problems = []
    for name, check in checks().items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure is a reason to take us out
            logger.error("health check failed: %s: %s", name, error.__class__.__name__)
            problems.append(f"{name}: unavailable ({error.__class__.__name__})")
    return not problems, problems


def healthz_response() -> HttpResponse:
    ok, problems = health_status()
    response = HttpResponse(
        "ok" if ok else "\n".join(problems) + "\n",
        status=200 if ok else 503,
        content_type="text/plain; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and request.method in ("GET", "HEAD"):
            return healthz_response()
        return self.get_response(request)
