"""Benchmark: item analysis and the answer-sharing report on 500,000 quiz attempts
(PostgreSQL), with planted clusters found (precision and recall).

On a database made as bench/reports.py makes it (`generate_organisation`, default
500,000 volunteers), a focused generator replaces the generated quiz sittings with
--attempts finished attempts at the demo course's quiz, one per volunteer from the first:
each trainee has an ability, each question a difficulty and wrong options of unequal
appeal, so answers look like a real cohort's (hard questions, popular wrong answers);
8 to 30 minutes each over 60 days; every attempt answered from its own client. Then it
plants answer sharing: rings of 3 to 8 trainees of one district with the same 2 to 5
wrong options within 90 minutes, attempts at 100 % in 2 seconds a question, clients
shared by 3 to 6 accounts. Then it times, each against a baseline in the same run:

- item analysis for the national quiz report and the largest state's, counted live and
  read from the item summary (reports.item_summary), the summary's refresh, against the
  quiz report's existing per-question count (the "most often wrong" query) over the same
  attempts; the summary's tables and charts are checked equal to the live ones;
- the answer-sharing run over every attempt, in a fresh process (its peak memory is the
  process's peak RSS, Django included), against a plain read of the same rows; and the
  planted clusters found: precision (found clusters that are planted ones) and recall
  (planted clusters found), per kind.

Run:  .venv/bin/python bench/assessments.py [--volunteers 500000] [--attempts 500000]
          [--database lms_bench_assessments] [--reuse] [--runs 5] [--items-only]
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta

from postgres_setup import BASE_DIR, SERVER_URL, manage, recreate_database

DATABASE = "lms_bench_assessments"
RINGS, FAST, SHARED_CLIENTS = 300, 150, 150


def build(env, volunteers, database):
    recreate_database(database)
    manage("migrate", "--no-input", "-v0", env=env)
    manage("load_demo", "--force", env=env)
    manage("generate_organisation", "--volunteers", str(volunteers), env=env)


def _questions(quiz):
    """[(question id, kind, right option, wrong options)] of the quiz, essays left out."""
    from multichoice.models import Answer, MCQuestion
    from true_false.models import TF_Question

    found = []
    for question in MCQuestion.objects.filter(quiz=quiz).order_by("pk"):
        answers = list(Answer.objects.filter(question=question).order_by("pk"))
        right = next(a.pk for a in answers if a.correct)
        found.append((question.pk, right, [a.pk for a in answers if not a.correct]))
    for question in TF_Question.objects.filter(quiz=quiz).order_by("pk"):
        right = "True" if question.correct else "False"
        found.append((question.pk, right, ["False" if question.correct else "True"]))
    return found


def generate(attempts_wanted: int, seed: int = 18):
    """Replace the quiz sittings with attempts with answers; plant clusters. Returns the
    planted clusters: {kind: [set of attempt ids]}."""
    from quiz.models import Sitting

    from django.db import connection
    from django.utils import timezone

    from courses.models import AttemptClient, CourseCompletion, CoursePage, QuizAttempt
    from organisation.generation.writer import BulkWriter
    from organisation.models import VolunteerProfile

    rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)
    course = CoursePage.objects.canonical().get(slug="social-media-skills")
    quiz = course.quiz
    questions = _questions(quiz)
    difficulty = {q: rng.gauss(0, 1) for q, _r, _w in questions}
    # The first wrong option draws most of the wrong answers: a "popular" mistake.
    appeal = {q: [rng.random() ** 2 for _ in wrong] for q, _r, wrong in questions}
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {CourseCompletion._meta.db_table} SET sitting_id = NULL")  # noqa: S608
        cursor.execute(f"TRUNCATE {QuizAttempt._meta.db_table}, {Sitting._meta.db_table} CASCADE")
    volunteers = list(
        VolunteerProfile.objects.order_by("pk").values_list("user_id", "district_id")[
            :attempts_wanted
        ]
    )
    start = timezone.now() - timedelta(days=60)
    rows = []  # [user, district, answers {q: option}, wrong [q], finished, seconds]
    for user, district in volunteers:
        ability = rng.gauss(0.8, 1)
        answers, wrong = {}, []
        for q, right, wrong_options in questions:
            if rng.random() < 1 / (1 + 2.718 ** (difficulty[q] - ability)):
                answers[q] = right
            else:
                answers[q] = rng.choices(wrong_options, weights=appeal[q])[0]
                wrong.append(q)
        finished = start + timedelta(seconds=rng.randrange(60 * 86400))
        rows.append([user, district, answers, wrong, finished, rng.randrange(480, 1800)])

    by_district = {}
    for index, row in enumerate(rows):
        by_district.setdefault(row[1], []).append(index)
    big = [d for d, members in by_district.items() if len(members) >= 20]
    planted = {"same_wrong": [], "fast": [], "shared_client": []}
    taken = set()

    def free(district, count):
        members = [i for i in by_district[district] if i not in taken]
        chosen = rng.sample(members, count)
        taken.update(chosen)
        return chosen

    for _ring in range(RINGS):
        members = free(rng.choice(big), rng.randint(3, 8))
        shared = rng.sample(questions, rng.randint(2, 5))
        when = start + timedelta(seconds=rng.randrange(59 * 86400))
        chosen = {q: rng.choice(wrong_options) for q, _right, wrong_options in shared}
        for index in members:
            answers = {q: right for q, right, _w in questions}
            answers.update(chosen)  # the same wrong options, passed round the ring
            rows[index][2:5] = [answers, [q for q, _r, _w in shared], when]
            when += timedelta(minutes=rng.randint(1, 30))
        planted["same_wrong"].append(members)
    for _fast in range(FAST):
        (index,) = free(rng.choice(big), 1)
        rows[index][2] = {q: right for q, right, _w in questions}
        rows[index][3], rows[index][5] = [], 2 * len(questions)
        planted["fast"].append([index])
    clients = {}
    for number in range(SHARED_CLIENTS):
        members = free(rng.choice(big), rng.randint(3, 6))
        for index in members:
            clients[index] = f"shared{number:026d}"
        planted["shared_client"].append(members)

    writer = BulkWriter()
    first = writer.next_id(Sitting)
    order = ",".join(str(q) for q, _r, _w in questions) + ","
    sittings = (
        (
            first + i, user, quiz.pk, order, "", ",".join(map(str, wrong)) + ",",
            len(questions) - len(wrong), True, json.dumps({str(q): a for q, a in answers.items()}),
            finished - timedelta(seconds=seconds), finished,
        )
        for i, (user, _d, answers, wrong, finished, seconds) in enumerate(rows)
    )  # fmt: skip
    writer.insert(
        Sitting,
        ["id", "user_id", "quiz_id", "question_order", "question_list", "incorrect_questions",
         "current_score", "complete", "user_answers", "start", "end"],
        sittings,
    )  # fmt: skip
    pass_mark = quiz.pass_mark or 70
    writer.insert(
        QuizAttempt,
        ["sitting_id", "user_id", "quiz_id", "course_id", "started_at", "finished_at",
         "ending", "score_percent", "passed", "draw"],
        (
            (
                first + i, user, quiz.pk, course.pk, finished - timedelta(seconds=seconds),
                finished, "answered", round(100 * (1 - len(wrong) / len(questions))),
                100 * (1 - len(wrong) / len(questions)) >= pass_mark, "[]",
            )
            for i, (user, _d, _a, wrong, finished, seconds) in enumerate(rows)
        ),
    )  # fmt: skip
    writer.insert(
        AttemptClient,
        ["attempt_id", "client", "first_answer_at"],
        ((first + i, clients.get(i, f"own{row[0]:029d}"), row[4]) for i, row in enumerate(rows)),
    )
    writer.reset_sequences()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return {
        kind: [{first + i for i in group} for group in groups] for kind, groups in planted.items()
    }


def timed(function, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[max(0, round(0.95 * len(timings)) - 1)]


# Peak memory: the child's VmHWM (ru_maxrss would carry the parent's size over the fork).
CHILD = """
import sys, time, django
django.setup()
from reports.answer_sharing import answer_sharing_analyse
started = time.perf_counter()
found = answer_sharing_analyse(run_id=int(sys.argv[1]))
hwm = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(found, time.perf_counter() - started, hwm)
"""
CHILD_READ = """
import sys, time, django
django.setup()
from reports.answer_sharing import run_attempts
from reports.models import AnswerSharingRun
started = time.perf_counter()
rows = run_attempts(AnswerSharingRun.objects.get(pk=int(sys.argv[1]))).values_list(
    "pk", "user_id", "quiz_id", "user__volunteer_profile__district_id", "started_at",
    "finished_at", "score_percent", "sitting__user_answers", "sitting__incorrect_questions")
