"""Item analysis from its summary (reports.item_summary) against the same analysis counted
live from the answers: every table, link and chart equal, for the nation, states and
districts, each course and all of them, on the item world (thirty trainees, right and
wrong answers, essays awaiting a mark, two states, three districts) with more beside it:
a second quiz, a retake, a trainee in no district, an attempt not finished, a staff
member's sitting, an answer under a key that is no question. Then what keeps the summary
current: quiz answers, essay marks, erasure and the watchdog's sweep queue its refresh;
filters it cannot answer are counted live; the page says how old its figures are."""

import json
from datetime import date, timedelta

import pytest
from quiz.models import Quiz, Sitting
from true_false.models import TF_Question

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override

from courses import quiz_engine, services
from courses.models import CoursePage, EssayMark, QuizAttempt
from lms.watchdog import sweep
from organisation.models import Stage
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit
from privacy.erasure import erasures_process_due
from privacy.services import erasure_request
from reports.filters import Filters
from reports.item_analysis import item_report
from reports.item_stats import live_item_rows
from reports.item_summary import item_summary_refresh, summary_item_rows
from reports.item_summary_schedule import CHANGED_KEY, DUE_KEY
from reports.models import ItemSummary, ItemSummaryState
from reports.report import Report, age_in_words
from reports.tests.test_item_analysis import build_item_world
from testing.worlds import shared_world

UNITS = ["in", "in-mp", "in-up", "in-mp-indore", "in-mp-bhopal", "in-up-lucknow"]


def _sitting(user, quiz, course, answers, wrong, *, finished=True, pending=None):
    """A sitting and its attempt with these answers {question: answer as stored}."""
    when = timezone.now() - timedelta(hours=2)
    sitting = Sitting.objects.create(
        user=user, quiz=quiz, question_order=",".join(map(str, answers)) + ",",
        question_list="", incorrect_questions=",".join(map(str, wrong)) + ",",
        current_score=sum(1 for q in answers if q not in wrong and q != pending),
        complete=finished, end=when if finished else None, user_answers=json.dumps(answers),
    )  # fmt: skip
    QuizAttempt.objects.create(
        sitting=sitting, user=user, quiz=quiz, course=course, started_at=when,
        finished_at=when if finished else None, ending="answered" if finished else "",
    )  # fmt: skip
    if pending is not None:
        EssayMark.objects.create(sitting=sitting, question_id=pending, correct=None)
    return sitting


def build_summary_world(worlds) -> dict:
    world = build_item_world(worlds)
    course, q, options = world["course"], world["questions"], world["options"]
    quiz = course.quiz
    good, hard, easy, essay = q["good"], q["hard"], q["easy"], q["essay"]
    right_good, wrong_hard = options[good.pk][0].pk, options[hard.pk][2].pk

    def volunteer(code):
        return VolunteerFactory(district=unit(code) if code else None, stage=Stage.IN_TRAINING).user

    # No district: in the nation's totals, in no state's row.
    _sitting(volunteer(None), quiz, course, {good.pk: right_good, hard.pk: wrong_hard,
             essay.pk: "A reply"}, [hard.pk, essay.pk], pending=essay.pk)  # fmt: skip
    # A retake in Bhopal, and an answer under a key that is no question id.
    retaker = volunteer("in-mp-bhopal")
    _sitting(retaker, quiz, course, {good.pk: right_good, easy.pk: "True"}, [])
    _sitting(retaker, quiz, course, {good.pk: options[good.pk][1].pk, easy.pk: "True",
             "note": 3}, [good.pk])  # fmt: skip
    # Not counted: an attempt not finished, a staff member's sitting (no volunteer).
    _sitting(volunteer("in-up-lucknow"), quiz, course, {good.pk: right_good}, [], finished=False)
    _sitting(UserFactory(), quiz, course, {good.pk: right_good}, [])

    # A second quiz, in its own course: one true/false question.
    second = Quiz.objects.create(title="Second quiz", url="second-quiz", pass_mark=50)
    claim = TF_Question.objects.create(content="The photo is from 2019.", correct=False)
    claim.quiz.add(second)
    other = CoursePage(
        title="Second course", slug="second-course", summary="x", estimated_minutes=5,
        quiz=second,
    )  # fmt: skip
    course.get_parent().add_child(instance=other)
    for code, answer in [("in-up-lucknow", "False"), ("in-mp-indore", "True"),
                         ("in-mp-indore", "False"), (None, "True")]:  # fmt: skip
        wrong = [claim.pk] if answer == "True" else []
        _sitting(volunteer(code), second, other, {claim.pk: answer}, wrong)
    return {**world, "second_course": other}


