"""Load benchmark: trainee pages and POSTs under gunicorn + PostgreSQL, beside a trivial view.

Builds a fresh PostgreSQL database with the demo content, a trainee enrolled in
the demo course with one lesson done and a quiz attempt under way, starts
`gunicorn -w 2` with production settings (HTTP only, on loopback), and drives it
with wrk. Each figure is compared with a trivial view (/ping: "ok" behind the
whole middleware stack, no query) measured by the same server in the same
round, because this machine's speed varies.

Figures: requests per second, p50 and p95 latency, and the ratio to the trivial
view, for:
  - the lesson page, anonymous and logged in;
  - the lesson-complete POST (a lesson already complete: the idempotent path);
  - the quiz-answer POST (a replayed answer: the row-locked check that counts once).

With --variants, the same cases against one server per variant, all started at
once and measured interleaved (each round runs every variant of a case one
after the other, in an order that rotates by round): each of our caches turned
off in turn through its setting, and Wagtail's {% wagtailpagecache %} around the
lesson body in place of the page cache. Each variant's figure is also given as a
ratio to the baseline's figure of the same case and round (median, and the
lowest and highest round): the trial of issue 14 ("keep a custom cache only
where it beats the framework's way by at least 10 %").

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/),
Redis as the shared cache (BENCH_REDIS_URL, default redis://127.0.0.1:6379/7, flushed)
and wrk (`apt-get install wrk`).

Run:  .venv/bin/python bench/load_learning.py [--seconds 10] [--connections 16] [--rounds 3]
          [--variants all | baseline no-page-cache ...]
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/")
DATABASE = "lms_bench"
LESSON_PATH = "/en/courses/social-media-skills/verify-before-sharing/"
TRIVIAL_PATH = "/ping"

# Each variant: the environment its server gets on top of the baseline's (the
# switches are documented in lms/settings/ (base.py, tasks.py, production.py)).
VARIANTS = {
    "baseline": {},
    # Our page cache off; the reader fragments are still filled in per request.
    "no-page-cache": {"PAGE_CACHE_SECONDS": "0", "PROGRESS_CACHE_SECONDS": "300"},
    # The framework's way instead: Wagtail's fragment cache around the lesson body.
    "wagtail-body-cache": {
        "PAGE_CACHE_SECONDS": "0",
        "PROGRESS_CACHE_SECONDS": "300",
        "TEMPLATE_FRAGMENT_CACHE": "1",
    },
    "no-fragment-memo": {"PAGE_FRAGMENT_MEMO": "0"},
    "no-user-cache": {"USER_CACHE_SECONDS": "0"},
    "no-pooled-client": {"REDIS_POOLED_CLIENT": "0"},
    "no-progress-cache": {"PROGRESS_CACHE_SECONDS": "0"},
}

WRK_SCRIPT = """
wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.body = os.getenv("BENCH_BODY")
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if wrk.method == "POST" then
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
"""

# The trainee's state, prepared inside Django; printed as KEY=VALUE lines.
SETUP_CODE = """
import django
django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from quiz.models import Sitting
from courses import quiz_engine, services
from courses.models import CoursePage, LessonPage