count = sum(1 for _ in rows.iterator(chunk_size=5000))
hwm = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(count, time.perf_counter() - started, hwm)
"""


def child(code, run_id):
    output = subprocess.run(
        [sys.executable, "-c", code, str(run_id)],
        cwd=BASE_DIR, env=os.environ, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    return int(output[0]), float(output[1]), int(output[2]) / 1024


def load() -> str:
    return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())


def measure_items(runs):
    """Item analysis live and from its summary (national, and the largest state), the
    summary's refresh, and the quiz report's per-question count as the baseline; the
    summary's tables are checked equal to the live ones."""
    from django.conf import settings
    from django.db.models import Count

    from courses.models import QuizAttempt
    from organisation.models import Unit, VolunteerProfile
    from reports.filters import Filters
    from reports.item_analysis import item_report
    from reports.item_summary import item_summary_refresh
    from reports.models import ItemSummary
    from reports.quizzes import _attempts, _question_counts, quiz_versions

    national = Unit.objects.get(level=Unit.Level.NATIONAL)
    largest = VolunteerProfile.objects.values("state_id").annotate(n=Count("pk")).order_by("-n")[0]
    state = Unit.objects.get(pk=largest["state_id"])
    filters = Filters(scope=national, unit=national)
    in_state = Filters(scope=national, unit=state)
    attempts = QuizAttempt.objects.count()
    print(f"\n{attempts:,} finished attempts; {runs} runs each; {load()}\n")
    quiz_ids = [quiz.pk for _course, quiz in quiz_versions(filters.courses())]
    base = timed(lambda: _question_counts(_attempts(filters, quiz_ids)), runs)
    settings.REPORTS_ITEM_SUMMARY = False
    live = timed(lambda: item_report(filters), runs)
    live_state = timed(lambda: item_report(in_state), runs)
    live_reports = [item_report(f) for f in (filters, in_state)]
    settings.REPORTS_ITEM_SUMMARY = True
    refresh = timed(item_summary_refresh, runs)
    summary = timed(lambda: item_report(filters), runs)
    summary_state = timed(lambda: item_report(in_state), runs)
    summary_reports = [item_report(f) for f in (filters, in_state)]
    for got, expected in zip(summary_reports, live_reports, strict=True):
        if got.counted_at is None or got.tables != expected.tables or got.charts != expected.charts:
            raise SystemExit("the summary's item analysis differs from the live one")
    rows = ItemSummary.objects.count()
    print(f"{'':<52} {'p50 ms':>9} {'p95 ms':>9}")
    for label, (p50, p95) in [
        ("baseline: quiz report, per-question count", base),
        ("item analysis, national, live", live),
        (f"item analysis, {state.name_en}, live", live_state),
        (f"summary refresh ({rows:,} rows)", refresh),
        ("item analysis, national, summary (goal < 2,000)", summary),
        (f"item analysis, {state.name_en}, summary", summary_state),
    ]:
        print(f"{label:<52} {p50:9.0f} {p95:9.0f}")
    print(f"summary and live tables and charts identical (national, {state.name_en}); {load()}")