summary_world = shared_world("summary_world", build_summary_world, needs=["report_course"])


@pytest.fixture
def summary_on(settings):
    settings.REPORTS_ITEM_SUMMARY = True
    settings.REPORTS_ITEM_SUMMARY_DEBOUNCE_SECONDS = 300


def both(filters, settings):
    """The report from the summary, and the same report counted live."""
    settings.REPORTS_ITEM_SUMMARY = True
    summary = item_report(filters)
    settings.REPORTS_ITEM_SUMMARY = False
    live = item_report(filters)
    settings.REPORTS_ITEM_SUMMARY = True
    return summary, live


def assert_same(summary: Report, live: Report):
    assert summary.counted_at is not None and live.counted_at is None
    assert [t.key for t in summary.tables] == ["items", "options", "items_by_unit"]
    for got, expected in zip(summary.tables, live.tables, strict=True):
        assert (got.key, got.rows, got.links) == (expected.key, expected.rows, expected.links)
    assert summary.charts == live.charts


def test_the_summary_gives_the_live_figures_everywhere(summary_world, summary_on, settings):
    assert item_summary_refresh()["rows"] > 0
    courses = [None, summary_world["course"], summary_world["second_course"]]
    for code in UNITS:
        for course in courses:
            filters = Filters(scope=unit("in"), unit=unit(code), course=course)
            summary, live = both(filters, settings)
            assert_same(summary, live)
            quiz_ids = [c.quiz_id for c in ([course] if course else courses[1:])]
            assert summary_item_rows(filters, quiz_ids) == live_item_rows(filters, quiz_ids)
    # The world's oddities are where they should be, on both.
    national = item_report(Filters(scope=unit("in"), unit=unit("in")))
    rows = {row[0]: row for row in national.table("items").rows}
    assert rows["Good question"][3] == 30 + 3  # no district, retake twice; not the others
    assert rows["Write a reply"][3:5] == [31, 6]  # the essay of no district awaits a mark
    assert rows["The photo is from 2019."][3:6] == [4, 0, 50.0]
    answered = {tuple(row[:2]) for row in national.table("items_by_unit").rows if row[2]}
    assert answered == {
        (state, quiz)
        for state in ("Madhya Pradesh", "Uttar Pradesh")
        for quiz in ("Item quiz", "Second quiz")
    }


@pytest.mark.parametrize("code", ["in-mp-indore", "in-up", "in"])
def test_a_coordinators_page_from_the_summary_is_the_live_one(
    client, summary_world, summary_on, settings, code
):
    item_summary_refresh()
    client.force_login(coordinator_create(code))
    course = summary_world["course"]
    response = client.get("/admin/reports/items/", {"course": course.pk})
    assert response.status_code == 200
    shown = response.context["report"]
    settings.REPORTS_ITEM_SUMMARY = False
    live = item_report(Filters(scope=unit(code), unit=unit(code), course=course))
    assert_same(shown, live)
    assert "These figures were counted just now" in response.content.decode()
    # A unit outside the coordinator's scope stays refused, summary or not.
    if code == "in-mp-indore":
        outside = client.get("/admin/reports/items/", {"unit": unit("in-up-lucknow").pk})
        assert "Lucknow" not in str(outside.context["report"].table("items_by_unit").rows)
        assert outside.context["filters"].unit == unit("in-mp-indore")


