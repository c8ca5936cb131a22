"""RQ as production runs it (`TASKS_BACKEND=django_tasks_rq.RQBackend`, `manage.py tasks_worker`).

Set in ``settings.RQ`` (QUEUE_CLASS, WORKER_CLASS), so django-tasks' RQ backend and
django-rq's ``rqworker`` both use them:

- ``Queue``: every job gets retries with back-off (``TASKS_RETRY_INTERVALS``). All our
  tasks are safe to run again: each re-reads its durable state and does what is left.
- ``Worker``:
  * its work-horse and scheduler die with it (a SIGKILLed worker leaves no orphan
    still writing, nor a scheduler holding the lock);
  * a name can be used again after a crash (the dead worker of that name on this
    machine is cleared at birth, where RQ refused the name for up to 480 s);
  * registries are cleaned often, so a job whose worker was killed is retried within
    about a minute (RQ: up to 10 minutes after a heartbeat of 90 s expired);
  * it runs the scheduler (retries with back-off are scheduled jobs) and ticks the
    watchdog (`lms.watchdog`), so no cron and no person is needed;
  * a job that failed only because its worker or work-horse died (killed, abandoned after
    its heartbeat expired) is queued again, up to ``TASKS_CRASH_RETRIES`` times: RQ spends
    the job's retries on crashes too, so workers killed a few times under load left jobs
    failed for good though nothing in them had failed (issue 20's import chaos run).
"""

import ctypes
import ctypes.util
import logging
import os
import signal

from django_rq.queues import DjangoRQ
from rq import Retry
from rq import Worker as RQWorker
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.registry import FailedJobRegistry
from rq.scheduler import SCHEDULER_KEY_TEMPLATE, SCHEDULER_LOCKING_KEY_TEMPLATE

from django.conf import settings

from lms import watchdog

logger = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def default_retry() -> Retry:
    intervals = list(settings.TASKS_RETRY_INTERVALS)
    return Retry(max=len(intervals), interval=intervals)


class Queue(DjangoRQ):
    def create_job(self, *args, retry: Retry | None = None, **kwargs):
        return super().create_job(*args, retry=retry or default_retry(), **kwargs)


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    libc_name = ctypes.util.find_library("c")
    if libc_name:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


_forking_pid = None


def _remember_forking_pid() -> None:
    global _forking_pid  # noqa: PLW0603 (the at-fork hooks share it)
    _forking_pid = os.getpid()


def children_die_with_this_process() -> None:
    """Every process forked from here on (work-horses, the scheduler) dies with its parent."""
    if _forking_pid is None:
        _remember_forking_pid()
        os.register_at_fork(
            before=_remember_forking_pid,
            after_in_child=lambda: die_with_parent(_forking_pid),
        )


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: How RQ words a failure that is a crash, not the job's own (rq 3: registry.py, worker_classes.py).
CRASH_MARKS = ("due to AbandonedJobError", "Work-horse terminated unexpectedly")
CRASHES_META = "lms_crashes"


def is_crash(exc_string: str | None) -> bool:
    return bool(exc_string) and any(mark in exc_string for mark in CRASH_MARKS)


def requeue_crashed_jobs(queue, *, limit: int = 100) -> list[str]:
    """Queue again the failed jobs of ``queue`` whose failure was a crash; returns their ids.

    Each job counts its crashes in its meta; one that crashed ``TASKS_CRASH_RETRIES``
    times (a poison job that kills its worker, say by memory) stays failed, logged.
    """
    registry = FailedJobRegistry(queue=queue)
    requeued = []
    for job_id in registry.get_job_ids(0, limit - 1):
        try:
            job = registry.job_class.fetch(job_id, connection=queue.connection)
        except NoSuchJobError:
            continue
        result = job.latest_result()
        if result is None or not is_crash(result.exc_string):
            continue
        crashes = int(job.meta.get(CRASHES_META, 0)) + 1
        if crashes > settings.TASKS_CRASH_RETRIES:
            continue  # left failed: logged when it was queued the last time
        job.meta[CRASHES_META] = crashes
        job.save_meta()
        try:
            registry.requeue(job)
        except InvalidJobOperation:  # another worker was quicker
            continue
        requeued.append(job.id)
        if crashes == settings.TASKS_CRASH_RETRIES:
            logger.error("Job %s crashed its worker %s times: queued a last time", job.id, crashes)
    if requeued:
        logger.warning("Queued again after a crash: %s", ", ".join(requeued))
    return requeued


class Worker(RQWorker):
    def __init__(self, *args, **kwargs):
        # The parent checks its work-horse and renews the job's heartbeat this often
        # (RQ: 30 s); a job is abandoned two such periods after its last heartbeat
        # (RQ: 60 s more than the period).
        kwargs.setdefault("job_monitoring_interval", settings.TASKS_HEARTBEAT_SECONDS)
        kwargs.setdefault("maintenance_interval", settings.TASKS_MAINTENANCE_SECONDS)
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        # An idle worker wakes up for its maintenance (and the watchdog's tick).
        return max(1, min(super().dequeue_timeout, int(self.maintenance_interval)))

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        ttl = super().get_heartbeat_ttl(job, working_time)
        return max(1, ttl - 60 + 2 * self.job_monitoring_interval)

    def work(self, *args, **kwargs):
        children_die_with_this_process()
        self.release_dead_schedulers_locks()
        kwargs["with_scheduler"] = True
        return super().work(*args, **kwargs)

    def release_dead_schedulers_locks(self) -> None:
        """Free the scheduler lock of a dead scheduler of this machine (a killed worker's):
        RQ keeps it for a minute, and no retry with back-off is queued meanwhile."""
        for queue in self.queues:
            lock = SCHEDULER_LOCKING_KEY_TEMPLATE % queue.name
            holder = self.connection.get(lock)
            if holder is None:
                continue
            hostname, pid = self.connection.hmget(
                SCHEDULER_KEY_TEMPLATE % holder.decode(), "hostname", "pid"
            )
            if hostname and hostname.decode() == self.hostname and not pid_alive(int(pid or 0)):
                logger.warning("Worker %s: freeing the lock of a dead scheduler", self.name)
                self.connection.delete(lock)

    def run_maintenance_tasks(self):
        self.release_dead_schedulers_locks()
        super().run_maintenance_tasks()  # cleans the registries: abandoned jobs move on
        for queue in self.queues:
            requeue_crashed_jobs(queue)
        try:
            watchdog.tick()
        except Exception:  # the watchdog must never stop the worker
            logger.exception("The watchdog could not be queued")

    def register_birth(self):
        hostname, pid, death = self.connection.hmget(self.key, "hostname", "pid", "death")
        if hostname is not None and death is None and hostname.decode() == self.hostname:
            previous = int(pid or 0)
            if previous == self.pid or not pid_alive(previous):
                logger.warning("Worker %s: clearing its predecessor %s, dead", self.name, previous)
                stale = type(self).find_by_key(self.key, connection=self.connection)
                if stale is not None:
                    stale.register_death()
        super().register_birth()
