"""Benchmark: the coordinator reports at national and state level, on PostgreSQL.

Builds (or reuses, with --reuse) a PostgreSQL database with the demo courses and
an organisation made by `manage.py generate_organisation` (500,000 volunteers by
default) plus certificates for most of its leaders (the generator makes none:
90% issued, 3% revoked and re-issued, 2% generating, 1% failed), and times each
report's page in-process through Django's test client (no HTTP server: the
figure is the view's own time, SQL and template included), for a national
coordinator and for a coordinator of the state with the most volunteers, and the
biggest exports.

Figures: p50 and p95 latency in milliseconds and the number of SQL queries.

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/).

Run:  .venv/bin/python bench/reports.py [--volunteers 500000] [--runs 15] [--reuse]
          [--database lms_bench_reports]
"""

import argparse
import os
import statistics
import sys
import time

from postgres_setup import BASE_DIR, bench_env, manage, organisation_database

DATABASE = "lms_bench_reports"
REPORTS = ["funnel", "courses", "quizzes", "leaders", "certificates"]

CERTIFICATES_SQL = """
INSERT INTO certificates_certificate
    (code, status, name_en, name_hi, level, unit_en, unit_hi, courses, issued_on, created_at,
     pdf, sha256, generated_at, error, revoked_at, revoke_reason, leadership_id, credential)
SELECT substr(md5(l.id::text || s.kind), 1, 32),
       s.kind, v.name_en, v.name_hi, l.level, u.name_en, u.name_hi, '[]'::jsonb,
       l.promoted_at::date, l.promoted_at + interval '1 day',
       CASE WHEN s.kind = 'issued' THEN 'certificates/' || l.id || '.pdf' ELSE '' END,
       CASE WHEN s.kind = 'issued' THEN md5(l.id::text) || md5(l.id::text) ELSE '' END,
       CASE WHEN s.kind = 'issued' THEN l.promoted_at + interval '1 day' END,
       CASE WHEN s.kind = 'error' THEN 'Generated error' ELSE '' END,
       CASE WHEN s.kind = 'revoked' THEN l.promoted_at + interval '2 days' END,
       CASE WHEN s.kind = 'revoked' THEN 'Misspelt name' ELSE '' END,
       l.id, ''
FROM certificates_leadership l
JOIN lms_volunteerprofile v ON v.id = l.volunteer_id
JOIN lms_unit u ON u.id = l.unit_id
CROSS JOIN LATERAL (
    SELECT kind FROM (VALUES
        ('issued', l.id % 100 < 93),
        ('revoked', l.id % 100 BETWEEN 90 AND 92),
        ('generating', l.id % 100 BETWEEN 93 AND 94),
        ('error', l.id % 100 = 95)
    ) AS k(kind, chosen) WHERE chosen
) s
"""


def prepare():
    """Certificates for the generated leaders (once), then fresh statistics."""
    from django.db import connection

    from certificates.models import Certificate

    if not Certificate.objects.exists():
        with connection.cursor() as cursor:
            cursor.execute(CERTIFICATES_SQL)
            print(f"certificates added: {cursor.rowcount:,}", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def measure(runs):
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from organisation.models import Unit, VolunteerProfile
    from organisation.tests.factories import coordinator_create

    prepare()

    state_id = (
        VolunteerProfile.objects.values("state").annotate(n=Count("pk")).order_by("-n")[0]["state"]
    )
    state = Unit.objects.get(pk=state_id)
    national = Unit.objects.get(level=Unit.Level.NATIONAL)
    print(
        f"\n{VolunteerProfile.objects.count():,} volunteers; state: {state.name_en} "
        f"({VolunteerProfile.objects.filter(state=state).count():,}); {runs} runs each\n"
    )
    clients = {}
    for unit in (national, state):
        user = coordinator_create(unit.code, username=f"bench-reports-{unit.code}-{time.time_ns()}")
        clients[unit.code] = Client()
        clients[unit.code].force_login(user)

    cases = []
    for unit in (national, state):
        for key in REPORTS:
            cases.append((f"{key}, {unit.name_en}", unit.code, f"/admin/reports/{key}/", {}))
    cases += [
        ("funnel CSV, national", national.code, "/admin/reports/funnel/",
         {"export": "csv", "table": "funnel"}),
        ("courses Excel, state", state.code, "/admin/reports/courses/",
         {"export": "xlsx", "table": "courses"}),
        ("short teams CSV, state", state.code, "/admin/reports/leaders/",
         {"export": "csv", "table": "teams_short"}),
    ]  # fmt: skip
    print(f"{'report':<34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for label, code, url, params in cases:
        client = clients[code]
        client.get(url, params)  # warm up: Wagtail's menus, the templates
        timings = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url, params)
                if response.streaming:
                    b"".join(response.streaming_content)
                timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{label}: HTTP {response.status_code}")
        report(label, timings, len(queries))


def report(label, timings, queries):
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    print(f"{label:<34} {statistics.median(timings):8.1f} {p95:8.1f} {queries:8d}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="keep the database of a previous run")
    parser.add_argument(
        "--database", default=DATABASE, help="the database to build or reuse (one per engineer)"
    )
    args = parser.parse_args()
    # Django's test client asks for "testserver".
    env = bench_env(args.database, ALLOWED_HOSTS="testserver")
    if not args.reuse:
        organisation_database(env, args.volunteers, args.database)
    else:
        manage("migrate", "--no-input", "-v0", env=env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    measure(args.runs)


if __name__ == "__main__":
    main()