def test_filters_the_summary_cannot_answer_are_counted_live(summary_world, summary_on):
    item_summary_refresh()
    course = summary_world["course"]
    this_month = date.today().replace(day=1)
    for filters in (
        Filters(scope=unit("in"), unit=unit("in"), course=course, cohort=this_month),
        Filters(scope=unit("in"), unit=unit("in"), date_from=date.today()),
        Filters(scope=unit("in"), unit=unit("in-mp"), date_to=date.today()),
    ):
        assert item_report(filters).counted_at is None


def test_before_the_first_refresh_the_analysis_is_counted_live(summary_world, summary_on):
    report = item_report(Filters(scope=unit("in"), unit=unit("in")))
    assert report.counted_at is None
    assert report.table("items").rows


def test_the_summary_holds_its_figures_until_counted_again(summary_world, summary_on, settings):
    """What the page shows is the summary's: an attempt finished after the refresh is not
    in it until the next refresh, which counts it."""
    item_summary_refresh()
    national = Filters(scope=unit("in"), unit=unit("in"), course=summary_world["course"])
    before = item_report(national)
    q = summary_world["questions"]
    user = VolunteerFactory(district=unit("in-up-lucknow")).user
    _sitting(user, summary_world["course"].quiz, summary_world["course"],
             {q["hard"].pk: summary_world["options"][q["hard"].pk][0].pk}, [])  # fmt: skip
    after = item_report(national)
    assert after.tables == before.tables and after.counted_at == before.counted_at
    assert item_summary_refresh(requested_at=before.counted_at) == {
        "skipped": True,
        "counted_at": before.counted_at.isoformat(),
    }
    item_summary_refresh(requested_at=timezone.now())
    summary, live = both(national, settings)
    assert_same(summary, live)
    assert summary.counted_at > before.counted_at
    hard = {row[0]: row for row in summary.table("items").rows}["Hard question"]
    assert hard[3] == 30 + 1 + 1  # the world's, the trainee in no district's, this one


def test_a_fixed_number_of_queries_from_the_summary(summary_world, summary_on):
    item_summary_refresh()
    counts = []
    for code in ("in", "in-mp", "in-mp-indore"):
        filters = Filters(scope=unit("in"), unit=unit(code), course=summary_world["course"])
        with CaptureQueriesContext(connection) as queries:
            item_report(filters)
        counts.append(len(queries))
    # quizzes, the summary's age, its sums, questions, options, units below (none below
    # a district)
    assert counts == [6, 6, 5]


def _pending_mark(world):
    return EssayMark.objects.filter(correct=None, question=world["questions"]["essay"]).first()


