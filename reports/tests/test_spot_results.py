"""Spot the fake in the quiz report: results by manipulation type, from answers given
through the quiz engine by trainees of Indore and Lucknow; expected figures worked out
by hand from the answers below."""

import datetime

import pytest
from quiz.models import Quiz

from courses import quiz_engine, services
from courses.models import CoursePage, SpotTheFakeQuestion
from courses.spot_questions import spot_question_save
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, unit
from reports.filters import Filters
from reports.quizzes import quiz_report

pytestmark = pytest.mark.django_db


def spot(quiz, content, verdict, manipulation):
    question = SpotTheFakeQuestion(
        content=content,
        post_text="A post",
        claimed_source="@someone",
        claimed_date=datetime.date(2026, 5, 1),
        verdict=verdict,
        manipulation=manipulation,
    )
    return spot_question_save(
        question=question,
        evidence=[("Deciding A", True), ("Deciding B", True), ("Not deciding", False)],
        quizzes=[quiz],
    )


def ids(question, decides):
    return [str(e.pk) for e in question.evidence.all() if e.decides == decides]


@pytest.fixture
def answered(report_course):
    index = report_course["course"].get_parent()
    quiz = Quiz.objects.create(title="Spot quiz", url="spot-quiz", pass_mark=50)
    old_image = spot(quiz, "Old picture?", "misleading", "old_image")
    impostor = spot(quiz, "Real account?", "fabricated", "impostor_source")
    course = CoursePage(
        title="Spot course", slug="spot-course", summary="x", estimated_minutes=5, quiz=quiz
    )
    index.add_child(instance=course)
    # (district, answers to old_image, answers to impostor): (verdict, ticks)
    right_o, other_o = ids(old_image, True), ids(old_image, False)
    right_i, other_i = ids(impostor, True), ids(impostor, False)
    takers = [
        ("in-mp-indore", ("misleading", right_o), ("fabricated", right_i)),
        ("in-mp-indore", ("genuine", right_o[:1]), ("fabricated", other_i)),
        ("in-up-lucknow", ("misleading", other_o), ("genuine", right_i)),
    ]
    for district, *answers in takers:
        user = VolunteerFactory(district=unit(district), stage=Stage.IN_TRAINING).user
        services.enrollment_create(user=user, course=course)
        attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
        while (question := quiz_engine.current_question(attempt)) is not None:
            verdict, ticks = answers[0] if question.id == old_image.pk else answers[1]
            quiz_engine.quiz_answer_submit(
                user=user,
                attempt_id=attempt.pk,
                question_id=question.id,
                raw_answer={"verdict": verdict, "evidence": ticks},
            )
            attempt.refresh_from_db()
            attempt.sitting.refresh_from_db()
    return course


def spot_rows(code, course):
    scope = unit(code)
    report = quiz_report(Filters(scope=scope, unit=scope, course=course))
    table = next(t for t in report.tables if t.key == "spot_the_fake")
    return {row[1]: row[2:] for row in table.rows}


def test_results_by_manipulation_type(answered):
    rows = spot_rows("in", answered)
    # Old picture: credits 1, 0.25 (wrong verdict, half the evidence), 0.5 (verdict, a
    # wrong tick) → mean 58.3 %; verdict right 2 of 3; all evidence 1; full marks 1.
    assert rows["Old or unrelated picture reused"] == [3, 66.7, 33.3, 33.3, 58.3]
    # Impostor: credits 1, 0.5 (verdict only), 0.5 (evidence only) → mean 66.7 %.
    assert rows["Impostor or altered source"] == [3, 66.7, 66.7, 33.3, 66.7]


def test_scoped_to_the_unit(answered):
    rows = spot_rows("in-mp", answered)
    assert rows["Old or unrelated picture reused"] == [2, 50.0, 50.0, 50.0, 62.5]
    assert rows["Impostor or altered source"] == [2, 100.0, 50.0, 50.0, 75.0]


def test_item_analysis_names_the_type_and_counts_full_marks_as_right(answered):
    from reports.item_analysis import item_report

    scope = unit("in")
    report = item_report(Filters(scope=scope, unit=scope, course=answered))
    items = next(t for t in report.tables if t.key == "items")
    rows = {row[0]: row for row in items.rows}
    # Old picture: one full mark of three; impostor: one of three.
    assert rows["Old picture?"][2:6] == ["Spot the fake", 3, 0, 33.3]
    assert rows["Real account?"][2:6] == ["Spot the fake", 3, 0, 33.3]
