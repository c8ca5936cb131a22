"""Benchmark: the coordinator's volunteer list and pipeline counts for a big state, on PostgreSQL.

Builds (or reuses, with --reuse) a PostgreSQL database with the demo courses and
an organisation made by `manage.py generate_organisation` (500,000 volunteers by
default), makes a coordinator of the state with the most volunteers, and times
the coordinator's screens in-process through Django's test client (no HTTP
server: the figure is the view's own time, SQL included).

Figures: p50 and p95 latency in milliseconds and the number of SQL queries, for
the first page of the volunteer list unfiltered and with each filter, the
pipeline counts alone, and the teams list. Each list case is measured twice in the
same run, with the audit trail recording each page (AUDIT_LISTS, the default) and
without, the two interleaved request by request (ABBA) so that the machine's load
falls on both alike; the trail's cost is the difference (goal: at most 5 % of p95).

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/).

Run:  .venv/bin/python bench/coordinator_list.py [--volunteers 500000] [--runs 30] [--reuse]
      [--database lms_bench_coordinator]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from postgres_setup import BASE_DIR, SERVER_URL, manage, recreate_database

DATABASE = "lms_bench_coordinator"


def build(env, volunteers, database):
    recreate_database(database)
    started = time.perf_counter()
    manage("migrate", "--no-input", "-v0", env=env)
    manage("load_demo", "--force", env=env)
    print(f"migrate + demo: {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    manage("generate_organisation", "--volunteers", str(volunteers), env=env)
    print(
        f"generate_organisation --volunteers {volunteers}: {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    manage(
        "shell",
        "-c",
        "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')",
        env=env,
    )


def measure(runs):
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from organisation.models import Stage, Unit, VolunteerProfile
    from organisation.selectors import pipeline_counts
    from organisation.tests.factories import coordinator_create

    state_id = (
        VolunteerProfile.objects.values("state").annotate(n=Count("pk")).order_by("-n")[0]["state"]
    )
    state = Unit.objects.get(pk=state_id)
    size = VolunteerProfile.objects.filter(state=state).count()
    district = (
        VolunteerProfile.objects.filter(state=state)
        .values("district")
        .annotate(n=Count("pk"))
        .order_by("-n")[0]["district"]
    )
    user = coordinator_create(state.code, username=f"bench-coordinator-{time.time_ns()}")
    client = Client()
    client.force_login(user)
    name = VolunteerProfile.objects.filter(state=state).values_list("name_en", flat=True)[777]
    print(
        f"\nState: {state.name_en}, {size:,} volunteers "
        f"(of {VolunteerProfile.objects.count():,}); {runs} runs each\n"
    )

    cases = [
        ("list, first page", "/admin/volunteers/", {}),
        ("list, stage = trained", "/admin/volunteers/", {"stage": Stage.TRAINED}),
        ("list, one district", "/admin/volunteers/", {"unit": district}),
        ("list, eligible = yes", "/admin/volunteers/", {"eligible": "yes"}),
        ("list, name search", "/admin/volunteers/", {"q": name.split()[0]}),
        ("list, page 50", "/admin/volunteers/", {"p": 50}),
        ("teams short of ten", "/admin/teams/", {}),
    ]

    def timed(url, params, label):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, params)
            elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{label}: HTTP {response.status_code}")
        return elapsed, len(queries)

    print(f"{'screen':<34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    overheads = []
    first_page_p95 = None
    for label, url, params in cases:
        if not url.startswith("/admin/volunteers/"):
            timings = [timed(url, params, label) for _ in range(runs)]
            report(label, [t for t, _ in timings], timings[-1][1])
            continue
        # With and without the trail, interleaved ABBA.
        measured = {True: [], False: []}
        for run in range(runs):
            for trail in (True, False) if run % 2 == 0 else (False, True):
                with override_settings(AUDIT_LISTS=trail):
                    measured[trail].append(timed(url, params, label))
        for trail in (True, False):
            name = f"{label}{' + trail' if trail else ''}"
            report(name, [t for t, _ in measured[trail]], measured[trail][-1][1])
        with_trail = p95([t for t, _ in measured[True]])
        without = p95([t for t, _ in measured[False]])
        first_page_p95 = first_page_p95 or without
        overheads.append((label, 100 * (with_trail - without) / without))
    print("\nThe audit trail's cost at p95 (goal: at most 5 %):")
    for label, overhead in overheads:
        print(f"  {label:<26} {overhead:+6.1f} %")
    median_overhead = statistics.median(overhead for _, overhead in overheads)
    print(f"  {'median of the cases':<26} {median_overhead:+6.1f} %", flush=True)
    # The trail's own cost, free of the list's noise: one row written as a list page
    # writes it (an INSERT, committed), against the list's p95 without the trail.
    from django.test import RequestFactory

    from audit.models import AccessRecord
    from audit.recording import access_record

    request = RequestFactory().get("/admin/volunteers/", {"stage": Stage.TRAINED})
    request.user, request.scope = user, state
    timings = []
    for _ in range(runs * 5):
        started = time.perf_counter()
        access_record(
            request=request, action=AccessRecord.Action.VOLUNTEER_LIST, unit_id=state.pk,
            row_count=size, durable=False,
        )  # fmt: skip
        timings.append((time.perf_counter() - started) * 1000)
    report("the trail's row alone", timings, 1)
    print(f"  = {100 * p95(timings) / first_page_p95:.1f} % of the first page's p95 without it")
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            pipeline_counts(VolunteerProfile.objects.in_unit(state))
            timings.append((time.perf_counter() - started) * 1000)
    report("pipeline counts alone", timings, len(queries))


def p95(timings):
    timings = sorted(timings)
    return timings[max(0, round(0.95 * len(timings)) - 1)]


def report(label, timings, queries):
    print(
        f"{label:<34} {statistics.median(timings):8.1f} {p95(timings):8.1f} {queries:8d}",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the database of a previous run")
    parser.add_argument(
        "--database", default=DATABASE, help="the database to build and use (dropped first)"
    )
    args = parser.parse_args()
    env = {
        **os.environ,
        # Production settings (no debug), plain HTTP inside the test client.
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "CREDENTIALS_KEY_DIR": str(Path(tempfile.gettempdir()) / "lms-bench-credentials"),
        "SECRET_KEY": "bench-only-not-secret",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(Path(tempfile.gettempdir()) / "lms-bench-static"),
        "DATABASE_URL": SERVER_URL + args.database,
        "DATABASE_CONN_MAX_AGE": "0",
        "ALLOWED_HOSTS": "testserver,localhost",
    }
    if not args.reuse:
        build(env, args.volunteers, args.database)
    manage("migrate", "--no-input", "-v0", env=env)  # a reused database may lag behind
    manage("collectstatic", "--no-input", "-v0", env=env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    measure(args.runs)


if __name__ == "__main__":
    main()
