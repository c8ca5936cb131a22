"""`manage.py tasks_worker`: the background worker of the configured backend, with the watchdog.

`make worker` and `make run` start it. With ``TASKS_BACKEND=django_tasks_rq.RQBackend``
it is django-rq's ``rqworker --job-class django_tasks_rq.Job`` with our worker class
(``settings.RQ``: lms/rq_workers.py), which ticks the watchdog in its maintenance;
otherwise django-tasks-db's ``db_worker``, with a thread that ticks it. Either way
work left behind by a crash is queued again without cron or a person (lms/watchdog.py).
"""

import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections

from lms import watchdog

RQ_BACKEND_PREFIX = "django_tasks_rq."


def uses_rq() -> bool:
    return settings.TASKS["default"]["BACKEND"].startswith(RQ_BACKEND_PREFIX)


def tick_forever(stop: threading.Event, every: float) -> None:
    while not stop.is_set():
        try:
            watchdog.tick()
        except Exception:  # noqa: BLE001 (logged; the next tick tries again)
            watchdog.logger.exception("The watchdog could not be queued")
        finally:
            connections.close_all()  # this thread's own connections
        stop.wait(every)


class Command(BaseCommand):
    help = "Run the task worker of TASKS_BACKEND (RQ or the database), with the watchdog."

    def add_arguments(self, parser):
        parser.add_argument("queues", nargs="*", default=["default"])
        parser.add_argument(
            "--name",
            help="RQ: the worker's name (default: a new one per start; a name may be "
            "used again after a crash)",
        )

    def handle(self, *args, queues, name, verbosity, **options):
        if uses_rq():
            call_command(
                "rqworker",
                *queues,
                job_class="django_tasks_rq.Job",
                name=name,
                verbosity=verbosity,
            )
            return
        stop = threading.Event()
        ticker = threading.Thread(
            target=tick_forever,
            args=(stop, max(1.0, settings.WATCHDOG_SECONDS / 4)),
            name="watchdog",
            daemon=True,
        )
        ticker.start()
        try:
            call_command(
                "db_worker",
                queue_name=",".join(queues),
                reload=False,
                verbosity=verbosity,
            )
        finally:
            stop.set()
