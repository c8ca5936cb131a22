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

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/),
Redis as the shared cache (BENCH_REDIS_URL, default redis://127.0.0.1:6379/7, flushed)
and wrk (`apt-get install wrk`).

Run:  .venv/bin/python bench/load_learning.py [--seconds 10] [--connections 16] [--rounds 3]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    # Others' work on this machine comes and goes: several rounds, and medians.
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")

    database_url = SERVER_URL.rstrip("/") + "/" + DATABASE
    admin_env = {**os.environ, "DATABASE_URL": SERVER_URL.rstrip("/") + "/postgres"}
    subprocess.run(
        [
            "psql",
            SERVER_URL.rstrip("/") + "/postgres",
            "-qc",
            f"DROP DATABASE IF EXISTS {DATABASE}",
        ],
        check=True,
        env=admin_env,
    )
    subprocess.run(
        ["psql", SERVER_URL.rstrip("/") + "/postgres", "-qc", f"CREATE DATABASE {DATABASE}"],
        check=True,
        env=admin_env,
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
    subprocess.run(["redis-cli", "-u", redis_url, "flushdb"], check=True, capture_output=True)
    media = tempfile.mkdtemp(prefix="lms-bench-media-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback: no TLS redirect or HSTS for the load generator.
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "MEDIA_ROOT": media,
        "STATIC_ROOT": tempfile.mkdtemp(prefix="lms-bench-static-"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        # The shared cache production uses; each run gets its own key space.
        "REDIS_URL": redis_url,
        "LOG_LEVEL": "WARNING",
    }
    print("preparing the database (migrate, demo content, a trainee)...", flush=True)
    run([PYTHON, "manage.py", "migrate", "--no-input", "-v0"], env)
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
    run([PYTHON, "manage.py", "load_demo", "--force"], env, stdout=subprocess.DEVNULL)
    state = dict(
        line.split("=", 1)
        for line in run([PYTHON, "-c", SETUP_CODE], env, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()
        if "=" in line
    )

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
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}{TRIVIAL_PATH}", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        csrf = secrets.token_hex(16)  # a 32-character CSRF secret, in cookie and form
        cookie = f"sessionid={state['SESSION']}; csrftoken={csrf}"
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script_file:
            script_file.write(WRK_SCRIPT)
        script = script_file.name
        # Warm each worker's caches and connections before measuring.
        for path in (TRIVIAL_PATH, LESSON_PATH):
            wrk(base + path, seconds=2, connections=4, script=script)
        wrk(base + LESSON_PATH, seconds=2, connections=4, script=script, cookie=cookie)

        cases = [
            ("trivial view", TRIVIAL_PATH, {}),
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
        print(
            f"\ngunicorn -w 2, PostgreSQL, wrk -t2 -c{options.connections} "
            f"-d{options.seconds}s, same run, {options.rounds} round(s): medians; each "
            f"ratio against the trivial view of its own round\n"
        )
        results = {name: [] for name, _path, _extra in cases}
        for _round in range(options.rounds):
            trivial = None
            for name, path, extra in cases:
                rps, p50, p95, bad, errors = wrk(
                    base + path,
                    seconds=options.seconds,
                    connections=options.connections,
                    script=script,
                    **extra,
                )
                trivial = trivial or rps
                results[name].append((rps, p50, p95, rps / trivial, bad + errors))
        print(f"{'case':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'ratio':>7} {'errors':>7}")
        for name, rows in results.items():
            rps, p50, p95, ratio = (
                statistics.median(column) for column in list(zip(*rows, strict=True))[:4]
            )
            errors = sum(row[4] for row in rows)
            print(f"{name:<34} {rps:>8.0f} {p50:>8.1f} {p95:>8.1f} {ratio:>6.0%} {errors:>7}")
            if options.rounds > 1:
                print(f"{'':<34} ratios by round: " + ", ".join(f"{row[3]:.0%}" for row in rows))
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(media, ignore_errors=True)


if __name__ == "__main__":
    main()
