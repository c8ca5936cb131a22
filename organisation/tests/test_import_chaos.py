"""Chaos (issue 20): a volunteer import with invitations, on PostgreSQL and two RQ worker
processes, broken on purpose, finishes by itself.

During the import a worker is SIGKILLed with its work-horse twice (mid-batch) and the
database connections are terminated once; while the invitations go out, both workers
are SIGKILLed. Then, with nothing but the workers running: the import is done, every
good row is a volunteer exactly once, every bad row is in the error report with its
line, every new volunteer with an address got exactly one invitation, and RQ's failed
registry is empty. Before it, the same workers import a file of the same size untouched,
so that throughput with and without kills comes from one run.

IMPORT_CHAOS_ROWS changes the size (default 4,000 in batches of 1,000, so that it fits
in CI; IMPORT_CHAOS_ROWS=50000 IMPORT_CHAOS_BATCH=5000 is the issue's size in production's
batches). Timings are printed (pytest -s).
"""

import csv
import io
import os
import time
from collections import Counter

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from messaging.models import OutboxMessage
from organisation.imports.invitations import invitation_group
from organisation.imports.services import volunteer_import_create
from organisation.models import VolunteerImport, VolunteerProfile
from organisation.tests.factories import coordinator_create
from testing.chaos import (
    RQ_BACKEND,
    chaos_worker_env,
    emails_sent,
    kill_with_children,
    message_ids_sent,
    terminate_database_connections_once_some,
    wait_for,
)

