"""Benchmark: the coordinators' weekly digests of every district, on PostgreSQL.

Builds (or reuses, with --reuse; or copies another bench database with --template) a
PostgreSQL database with the demo courses and the organisation that
`manage.py generate_organisation` makes (500,000 volunteers by default), plus
certificates for its leaders as bench/reports.py adds them (90 % issued, 2 % generating,
1 % failed); gives every district a coordinator with an e-mail address; then runs the
week's task (`reports.digest_sending.digests_send`) in this process, as a worker would:
every district's digest worked out and recorded in the outbox. Run a second time, the
same week records nothing and works nothing out again (each digest is sent once).

Figures: the task's wall and CPU time for all districts (the goal: under 5 minutes of
worker time), per digest (median, p95, worst), SQL queries per digest, digests recorded.

Run:  .venv/bin/python bench/digests.py [--volunteers 500000] [--reuse | --template DB]
          [--database lms_bench_digests]
"""

import argparse
import importlib.util
import os
import statistics
import sys
import time

from postgres_setup import BASE_DIR, bench_env, manage, organisation_database

DATABASE = "lms_bench_digests"
GOAL_SECONDS = 300


def certificates_sql() -> str:
    """bench/reports.py's certificates (its name is the reports app's: loaded by path)."""
    spec = importlib.util.spec_from_file_location("bench_reports", BASE_DIR / "bench/reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CERTIFICATES_SQL


def prepare():
    """Certificates for the generated leaders (once), a coordinator for every district."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from certificates.models import Certificate
    from organisation.models import Coordinator, Unit

    if not Certificate.objects.exists():
        with connection.cursor() as cursor:
            cursor.execute(certificates_sql())
            print(f"certificates added: {cursor.rowcount:,}", flush=True)
    User = get_user_model()
    districts = list(Unit.objects.filter(level=Unit.Level.DISTRICT).order_by("pk"))
    have = set(Coordinator.objects.values_list("unit_id", flat=True))
    users = User.objects.bulk_create(
        [
            User(username=f"bench-digest-{d.code}", email=f"{d.code}@example.org", is_active=True)
            for d in districts
            if d.pk not in have
        ]
    )
    missing = [d for d in districts if d.pk not in have]
    Coordinator.objects.bulk_create(
        [Coordinator(user=u, unit=d) for u, d in zip(users, missing, strict=True)]
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return districts


def measure():
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from messaging.models import OutboxMessage
    from organisation.models import Coordinator, Unit, VolunteerProfile
    from reports import digest_sending
    from reports.digest import coordinator_digest

    districts = prepare()
    week = f"B{time.time_ns() % 10**6:06d}"  # a week of its own, 7 characters
    print(
        f"\n{VolunteerProfile.objects.count():,} volunteers; {len(districts)} districts; "
        f"week {week!r}",
        flush=True,
    )
    # One digest at a time first: its spread and its queries.
    sample = districts[:: max(1, len(districts) // 40)]
    timings, queries = [], []
    for unit in sample:
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            coordinator_digest(unit)
            timings.append(time.perf_counter() - started)
        queries.append(len(captured))
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(
        f"one district's digest ({len(sample)} sampled): median "
        f"{statistics.median(timings) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, worst "
        f"{timings[-1] * 1000:.0f} ms; queries {min(queries)}-{max(queries)}",
        flush=True,
    )
    # The week's task, as a worker runs it, over every coordinator of a district.
    only_districts = Coordinator.objects.filter(unit__level=Unit.Level.DISTRICT)
    digest_sending._coordinators = lambda: (
        only_districts.filter(user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "unit")
        .order_by("pk")
    )
    load = os.getloadavg()
    cpu, wall = time.process_time(), time.perf_counter()
    result = digest_sending.digests_send(week=week)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    recorded = OutboxMessage.objects.filter(group=f"digest:{week}").count()
    print(
        f"all districts: {result['coordinators']} coordinators, {recorded} digests recorded "
        f"(the others had nothing to do): wall {wall:.1f} s, CPU of this process {cpu:.1f} s "
        f"(load before {load[0]:.1f}, after {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    again = time.perf_counter()
    second = digest_sending.digests_send(week=week)
    print(
        f"the same week again: {second['recorded']} recorded, {time.perf_counter() - again:.1f} s",
        flush=True,
    )
    met = wall < GOAL_SECONDS
    print(f"goal: under {GOAL_SECONDS} s of worker time: {'met' if met else 'NOT met'}")
    return met


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--reuse", action="store_true", help="keep the database of a previous run")
    parser.add_argument("--template", help="copy this bench database instead of generating one")
    parser.add_argument(
        "--database", default=DATABASE, help="the database to build or reuse (one per engineer)"
    )
    args = parser.parse_args()
    # The digests' sending is the outbox's own benchmark (messaging_send.py): here
    # queueing it costs nothing.
    env = bench_env(args.database, TASKS_BACKEND="django_tasks.backends.dummy.DummyBackend")
    if not args.reuse:
        organisation_database(env, args.volunteers, args.database, args.template)
    else:
        manage("migrate", "--no-input", "-v0", env=env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))  # the reports app before bench/reports.py
    sys.exit(0 if measure() else 1)


if __name__ == "__main__":
    main()