def measure(planted, runs):
    from organisation.models import Unit
    from reports.models import AnswerSharingCluster, AnswerSharingRun

    national = Unit.objects.get(level=Unit.Level.NATIONAL)
    measure_items(runs)

    run = AnswerSharingRun.objects.create(unit=national)
    read, read_seconds, read_mb = child(CHILD_READ, run.pk)
    found, seconds, peak_mb = child(CHILD, run.pk)
    print(f"\n{'':<44} {'seconds':>9} {'peak MB':>9}")
    label = f"baseline: read the attempts ({read:,})"
    print(f"{label:<44} {read_seconds:9.1f} {read_mb:9.0f}")
    print(f"{'answer sharing, national (< 60 s, < 500 MB)':<44} {seconds:9.1f} {peak_mb:9.0f}")
    print(f"\n{found:,} clusters found")
    clusters = AnswerSharingCluster.objects.filter(run=run)
    print(f"{'kind':<16} {'planted':>8} {'found':>8} {'precision':>10} {'recall':>8}")
    for kind, groups in planted.items():
        found_sets = [set(c.attempts) for c in clusters.filter(kind=kind)]
        # A found cluster is right when most of it is one planted cluster; a planted
        # cluster is found when a found cluster holds most of it.
        right = sum(1 for f in found_sets if any(len(f & g) * 2 > len(f) for g in groups))
        if kind == "fast":  # fast attempts are grouped per district: count attempts
            flagged = set().union(*found_sets) if found_sets else set()
            planted_ids = set().union(*groups)
            precision = len(flagged & planted_ids) / len(flagged) if flagged else 0
            recall = len(flagged & planted_ids) / len(planted_ids)
        else:
            hit = sum(1 for g in groups if any(len(f & g) * 2 > len(g) for f in found_sets))
            precision = right / len(found_sets) if found_sets else 0
            recall = hit / len(groups)
        print(f"{kind:<16} {len(groups):8d} {len(found_sets):8d} {precision:10.3f} {recall:8.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=500_000)
    parser.add_argument("--attempts", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="keep the organisation")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--items-only", action="store_true", help="item analysis, not sharing")
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": SERVER_URL + args.database,
        "DATABASE_CONN_MAX_AGE": "0",
    }
    if not args.reuse:
        build(env, args.volunteers, args.database)
    else:
        manage("migrate", "--no-input", "-v0", env=env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    started = time.perf_counter()
    planted = generate(args.attempts)
    print(f"attempts generated in {time.perf_counter() - started:.0f} s", flush=True)
    if args.items_only:
        measure_items(args.runs)
    else:
        measure(planted, args.runs)


if __name__ == "__main__":
    main()
