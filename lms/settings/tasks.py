"""Background tasks: the django-tasks backend, RQ, retries, the watchdog and the reports' background
work. Part of ``base`` (imported there, before the apps that depend on the backend).
"""

import os

from .environment import env_bool, env_list

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
# A job whose worker died under it is queued again this many times beyond its retries.
TASKS_CRASH_RETRIES = int(os.environ.get("TASKS_CRASH_RETRIES", "10"))
# The watchdog (lms/watchdog.py): a sweep queued by the workers about this often
# re-queues work whose last progress is older than WATCHDOG_STALE_SECONDS.
WATCHDOG_SECONDS = int(os.environ.get("WATCHDOG_SECONDS", "60"))
WATCHDOG_STALE_SECONDS = int(os.environ.get("WATCHDOG_STALE_SECONDS", "120"))
# The coordinators' weekly digests (reports/digest_sending.py), queued by the sweep
# from Monday 08:00 India time: off for a site that does not want them.
REPORTS_WEEKLY_DIGESTS = env_bool("REPORTS_WEEKLY_DIGESTS", True)
# Item analysis reads its sums from a summary counted in the background
# (reports/item_summary.py): REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS after the first quiz
# answers or erasure that changed them, and at least every REPORTS_ITEM_SUMMARY_SECONDS
# (the watchdog's sweep). Off: every item analysis counts the answers themselves.
REPORTS_ITEM_SUMMARY = env_bool("REPORTS_ITEM_SUMMARY", True)
REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS = int(
    os.environ.get("REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS", "300")
)
REPORTS_ITEM_SUMMARY_SECONDS = int(os.environ.get("REPORTS_ITEM_SUMMARY_SECONDS", "3600"))
