"""Benchmark: evaluating every reminder rule over the 500,000-volunteer organisation and
queueing the messages (issue 15), on PostgreSQL.

Builds (or reuses, with --reuse) a database with the demo course and
``manage.py generate_organisation`` (500,000 volunteers by default: ~200,000 enrolled,
~850,000 lessons done, ~130,000 quiz attempts, 50,000 teams), gives every volunteer the
organisation's consent to SMS (and every other one to WhatsApp too), and one rule of each
kind (no lesson for 7 days, one lesson left, failed the quiz twice, a certificate issued,
tell the leader, tell the district coordinator). Then, each in a fresh process (so that
each peak memory is its own):

1. **baseline**: the rules' selection queries alone (the same SQL per range of ids, rows
   read and dropped): what finding the people costs, with nothing recorded;
2. **evaluation**: ``reminders.evaluation.rules_evaluate()``: the same selection, the
   channel (consent, opt-outs), the messages recorded in the outbox and their send tasks
   queued (the database task backend: queued, not sent);
3. **re-run**: the same again: every key exists already, nothing new is recorded.

Prints for each: wall time, peak resident memory (ru_maxrss) and memory after start-up,
queries, id ranges (batches) and the most queries one batch took; the outbox rows made.
Goals: the evaluation under 60 s, peak memory under 300 MB, queries per batch bounded.

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/).

Run:  .venv/bin/python bench/reminders.py [--volunteers 500000] [--reuse] [--database NAME]
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

from postgres_setup import BASE_DIR, SERVER_URL, manage, recreate_database

DATABASE = "lms_bench_reminders"
GOAL_SECONDS, GOAL_MB = 60, 300


def build(env, volunteers, database):
    started = time.perf_counter()
    recreate_database(database)
    manage("migrate", "--no-input", "-v0", env=env)
    manage("load_demo", "--force", env=env)
    manage("generate_organisation", "--volunteers", str(volunteers), env=env)
    print(f"database ready: {time.perf_counter() - started:.0f} s", flush=True)


def prepare():
    """Consent for everyone (SMS; WhatsApp for every other one), a rule of each kind, and
    no reminder recorded yet."""
    from django.db import connection

    from messaging.models import OutboxMessage
    from reminders.models import ReminderRule

    Kind = ReminderRule.Kind
    with connection.cursor() as cursor:
        for channel, every in (("sms", 1), ("whatsapp", 2)):
            cursor.execute(
                "INSERT INTO consent_channelconsent (user_id, channel, allowed, changed_at, method)"
                " SELECT p.user_id, %s, TRUE, now(), 'import' FROM lms_volunteerprofile p"
                " WHERE p.user_id %% %s = 0 ON CONFLICT DO NOTHING",
                [channel, every],
            )
    ReminderRule.objects.all().delete()
    ReminderRule.objects.bulk_create(
        [
            ReminderRule(kind=Kind.NO_LESSON, days=7, channels="whatsapp,sms"),
            ReminderRule(kind=Kind.ONE_LESSON_LEFT, days=3, channels="whatsapp,sms"),
            ReminderRule(kind=Kind.QUIZ_FAILED_TWICE, days=60, channels="sms"),
            ReminderRule(kind=Kind.CERTIFICATE_ISSUED, days=30, channels="sms"),
            ReminderRule(kind=Kind.TEAM_STUCK, days=7, channels="whatsapp,sms"),
            ReminderRule(kind=Kind.TEAMS_SHORT, days=7, channels="email"),
        ]
    )
    OutboxMessage.objects.filter(template_key__startswith="reminders/").delete()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM django_tasks_database_dbtaskresult")
        cursor.execute("VACUUM ANALYZE")


def selection_only():
    """The rules' selection queries alone: every batch fetched, nothing recorded."""
    from datetime import timedelta

    from django.utils import timezone

    from certificates.models import Certificate
    from reminders import escalation, selectors
    from reminders.courses import courses_for
    from reminders.models import ReminderRule

    now, rows = timezone.now(), 0
    for rule in ReminderRule.objects.filter(enabled=True):
        courses = courses_for(rule.course)
        totals = {pk: text.lessons for pk, text in courses.items()}
        since = now - timedelta(days=rule.days)
        if rule.kind in (ReminderRule.Kind.NO_LESSON, ReminderRule.Kind.ONE_LESSON_LEFT):
            batches = selectors.learners_idle(
                totals=totals, idle_since=since, one_left=rule.kind == "one_lesson_left"
            )
        elif rule.kind == ReminderRule.Kind.QUIZ_FAILED_TWICE:
            batches = selectors.learners_failed_quiz(course_ids=list(totals), failed_since=since)
        elif rule.kind == ReminderRule.Kind.TEAM_STUCK:
            batches = selectors.team_members_stuck(totals=totals, idle_since=since)
        elif rule.kind == ReminderRule.Kind.TEAMS_SHORT:
            batches = [list(escalation.districts_needing_teams().items())]
        else:
            certificates = Certificate.objects.valid().filter(issued_on__gte=since.date())
            batches = (
                list(certificates.filter(pk__gt=low, pk__lte=high).values_list("pk"))
                for low, high in selectors.id_ranges(certificates)
            )
        for batch in batches:
            rows += len(batch)
    return rows


