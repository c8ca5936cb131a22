"""Benchmark: sending SMS through the outbox with RQ workers, against the fake SMS gateway.

Records N sign-in-code SMS (transactional, 10 minutes' validity) in a PostgreSQL outbox,
starts K RQ workers (``manage.py tasks_worker`` with TASKS_BACKEND=django_tasks_rq.RQBackend),
queues the messages (send tasks of 200) and times until every one is sent, counting on the
fake gateway's side (testing/providers.py, a threaded http.server on a loopback port in
this process) what it accepted and whether any message came twice.

Runs, in one go:
- baseline: 1 worker, a gateway that takes everything;
- 2 workers, the same gateway (goal: at least 200 messages/s);
- 2 workers, a gateway that answers 429 above RATE messages/s and leaves every 50th
  request unanswered past the sender's timeout: the sender must slow down (waiting as the
  429's Retry-After says; a timed-out message backs off and is queued again by the
  watchdog's sweep, which this script runs every two seconds as the workers would)
  without losing or duplicating a message (goal: all accepted, none twice).

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/) and
Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/8, which it empties).

Run:  .venv/bin/python bench/messaging_send.py [--messages 4000] [--rate 150]
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
DATABASE = "lms_bench_messaging"
GOAL_PER_SECOND = 200


def environment(gateway_url: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": SERVER_URL + DATABASE,
        "TASKS_BACKEND": "django_tasks_rq.RQBackend",
        "RQ_REDIS_URL": REDIS_URL,
        "MESSAGING_SMS_ADAPTER": "messaging.channels.sms.DltSmsGatewayAdapter",
        "MESSAGING_SMS_GATEWAY_URL": gateway_url + "/v1/sms",
        "MESSAGING_SMS_API_KEY": "test-token",
        "MESSAGING_SMS_SENDER_ID": "VOLTRN",
        "MESSAGING_SMS_DLT_ENTITY_ID": "1101000000000000001",
        "MESSAGING_SMS_DLT_TEMPLATE_IDS": json.dumps(
            {"accounts/sign_in_code": {"en": "1107000000000000001", "hi": "1107000000000000002"}}
        ),
        "MESSAGING_HTTP_TIMEOUT": "0.5",
        "MESSAGING_RETRY_BASE_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }


def database_create():
    import psycopg

    with psycopg.connect(SERVER_URL + "postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=BASE_DIR,
        env=os.environ,
        check=True,
    )


def messages_record(run: str, count: int) -> list[int]:
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from messaging.outbox import Message, messages_record

    expires = timezone.now() + timedelta(minutes=10)
    ids = []
    for start in range(0, count, 1000):
        with transaction.atomic():
            ids += messages_record(
                [
                    Message(
                        key=f"bench:{run}:{n}",
                        address=f"9{n:09d}",
                        template_key="accounts/sign_in_code",
                        channel="sms",
                        language="hi" if n % 2 else "en",
                        context={"code": f"{n % 1_000_000:06d}", "minutes": 10},
                        expires_at=expires,
                        group=f"bench:{run}",
                    )
                    for n in range(start, min(start + 1000, count))
                ],
                enqueue=False,
            )
    return ids


def workers_start(count: int, env: dict) -> list[subprocess.Popen]:
    return [
        subprocess.Popen(  # noqa: S603 (our own command line)
            [sys.executable, "manage.py", "tasks_worker"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]


def workers_ready(count: int):
    """Wait until RQ sees the workers listening (their start-up is not the sender's time)."""
    import redis
    from rq import Worker

    connection = redis.Redis.from_url(REDIS_URL)
    deadline = time.monotonic() + 120
    while len(Worker.all(connection=connection)) < count:
        if time.monotonic() > deadline:
            raise RuntimeError("the workers did not start")
        time.sleep(0.2)


def run(label: str, *, workers: int, count: int, gateway, env) -> dict:
    import redis

    from messaging.models import OutboxMessage
    from messaging.outbox import outbox_counts, outbox_enqueue, outbox_requeue_left_behind

    redis.Redis.from_url(REDIS_URL).flushdb()
    gateway.accepted.clear()
    gateway.requests = 0
    ids = messages_record(label, count)
    processes = workers_start(workers, env)
    try:
        workers_ready(workers)
        started = time.perf_counter()
        outbox_enqueue(ids)
        last_sweep = started
        while True:
            counts = outbox_counts(f"bench:{label}")
            if counts["pending"] == 0:
                break
            if time.perf_counter() - started > 600:
                raise RuntimeError(f"{label}: not done in 10 minutes: {counts}")
            if time.perf_counter() - last_sweep > 2:
                # The watchdog's part, as often as a worker would run it with a short
                # WATCHDOG_STALE_SECONDS: messages backed off after a timeout are queued again.
                with override_stale(1):
                    outbox_requeue_left_behind()
                last_sweep = time.perf_counter()
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()  # RQ's warm shutdown can wait on its scheduler
                process.wait()
    print(f"{label}: {count} messages in {elapsed:.1f} s", flush=True)
    references = {body["reference"] for body in gateway.accepted}
    attempts = sum(
        OutboxMessage.objects.filter(group=f"bench:{label}").values_list("attempts", flat=True)
    )
    return {
        "label": label,
        "workers": workers,
        "messages": count,
        "seconds": elapsed,
        "per_second": count / elapsed,
        "sent": counts["sent"],
        "failed": counts["failed"],
        "requests": gateway.requests,
        "accepted": len(gateway.accepted),
        "distinct": len(references),
        "duplicates": gateway.duplicates(),
        "attempts": attempts,
    }


class override_stale:  # noqa: N801 (a context manager named like one)
    def __init__(self, seconds):
        self.seconds = seconds

    def __enter__(self):
        from django.conf import settings

        self.saved = settings.WATCHDOG_STALE_SECONDS
        settings.WATCHDOG_STALE_SECONDS = self.seconds

    def __exit__(self, *exc):
        from django.conf import settings

        settings.WATCHDOG_STALE_SECONDS = self.saved


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=4000)
    parser.add_argument("--rate", type=int, default=150, help="the faulty gateway's 429 limit")
    args = parser.parse_args()

    from testing.providers import FakeProvider

    gateway = FakeProvider("sms").start()
    env = environment(gateway.url)
    os.environ.update(env)
    database_create()
    import django

    django.setup()

    results = [
        run("one-worker", workers=1, count=args.messages, gateway=gateway, env=env),
        run("two-workers", workers=2, count=args.messages, gateway=gateway, env=env),
    ]
    gateway.rate_per_second = args.rate
    gateway.retry_after = 0.5
    gateway.timeout_every = 50
    gateway.hang_seconds = 1.0
    faulty = args.messages // 2
    results.append(
        run("two-workers-429-timeouts", workers=2, count=faulty, gateway=gateway, env=env)
    )
    gateway.stop()

    print(
        f"{'run':<26} {'workers':>7} {'messages':>8} {'seconds':>8} {'msg/s':>7} "
        f"{'requests':>8} {'accepted':>8} {'distinct':>8} {'dupes':>5} {'failed':>6}"
    )
    for r in results:
        print(
            f"{r['label']:<26} {r['workers']:>7} {r['messages']:>8} {r['seconds']:>8.1f} "
            f"{r['per_second']:>7.0f} {r['requests']:>8} {r['accepted']:>8} {r['distinct']:>8} "
            f"{r['duplicates']:>5} {r['failed']:>6}"
        )
    base, two, bad = results
    print(f"2 workers / 1 worker: {two['per_second'] / base['per_second']:.2f}x")
    speed_met = two["per_second"] >= GOAL_PER_SECOND
    safe = all(
        r["accepted"] == r["distinct"] == r["messages"] == r["sent"] and r["duplicates"] == 0
        for r in results
    )
    print(f"goal ≥ {GOAL_PER_SECOND} msg/s with 2 workers: {'met' if speed_met else 'NOT met'}")
    print(
        "faulty gateway: "
        f"{bad['requests'] - bad['accepted']} requests refused or unanswered, "
        f"{bad['per_second']:.0f} msg/s (limit {args.rate}/s); "
        f"every message accepted once: {'yes' if safe else 'NO'}"
    )
    return 0 if speed_met and safe else 1


if __name__ == "__main__":
    sys.exit(main())
