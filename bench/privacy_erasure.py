"""Benchmark: erasure (issue 19) on PostgreSQL with the generated organisation.

Builds (or reuses, with --reuse; or copies another bench database, with --template) a
PostgreSQL database with the demo course and ``manage.py generate_organisation``
(500,000 volunteers by default), then measures in-process:

1. **One volunteer**: a leader with a team, a certificate and learning, erased by every
   provider in one transaction (what a task does for one request): the task time,
   median and worst of 5 people, against a baseline in the same run: the two UPDATEs any
   erasure needs (the account and the profile) for one person.
2. **A retention run of --erase people** (10,000): that many sign-ups and volunteers not
   selected are made inactive for 19 months; the run warns them (outbox), queues them after
   the warning period, and erases them (``privacy.erasure.erasures_process_due``, chunks of
   200). Meanwhile another process POSTs lesson-complete as trainees in training do
   (Django's test client, in-process: the view's own time, SQL included); its p95 during
   the erasure is printed against its p95 just before (the baseline).

Goals (issue 19): one volunteer under 1 s of task time; 10,000 under 2 minutes; the
lesson-complete POST's p95 not held up by the run (no long locks).

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/).

Run:  .venv/bin/python bench/privacy_erasure.py [--volunteers 500000] [--erase 10000]
      [--reuse | --template lms_other_bench] [--database lms_bench_privacy]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from postgres_setup import BASE_DIR, SERVER_URL, manage, organisation_database

DATABASE = "lms_bench_privacy"


def build(env, volunteers, database, template=None):
    organisation_database(env, volunteers, database, template)
    manage(
        "shell", "-c",
        "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')",
        env=env,
    )  # fmt: skip


def p95(values):
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


# The lesson-complete poster (a separate process) -----------------------------------


def post_lessons(out_path: str, stop_path: str):
    """POST lesson-complete as trainees in training, one after another, until stop_path
    exists; write (time, milliseconds) of each request to out_path."""
    import django

    django.setup()
    from django.test import Client

    from courses.models import CoursePage, Enrollment, LessonPage
    from courses.organisation_generator import COURSE_SLUG
    from organisation.models import Stage

    course = CoursePage.objects.canonical().get(slug=COURSE_SLUG)
    lessons = list(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
    users = list(
        Enrollment.objects.filter(
            user__volunteer_profile__stage=Stage.IN_TRAINING, course=course
        ).values_list("user_id", flat=True)[:3000]
    )
    from django.contrib.auth import get_user_model

    client = Client()
    timings = []
    n = 0
    while not Path(stop_path).exists():
        user = get_user_model().objects.get(pk=users[n % len(users)])
        lesson = lessons[(n // len(users)) % len(lessons)]
        client.force_login(user)
        started = time.perf_counter()
        response = client.post(f"/en/learn/lessons/{lesson}/complete/")
        timings.append((time.time(), (time.perf_counter() - started) * 1000))
        if response.status_code not in (302, 200):
            raise SystemExit(f"lesson-complete: HTTP {response.status_code}")
        n += 1
    Path(out_path).write_text(json.dumps(timings))


# The measurements -------------------------------------------------------------------


def one_volunteer(runs=5):
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.db.models import Count

    from organisation.models import Stage, VolunteerProfile
    from privacy.erasure import people_erase

    leaders = list(
        VolunteerProfile.objects.filter(stage=Stage.LEADER)
        .annotate(members=Count("team__members"), leads=Count("leaderships"))
        .filter(members__gt=0, leads__gt=0)
        .values_list("user_id", "pk")[: runs * 2]
    )
    erase, baseline = [], []
    for user_id, _profile_id in leaders[:runs]:
        started = time.perf_counter()
        with transaction.atomic():
            people_erase([user_id])
        erase.append((time.perf_counter() - started) * 1000)
    for user_id, profile_id in leaders[runs:]:
        started = time.perf_counter()
        with transaction.atomic():
            get_user_model().objects.filter(pk=user_id).update(email="", first_name="")
            VolunteerProfile.objects.filter(pk=profile_id).update(name_en="x", phone=None)
            transaction.set_rollback(True)
        baseline.append((time.perf_counter() - started) * 1000)
    print(f"\n1. One leader (team, leadership, learning), {len(erase)} people:")
    print(
        f"   baseline, two UPDATEs (account, profile): median {statistics.median(baseline):.1f} ms"
    )
    print(
        f"   erasure, every provider:                  median {statistics.median(erase):.1f} ms,"
        f" worst {max(erase):.1f} ms  (goal < 1000 ms: {'met' if max(erase) < 1000 else 'NOT met'})"
    )


def retention_run(count, env):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from organisation.models import VolunteerProfile
    from privacy.erasure import erasures_process_due
    from privacy.retention import RETAINED_STAGES, retention_apply

    now = timezone.now()
    # Not those a run before erased (with --reuse).
    retained = VolunteerProfile.objects.filter(stage__in=RETAINED_STAGES, user__is_active=True)
    # Only the chosen are inactive: the others were active lately.
    retained.update(stage_changed_at=now - timedelta(days=30))
    chosen = list(retained.order_by("pk").values_list("pk", "user_id")[:count])
    VolunteerProfile.objects.filter(pk__in=[pk for pk, _ in chosen]).update(
        stage_changed_at=now - timedelta(days=580)
    )
    get_user_model().objects.filter(pk__in=[u for _, u in chosen]).update(last_login=None)
    print(f"\n2. Retention run: {len(chosen):,} people (of {VolunteerProfile.objects.count():,})")
    started = time.perf_counter()
    warned = retention_apply(now=now, enqueue=False)
    print(f"   warn: {warned['warned']:,} in {time.perf_counter() - started:.1f} s")
    later = now + timedelta(days=31)
    started = time.perf_counter()
    queued = retention_apply(now=later, enqueue=False)
    print(f"   queue: {queued['queued_for_erasure']:,} in {time.perf_counter() - started:.1f} s")

    folder = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    out, stop = folder / "posts.json", folder / "stop"
    poster = subprocess.Popen(  # noqa: S603 (our own script)
        [sys.executable, __file__, "--post-lessons", str(out), str(stop)], cwd=BASE_DIR, env=env
    )
    time.sleep(20)  # the baseline: trainees alone
    run_started = time.time()
    started = time.perf_counter()
    erased = erasures_process_due(now=later)
    seconds = time.perf_counter() - started
    run_ended = time.time()
    time.sleep(2)
    stop.touch()
    poster.wait(timeout=120)
    timings = json.loads(out.read_text())
    before = [ms for at, ms in timings if at < run_started]
    during = [ms for at, ms in timings if run_started <= at <= run_ended]
    print(
        f"   erase: {erased:,} in {seconds:.1f} s ({erased / seconds:.0f} people/s; "
        f"goal {count:,} < 120 s: {'met' if seconds < 120 else 'NOT met'})"
    )
    print("   lesson-complete POST, in-process (ms):")
    print(
        f"     before the run (baseline): {len(before)} requests, p50 "
        f"{statistics.median(before):.1f}, p95 {p95(before):.1f}, max {max(before):.1f}"
    )
    print(
        f"     during the run:            {len(during)} requests, p50 "
        f"{statistics.median(during):.1f}, p95 {p95(during):.1f}, max {max(during):.1f}"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--erase", type=int, default=10_000)
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--template", help="copy this database instead of generating one")
    parser.add_argument("--post-lessons", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": SERVER_URL + args.database,
        "ALLOWED_HOSTS": "testserver,localhost",
    }
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    if args.post_lessons:
        post_lessons(*args.post_lessons)
        return
    if not args.reuse:
        build(env, args.volunteers, args.database, args.template)
    import django

    django.setup()
    one_volunteer()
    retention_run(args.erase, env)


if __name__ == "__main__":
    main()