user = get_user_model().objects.create_user("bench-trainee", password="bench-password-123")
course = CoursePage.objects.canonical().get(slug="social-media-skills")
services.enrollment_create(user=user, course=course)
lesson = LessonPage.objects.get(slug="verify-before-sharing", locale__language_code="en")
services.lesson_complete(user=user, lesson=lesson)
attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
question = Sitting.objects.get(pk=attempt.sitting_id).get_first_question()
answer = str(question.answer_set.first().pk) if hasattr(question, "answer_set") else "True"
quiz_engine.quiz_answer_submit(
    user=user, attempt_id=attempt.pk, question_id=question.pk, raw_answer=answer
)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "lms.auth_backends.CachedModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(f"SESSION={session.session_key}")
print(f"LESSON={lesson.pk}")
print(f"ATTEMPT={attempt.pk}")
print(f"QUESTION={question.pk}")
print(f"ANSWER={answer}")
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=BASE_DIR, env=env, check=True, **kwargs)


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a gunicorn master and its workers.

    Less moved by other jobs on the machine than requests per second: a request
    costs the same CPU on a busy machine, it only waits longer for it."""
    with open(f"/proc/{pid}/task/{pid}/children") as children:
        pids = [pid, *map(int, children.read().split())]
    ticks = 0
    for each in pids:
        with open(f"/proc/{each}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def wrk(url, *, seconds, connections, script, method="GET", body="", cookie=""):
    env = {**os.environ, "BENCH_METHOD": method, "BENCH_BODY": body, "BENCH_COOKIE": cookie}
    output = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "-s", script, url],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"RESULT (\S+) (\S+) (\S+) (\d+) (\d+)", output)
    rps, p50, p95, bad_status, socket_errors = match.groups()
    return float(rps), float(p50), float(p95), int(bad_status), int(socket_errors)


def prepare(env):
    """A fresh database with the demo content and the trainee; returns the trainee's state."""
    admin_url = SERVER_URL.rstrip("/") + "/postgres"
    admin_env = {**os.environ, "DATABASE_URL": admin_url}
    for sql in (f"DROP DATABASE IF EXISTS {DATABASE}", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", admin_url, "-qc", sql], check=True, env=admin_env)
    subprocess.run(
        ["redis-cli", "-u", env["REDIS_URL"], "flushdb"], check=True, capture_output=True
    )
    print("preparing the database (migrate, demo content, a trainee)...", flush=True)
    run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
    run([PYTHON, "manage.py", "load_demo", "--force"], env, stdout=subprocess.DEVNULL)
    output = run([PYTHON, "-c", SETUP_CODE], env, capture_output=True, text=True).stdout
    return dict(line.split("=", 1) for line in output.strip().splitlines() if "=" in line)


def start_server(env):
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "lms.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base}{TRIVIAL_PATH}", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit(f"the server for {env.get('BENCH_VARIANT')} did not start")


def learning_cases(state, cookie, csrf):
    return [
        ("lesson page, anonymous", LESSON_PATH, {}),
        ("lesson page, logged-in trainee", LESSON_PATH, {"cookie": cookie}),
        (
            "lesson-complete POST",
            f"/en/learn/lessons/{state['LESSON']}/complete/",
            {
                "method": "POST",
                "cookie": cookie,
                "body": f"csrfmiddlewaretoken={csrf}&next={LESSON_PATH}",
            },
        ),
        (
            "quiz-answer POST (replayed)",
            f"/en/learn/attempts/{state['ATTEMPT']}/",
            {
                "method": "POST",
                "cookie": cookie,
                "body": f"csrfmiddlewaretoken={csrf}&question={state['QUESTION']}"
                f"&answer={state['ANSWER']}",
            },
        ),
    ]


def medians(rows):
    """req/s, p50, p95 and server CPU ms per request: medians over the rounds; all errors."""
    columns = list(zip(*rows, strict=True))
    rps, p50, p95, cpu = (statistics.median(columns[i]) for i in (0, 1, 2, 4))
    return rps, p50, p95, cpu, sum(columns[3])


def shares(rows, base, column, *, inverse=False):
    """A variant's figure as a share of the baseline's in the same round: median, range."""
    values = [
        (b[column] / row[column]) if inverse else (row[column] / b[column])
        for row, b in zip(rows, base, strict=True)
    ]
    return f"{statistics.median(values):>6.0%} {min(values):>5.0%}–{max(values):<5.0%}"


def report(results, variants, rounds):
    """Baseline against the trivial view; every other variant against the baseline.

    "req/s vs base": the variant's requests per second over the baseline's;
    "CPU vs base": the baseline's server CPU per request over the variant's (both
    above 100 % when the variant is the faster)."""
    trivial = results[("baseline", "trivial view")]
    print(f"\nbaseline, {rounds} round(s): medians; ratio to the trivial view of its round")
    print(f"{'case':<32} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'CPU ms':>7} {'ratio':>6} "
          f"{'errors':>6}")  # fmt: skip
    for (variant, name), rows in results.items():
        if variant != "baseline":
            continue
        ratios = [row[0] / base[0] for row, base in zip(rows, trivial, strict=True)]
        rps, p50, p95, cpu, errors = medians(rows)
        print(
            f"{name:<32} {rps:>7.0f} {p50:>7.1f} {p95:>7.1f} {cpu:>7.2f} "
            f"{statistics.median(ratios):>6.0%} {errors:>6}"
        )
        if rounds > 1:
            print(f"{'':<32} ratios by round: " + ", ".join(f"{r:.0%}" for r in ratios))
    for variant in variants:
        if variant == "baseline":
            continue
        print(f"\n{variant}: against the baseline in the same round (median, lowest–highest)")
        print(f"{'case':<32} {'req/s':>7} {'p95 ms':>7} {'CPU ms':>7} "
              f"{'req/s vs base':>19} {'CPU vs base':>19} {'errors':>6}")  # fmt: skip
        for (name_variant, name), rows in results.items():
            if name_variant != variant:
                continue
            base = results[("baseline", name)]
            rps, _p50, p95, cpu, errors = medians(rows)
            print(
                f"{name:<32} {rps:>7.0f} {p95:>7.1f} {cpu:>7.2f} {shares(rows, base, 0):>19} "
                f"{shares(rows, base, 4, inverse=True):>19} {errors:>6}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    # Others' work on this machine comes and goes: several rounds, and medians.
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--variants",
        nargs="+",
        default=["baseline"],
        choices=["all", *VARIANTS],
        help="servers to compare with each cache turned off in turn (default: baseline only)",
    )
    options = parser.parse_args()
    variants = list(VARIANTS) if "all" in options.variants else options.variants
    if "baseline" not in variants:
        variants.insert(0, "baseline")
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")

    media = tempfile.mkdtemp(prefix="lms-bench-media-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "CREDENTIALS_KEY_DIR": media + "-credentials",
        "DATABASE_URL": SERVER_URL.rstrip("/") + "/" + DATABASE,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback: no TLS redirect or HSTS for the load generator.
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "MEDIA_ROOT": media,
        "STATIC_ROOT": tempfile.mkdtemp(prefix="lms-bench-static-"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        # The shared cache production uses; each run gets its own key space.
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
        "LOG_LEVEL": "WARNING",
    }
    state = prepare(env)
    servers = {}
    try:
        for variant in variants:
            servers[variant] = start_server({**env, **VARIANTS[variant], "BENCH_VARIANT": variant})
        csrf = secrets.token_hex(16)  # a 32-character CSRF secret, in cookie and form
        cookie = f"sessionid={state['SESSION']}; csrftoken={csrf}"
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script_file:
            script_file.write(WRK_SCRIPT)
        script = script_file.name
        cases = learning_cases(state, cookie, csrf)
        # Warm each worker's caches and connections before measuring.
        for _server, base in servers.values():
            for _name, path, extra in [("trivial", TRIVIAL_PATH, {}), *cases[:2]]:
                wrk(base + path, seconds=2, connections=4, script=script, **extra)

        print(
            f"\ngunicorn -w 2, PostgreSQL, Redis, wrk -t2 -c{options.connections} "
            f"-d{options.seconds}s, {len(variants)} server(s) measured interleaved, "
            f"{options.rounds} round(s)"
        )
        results = {}
        for number in range(options.rounds):
            order = variants[number % len(variants) :] + variants[: number % len(variants)]
            for name, path, extra in [("trivial view", TRIVIAL_PATH, {}), *cases]:
                for variant in ["baseline"] if name == "trivial view" else order:
                    server, base = servers[variant]
                    cpu_before = server_cpu_seconds(server.pid)
                    rps, p50, p95, bad, errors = wrk(
                        base + path,
                        seconds=options.seconds,
                        connections=options.connections,
                        script=script,
                        **extra,
                    )
                    cpu = server_cpu_seconds(server.pid) - cpu_before
                    cpu_ms = 1000 * cpu / max(1.0, rps * options.seconds)
                    results.setdefault((variant, name), []).append(
                        (rps, p50, p95, bad + errors, cpu_ms)
                    )
            print(f"round {number + 1} done, load {os.getloadavg()[0]:.1f}", flush=True)
        report(results, variants, options.rounds)
    finally:
        for server, _base in servers.values():
            server.terminate()
        for server, _base in servers.values():
            try:
                server.wait(timeout=60)  # gunicorn's graceful stop, slow on a loaded machine
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(media, ignore_errors=True)


if __name__ == "__main__":
    main()