def measure(phase: str) -> dict:
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from messaging.models import OutboxMessage
    from reminders import selectors
    from reminders.evaluation import rules_evaluate

    started_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Queries per batch: each id range's selection query opens a batch; what follows it
    # until the next (consent, opt-outs, the insert and read-back, the tasks) is its own.
    batches, fetch = [], selectors._fetch

    def counted(sql, params):
        batches.append(len(queries.captured_queries))
        return fetch(sql, params)

    selectors._fetch = counted
    before = OutboxMessage.objects.filter(template_key__startswith="reminders/").count()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = selection_only() if phase == "baseline" else rules_evaluate()
        seconds = time.perf_counter() - started
    marks = [*batches, len(queries.captured_queries)]
    per_batch = max((b - a for a, b in zip(marks, marks[1:], strict=False)), default=0)
    return {
        "phase": phase,
        "seconds": seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "started_mb": started_mb,
        "queries": len(queries.captured_queries),
        "batches": len(batches),
        "max_queries_per_batch": per_batch,
        "result": result,
        "new_rows": OutboxMessage.objects.filter(template_key__startswith="reminders/").count()
        - before,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": SERVER_URL + args.database,
        "ALLOWED_HOSTS": "testserver,localhost",
    }
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    if args.measure:
        print(json.dumps(measure(args.measure), default=str))
        return
    if not args.reuse:
        build(env, args.volunteers, args.database)
    manage("migrate", "--no-input", "-v0", env=env)
    import django

    django.setup()
    prepare()
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} (1 and 5 min), 2 cores shared")
    results = {}
    for phase in ("baseline", "evaluation", "re-run"):
        out = subprocess.run(  # noqa: S603 (this script, another phase)
            [sys.executable, __file__, "--database", args.database, "--measure", phase],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[phase] = json.loads(out.strip().splitlines()[-1])
        r = results[phase]
        print(
            f"{phase:>10}: {r['seconds']:6.1f} s, peak {r['peak_mb']:.0f} MB "
            f"(after start-up {r['started_mb']:.0f} MB), {r['queries']} queries in "
            f"{r['batches']} batches (at most {r['max_queries_per_batch']} per batch), "
            f"{r['new_rows']:,} new outbox rows; {r['result']}",
            flush=True,
        )
    evaluation = results["evaluation"]
    met = evaluation["seconds"] < GOAL_SECONDS and evaluation["peak_mb"] < GOAL_MB
    print(
        f"goal: under {GOAL_SECONDS} s and {GOAL_MB} MB: {'met' if met else 'NOT met'}; "
        f"load now {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