pytestmark = [
    pytest.mark.postgres("worker processes must share the test's database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROWS = int(os.environ.get("IMPORT_CHAOS_ROWS", "4000"))
BATCH = os.environ.get("IMPORT_CHAOS_BATCH", "1000")
NAMES = ("import-a", "import-b")
BAD_EVERY = 97  # every 97th row has a number that is not a mobile number


def volunteers_csv(rows: int, phone_prefix="7", email_prefix="v") -> tuple[bytes, set[int]]:
    """The file, and the line numbers of its bad rows (the header is line 1)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["phone", "name_en", "name_hi", "email", "state", "district", "skills"])
    bad = set()
    for n in range(rows):
        line = n + 2
        if n % BAD_EVERY == BAD_EVERY - 1:
            phone = f"12345{n}"
            bad.add(line)
        else:
            phone = f"{phone_prefix}{n:09d}"
        writer.writerow(
            [phone, f"Volunteer {n}", f"स्वयंसेवक {n}", f"{email_prefix}{n}@example.org",
             "Madhya Pradesh", "Indore", ""]
        )  # fmt: skip
    return out.getvalue().encode(), bad


def import_untouched(coordinator, rows) -> float:
    """Seconds to import ``rows`` (phones 8…, addresses b…@) and send every invitation."""
    data, bad_lines = volunteers_csv(rows, phone_prefix="8", email_prefix="b")
    started = time.monotonic()
    done = volunteer_import_create(
        uploaded_file=SimpleUploadedFile("baseline.csv", data),
        created_by=coordinator,
        send_invitations=True,
    )
    invitations = OutboxMessage.objects.filter(group=invitation_group(done.pk))
    wait_for(
        lambda: (
            VolunteerImport.objects.filter(pk=done.pk, status="done").exists()
            and invitations.count() == rows - len(bad_lines)
            and not invitations.exclude(status="sent").exists()
        ),
        timeout=900,
        what="the untouched import done and its invitations sent",
        poll=0.2,
    )
    return time.monotonic() - started


def test_an_import_broken_on_purpose_finishes_by_itself_exactly_once(
    settings, rq_redis, task_worker, tmp_path, child_pids
):
    from rq import Worker
    from rq.job import Job
    from rq.registry import FailedJobRegistry

    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    env = {**chaos_worker_env(rq_redis.url, mail_dir), "VOLUNTEER_IMPORT_BATCH_ROWS": BATCH}
    settings.TASKS = {"default": {"BACKEND": RQ_BACKEND, "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": rq_redis.url, "DEFAULT_TIMEOUT": 600}}
    coordinator = coordinator_create("in-mp")
    data, bad_lines = volunteers_csv(ROWS)
    good = ROWS - len(bad_lines)

    def start(name):
        return task_worker(env=env, args=["--name", name], log_name=name)

    workers = {name: start(name) for name in NAMES}
    wait_for(lambda: len(Worker.all(connection=rq_redis)) == 2, timeout=120, what="two workers")

    def restart(name):
        kill_with_children(workers[name], child_pids(workers[name].pid))
        workers[name] = start(name)

    # The baseline: a file of the same size (other people), nothing broken.
    baseline_seconds = import_untouched(coordinator, ROWS)

    started = time.monotonic()
    volunteer_import = volunteer_import_create(
        uploaded_file=SimpleUploadedFile("volunteers.csv", data),
        created_by=coordinator,
        send_invitations=True,
    )
    record = VolunteerImport.objects.filter(pk=volunteer_import.pk)
    invitations = OutboxMessage.objects.filter(group=invitation_group(volunteer_import.pk))

    def past_line(line):
        return lambda: record.filter(checkpoint_line__gte=line).exists()

    events = []

    def event(what):
        events.append((time.monotonic() - started, what))

    # Mid-batch: a little after a batch's checkpoint, while the next is being written.
    wait_for(past_line(ROWS // 4), timeout=600, what="a quarter imported", poll=0.02)
    time.sleep(0.3)
    restart("import-a")
    restart("import-b")  # whichever held the import
    event("kill 1 (both workers)")
    wait_for(past_line(ROWS // 2), timeout=600, what="half imported", poll=0.02)
    event(f"{terminate_database_connections_once_some()} connections terminated")
    wait_for(past_line(3 * ROWS // 4), timeout=600, what="three quarters imported", poll=0.02)
    time.sleep(0.3)
    restart("import-a")
    restart("import-b")
    event("kill 2 (both workers)")
    wait_for(
        lambda: invitations.filter(status="sent").count() >= good // 5,
        timeout=600,
        what="a fifth of the invitations sent",
        poll=0.05,
    )
    restart("import-a")
    restart("import-b")
    event("kill 3 (both, while sending invitations)")
    last_kill = time.monotonic()

    # From here on nobody does anything: the workers run.
    wait_for(
        lambda: (
            record.filter(status="done").exists()
            and invitations.count() == good
            and not invitations.exclude(status="sent").exists()
        ),
        timeout=900,
        what="the import done and every invitation sent",
        poll=0.5,
    )
    recovered = time.monotonic()
    print(
        f"\nimport chaos: {ROWS} rows ({good} good); done and every invitation sent "
        f"{recovered - started:.1f} s after the start, {recovered - last_kill:.1f} s after "
        "the last kill"
    )
    for when, what in events:
        print(f"  {when:7.1f} s  {what}")
    print(
        f"  throughput, rows with their invitation sent: {ROWS / baseline_seconds:.0f}/s "
        f"untouched ({baseline_seconds:.1f} s), {ROWS / (recovered - started):.0f}/s with "
        "the kills"
    )

    volunteer_import.refresh_from_db()
    assert (volunteer_import.imported_count, volunteer_import.error_count) == (good, len(bad_lines))
    assert VolunteerProfile.objects.filter(phone__startswith="7").count() == good
    # Every bad row is in the error report, once, with its line.
    with volunteer_import.error_report.open("rb") as handle:
        report = list(csv.reader(io.StringIO(handle.read().decode("utf-8-sig"))))
    assert report[0] == ["line", "phone", "reason"]
    assert Counter(int(row[0]) for row in report[1:]) == Counter(bad_lines)
    # Every new volunteer with an address: one invitation, once in effect. A sender killed
    # after the mail server took a message and before it was marked sent sends it again
    # once its lease expires (messaging/outbox.py): the copy carries the same Message-ID,
    # so the provider or the reader's mail program drops it. At most one message is in
    # flight per worker, and both were killed once while sending: at most two repeats.
    expected = {f"v{n}@example.org" for n in range(ROWS) if n + 2 not in bad_lines}
    everyone = emails_sent(mail_dir)
    # The untouched import: one invitation each, no repeat.
    assert {n for to, n in everyone.items() if to.startswith("b")} == {1}
    sent = Counter({to: n for to, n in everyone.items() if to.startswith("v")})
    assert set(sent) == expected
    assert all(len(ids) == 1 for ids in message_ids_sent(mail_dir).values())
    repeats = sum(sent.values()) - len(expected)
    assert repeats <= len(NAMES), sent.most_common(3)
    print(f"  invitations: {len(expected)} recipients, {repeats} repeated with the same Message-ID")
    # Nothing failed for good (if something did, say what, for whoever reads CI's log).
    failed = FailedJobRegistry("default", connection=rq_redis)
    for job_id in failed.get_job_ids():
        job = Job.fetch(job_id, connection=rq_redis)
        result = job.latest_result()
        print("failed job:", job.func_name, job.retries_left, result and result.exc_string[-800:])
    assert failed.count == 0
