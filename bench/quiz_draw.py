"""Benchmark: drawing a quiz attempt with question quotas, on PostgreSQL.

Builds (or reuses, with --reuse) a PostgreSQL database with one course whose quiz has
five categories of 200 multiple-choice questions (five options each), and trainees who
each took the quiz once already, so that every measured draw is a retake: the costliest
path (the questions seen before are read and avoided). Then times, in-process,
``courses.quiz_engine.quiz_attempt_start`` for a new attempt:

- **quotas**: 4 questions from each category (20), 3 options shown of 5;
- **baseline**: the draw as it was before quotas, on the same 1,000 questions: the quiz
  without quotas, ``max_questions`` 20 and ``random_order`` (django-quiz-app's one
  shuffled pool).

The two are interleaved (ABBA) so that the machine's load falls on both alike; each draw
is rolled back, so every run draws for a trainee in the same state.
Figures: p50 and p95 in milliseconds and the number of SQL queries of one draw.
Goal: quotas under 20 ms at p95, with a bounded number of queries.

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/).

Run:  .venv/bin/python bench/quiz_draw.py [--runs 200] [--trainees 200] [--reuse]
      [--database lms_bench_quiz_draw]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from postgres_setup import BASE_DIR, SERVER_URL, manage, recreate_database

DATABASE = "lms_bench_quiz_draw"
CATEGORIES, PER_CATEGORY, QUOTA, OPTIONS = 5, 200, 4, 5
GOAL_P95_MS = 20


def build(trainees):
    """The course, its two quizzes on the same questions, and trainees with one attempt."""
    from multichoice.models import Answer, MCQuestion
    from quiz.models import Category, Quiz

    from django.contrib.auth import get_user_model
    from django.db import connection

    from wagtail.models import Site

    from courses import quiz_engine, services
    from courses.models import CourseIndexPage, CoursePage, QuestionQuota, QuizRules

    started = time.perf_counter()
    pooled = Quiz.objects.create(title="Pooled", url="pooled", pass_mark=60)
    plain = Quiz.objects.create(
        title="Plain", url="plain", pass_mark=60, random_order=True, max_questions=QUOTA * 5
    )
    QuizRules.objects.create(quiz=pooled, options_shown=3, time_limit_minutes=30)
    QuizRules.objects.create(quiz=plain, time_limit_minutes=30)
    for c in range(CATEGORIES):
        category = Category.objects.create(category=f"category-{c}")
        # Multi-table inheritance: no bulk_create for the questions themselves.
        questions = [
            MCQuestion.objects.create(content=f"Question {c}.{n}", category=category)
            for n in range(PER_CATEGORY)
        ]
        for question in questions:
            question.quiz.add(pooled, plain)
        Answer.objects.bulk_create(
            Answer(question=q, content=f"Option {o} of {q.pk}", correct=o == 0)
            for q in questions
            for o in range(OPTIONS)
        )
        QuestionQuota.objects.create(quiz=pooled, category=category, count=QUOTA)
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    courses = {}
    for quiz in (pooled, plain):
        course = CoursePage(
            title=quiz.title, slug=quiz.url, summary="-", estimated_minutes=30, quiz=quiz
        )
        index.add_child(instance=course)
        courses[quiz.url] = course
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"trainee-{n}") for n in range(trainees)
    )
    for user in users:
        for course in courses.values():
            services.enrollment_create(user=user, course=course)
            attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
            attempt.finished_at = attempt.started_at
            attempt.save(update_fields=["finished_at"])
    connection.cursor().execute("VACUUM ANALYZE")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def measure(runs):
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from courses import quiz_engine
    from courses.models import CoursePage

    courses = {c.slug: c for c in CoursePage.objects.filter(slug__in=["pooled", "plain"])}
    users = list(get_user_model().objects.filter(username__startswith="trainee-"))

    def draw(case, user):
        with transaction.atomic():
            started = time.perf_counter()
            attempt = quiz_engine.quiz_attempt_start(user=user, course=courses[case])
            elapsed = (time.perf_counter() - started) * 1000
            if len(attempt.sitting.question_order.split(",")) - 1 != QUOTA * 5:
                raise RuntimeError(f"{case}: not {QUOTA * 5} questions drawn")
            transaction.set_rollback(True)
        return elapsed

    queries = {}
    for case in ("pooled", "plain"):
        draw(case, users[0])  # warm: the course's canonical page, rules, locale
        with CaptureQueriesContext(connection) as captured:
            draw(case, users[1])
        queries[case] = len(captured.captured_queries)
    timings = {"pooled": [], "plain": []}
    for run in range(runs):
        order = ("pooled", "plain") if run % 2 == 0 else ("plain", "pooled")  # ABBA
        user = users[run % len(users)]
        for case in order:
            timings[case].append(draw(case, user))

    def p95(values):
        return statistics.quantiles(values, n=20)[-1]

    labels = {
        "plain": "baseline: one shuffled pool",
        "pooled": f"quotas: {QUOTA} of {PER_CATEGORY} × {CATEGORIES}",
    }
    title = f"draw (a retake), {runs} runs"
    print(f"\n{title:<40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for case in ("plain", "pooled"):
        values = timings[case]
        print(
            f"{labels[case]:<40} {statistics.median(values):8.1f} {p95(values):8.1f} "
            f"{queries[case]:8d}"
        )
    met = p95(timings["pooled"]) < GOAL_P95_MS
    print(f"\ngoal (quotas p95 < {GOAL_P95_MS} ms): {'met' if met else 'NOT met'}", flush=True)
    return met


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="keep the database of a previous run")
    parser.add_argument(
        "--database", default=DATABASE, help="the database to build (dropped first)"
    )
    args = parser.parse_args()
    env = {
        **os.environ,
        # Production settings (no debug), as the other PostgreSQL benchmarks.
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(Path(tempfile.gettempdir()) / "lms-bench-static"),
        "DATABASE_URL": SERVER_URL + args.database,
        "DATABASE_CONN_MAX_AGE": "0",
        "ALLOWED_HOSTS": "testserver,localhost",
        # Production refuses to start without the issuer's key folder (issue 16).
        "CREDENTIALS_KEY_DIR": str(Path(tempfile.gettempdir()) / "lms-bench-credentials"),
    }
    if not args.reuse:
        recreate_database(args.database)
    manage("migrate", "--no-input", "-v0", env=env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    if not args.reuse:
        build(args.trainees)
    sys.exit(0 if measure(args.runs) else 1)


if __name__ == "__main__":
    main()