def test_a_marked_essay_queues_the_windows_refresh(
    summary_world, summary_on, settings, django_capture_on_commit_callbacks
):
    """The first change of a window queues one refresh at the window's end (here a
    backend that keeps the tasks it is given); the next changes in it queue nothing."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    from django.core.cache import cache

    default_task_backend.clear()
    cache.delete(CHANGED_KEY)
    trainer = UserFactory(is_superuser=True)
    marks = list(EssayMark.objects.filter(correct=None)[:2])
    assert len(marks) == 2
    started = timezone.now()
    for mark in marks:
        with django_capture_on_commit_callbacks(execute=True):
            services.essay_mark(mark_id=mark.pk, correct=True, marked_by=trainer)
    (queued,) = default_task_backend.results
    assert queued.task.name == "item_summary_refresh"
    window = timedelta(seconds=300)
    assert started + window <= queued.task.run_after <= timezone.now() + window
    assert queued.kwargs == {"requested_at": queued.task.run_after.isoformat()}


def test_finished_attempts_and_marks_are_counted(
    summary_world, summary_on, settings, django_capture_on_commit_callbacks
):
    """With a backend that runs tasks at once (the tests'), the refresh follows each
    change: a quiz taken through the engine, then its essay marked."""
    item_summary_refresh()
    course = summary_world["course"]
    trainee = VolunteerFactory(district=unit("in-mp-indore"), stage=Stage.IN_TRAINING).user
    services.enrollment_create(user=trainee, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        while (question := quiz_engine.current_question(attempt)) is not None:
            quiz_engine.quiz_answer_submit(
                user=trainee, attempt_id=attempt.pk, question_id=question.id,
                raw_answer=_answer_for(summary_world, question.id),
            )  # fmt: skip
            attempt.refresh_from_db()
    assert attempt.finished_at is not None
    indore = Filters(scope=unit("in"), unit=unit("in-mp-indore"), course=course)
    summary, live = both(indore, settings)
    assert_same(summary, live)
    essay = {row[0]: row for row in summary.table("items").rows}["Write a reply"]
    assert essay[3:5] == [11, 3]  # the world's two pending essays in Indore, and this one
    mark = EssayMark.objects.get(sitting_id=attempt.sitting_id)
    trainer = UserFactory(is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.essay_mark(mark_id=mark.pk, correct=False, marked_by=trainer)
    summary, live = both(indore, settings)
    assert_same(summary, live)
    assert {row[0]: row for row in summary.table("items").rows}["Write a reply"][3:5] == [11, 2]


def _answer_for(world, question_id):
    options = world["options"].get(question_id)
    if options:
        return str(options[0].pk)
    if question_id == world["questions"]["easy"].pk:
        return "True"
    return "A calm reply with the source linked."


def test_an_erasure_queues_a_refresh_and_the_figures_stay_the_live_ones(
    summary_world, summary_on, settings, django_capture_on_commit_callbacks
):
    item_summary_refresh()
    counted = ItemSummaryState.objects.get().counted_at
    erased = Sitting.objects.filter(user__volunteer_profile__district=unit("in-mp-indore")).first()
    erasure_request(user=erased.user)
    with django_capture_on_commit_callbacks(execute=True):
        assert erasures_process_due(now=timezone.now() + timedelta(days=30)) == 1
    assert ItemSummaryState.objects.get().counted_at > counted
    for code in ("in", "in-mp-indore"):
        filters = Filters(scope=unit("in"), unit=unit(code), course=summary_world["course"])
        assert_same(*both(filters, settings))


def test_the_watchdogs_sweep_counts_a_missing_or_old_summary(summary_world, summary_on, settings):
    from django.core.cache import cache

    cache.delete_many([DUE_KEY, CHANGED_KEY])
    results = sweep()
    assert results["reports.receivers.item_summary_periodic"] is True
    state = ItemSummaryState.objects.get()
    assert state.counted_at is not None and state.rows == ItemSummary.objects.count() > 0
    cache.delete(DUE_KEY)
    assert sweep()["reports.receivers.item_summary_periodic"] is False  # fresh
    settings.REPORTS_ITEM_SUMMARY_SECONDS = 60
    later = timezone.now() + timedelta(seconds=61)
    from reports.item_summary_schedule import item_summary_due

    assert item_summary_due(now=later) is True
    assert item_summary_due(now=later) is False  # queued once per WATCHDOG_STALE_SECONDS
    settings.REPORTS_ITEM_SUMMARY = False
    cache.delete(DUE_KEY)
    assert item_summary_due(now=later) is False


def test_the_age_of_the_figures_in_english_and_hindi():
    now = timezone.now()
    report = Report(counted_at=now - timedelta(minutes=5))
    assert age_in_words(now - timedelta(seconds=30), now) == "just now"
    assert age_in_words(now - timedelta(minutes=1), now) == "1 minute ago"
    assert age_in_words(now - timedelta(hours=3), now) == "3 hours ago"
    assert age_in_words(now - timedelta(days=2), now) == "2 days ago"
    assert report.counted_note(now).startswith("These figures were counted 5 minutes ago (")
    with override("hi"):
        note = report.counted_note(now)
        assert "5 मिनट पहले" in note and "These figures" not in note
        assert age_in_words(now - timedelta(seconds=5), now) != "just now"
    assert Report().counted_note() == ""
