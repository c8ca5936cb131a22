"""Each report's numbers against the hand-built organisation of conftest.py."""

from datetime import timedelta

import pytest

from django.utils import timezone

from organisation.models import Unit
from organisation.tests.factories import unit
from reports.certificates import certificate_report
from reports.courses import course_report
from reports.filters import Filters
from reports.funnel import funnel_report
from reports.leaders import fill_short_teams, leader_report
from reports.quizzes import quiz_report


def filters(scope_code, unit_code=None, **extra):
    scope = unit(scope_code)
    return Filters(scope=scope, unit=unit(unit_code) if unit_code else scope, **extra)


def rows_by_unit(table, unit_column=0):
    return {row[unit_column]: row for row in table.rows}


def test_funnel_counts_and_conversion_per_state(world):
    table = funnel_report(filters("in")).table("funnel")
    rows = rows_by_unit(table)
    # signed up, screened, in training, trained, leader, not selected, 4 rates, overall
    assert rows["India"] == [
        "India", 19, 12, 10, 8, 6, 1, 63.2, 83.3, 80.0, 75.0, 31.6
    ]  # fmt: skip
    assert rows["Madhya Pradesh"][1:7] == [14, 7, 5, 3, 1, 1]
    assert rows["Uttar Pradesh"][1:7] == [5, 5, 5, 5, 5, 0]
    assert rows["Kerala"][1:7] == [0, 0, 0, 0, 0, 0]
    assert len(table.rows) == 1 + Unit.objects.filter(parent=unit("in")).count()
    assert table.rows[0][0] == "India"  # the total first


def test_funnel_of_a_state_lists_its_districts_with_drill_down_links(world):
    table = funnel_report(filters("in", "in-mp")).table("funnel")
    rows = rows_by_unit(table)
    assert rows["Indore"][1:7] == [11, 6, 4, 2, 1, 1]
    assert rows["Bhopal"][1:7] == [3, 1, 1, 1, 0, 0]
    assert "Lucknow" not in rows
    link = table.links[table.rows.index(rows["Indore"])]
    assert link.endswith(f"unit={unit('in-mp-indore').pk}")


def test_funnel_filters_by_cohort_and_date(world):
    from datetime import timedelta

    from django.utils import timezone

    old = world["v"]["A"]
    old.created_at = timezone.now() - timedelta(days=400)
    old.save()
    today = timezone.localdate()
    table = funnel_report(filters("in", date_from=today)).table("funnel")
    assert table.rows[0][1] == 18
    # The cohort is the month of sign-up in the site's time zone (IST), not UTC's: at
    # 04:00 IST on 1 November it is still 31 October in UTC.
    month = timezone.localtime(old.created_at).date().replace(day=1)
    cohort = funnel_report(filters("in", cohort=month)).table("funnel")
    assert cohort.rows[0][1:4] == [1, 1, 1]


def test_course_completion_rate_and_median_days(world):
    table = course_report(filters("in")).table("courses")
    rows = {(row[0], row[1]): row for row in table.rows}
    course = "Verification basics"
    # enrolled, completed, rate, median days from enrolment to completion
    assert rows[(course, "India")][2:] == [6, 4, 66.7, 5.0]  # 4, 10, 6 and 2 days
    assert rows[(course, "Madhya Pradesh")][2:] == [5, 3, 60.0, 6.0]
    assert rows[(course, "Uttar Pradesh")][2:] == [1, 1, 100.0, 2.0]
    state = course_report(filters("in-mp")).table("courses")
    rows = {(row[0], row[1]): row for row in state.rows}
    assert rows[(course, "Indore")][2:] == [4, 2, 50.0, 7.0]
    assert rows[(course, "Bhopal")][2:] == [1, 1, 100.0, 6.0]


def test_where_trainees_stop(world):
    table = course_report(filters("in-mp")).table("lessons")
    # course, number, title, completed it, stopped before it
    assert table.rows == [
        ["Verification basics", 1, "Lesson 1", 4, 1],  # B has done none
        ["Verification basics", 2, "Lesson 2", 3, 1],  # A stopped after lesson 1
        ["Verification basics", 3, "Lesson 3", 3, 0],
        ["Verification basics", None, "Closing quiz", None, 0],
    ]


def test_quiz_scores_pass_rate_and_histogram(world):
    report = quiz_report(filters("in"))
    # quiz, course, attempts, trainees, passed, pass rate, mean, median
    assert report.table("quizzes").rows == [
        ["Verification quiz", "Verification basics", 5, 5, 3, 60.0, 53.4, 67.0]
    ]
    distribution = report.table("distribution").rows[0]
    assert distribution[1:] == [1, 0, 0, 1, 0, 0, 2, 0, 0, 1]
    histogram = report.charts[0]
    assert (
        histogram.kind == "histogram"
        and [bar.value for bar in histogram.bars] == (distribution[1:])
    )


def test_questions_most_often_answered_wrong_link_to_their_edit_screen(world):
    q1, q2, q3 = world["questions"]
    table = quiz_report(filters("in")).table("questions")
    # question, quiz, asked, wrong, awaiting a mark, per cent
    assert [row[2:] for row in table.rows] == [[5, 3, 0, 60.0], [5, 3, 0, 60.0], [5, 1, 0, 20.0]]
    assert [row[0] for row in table.rows] == [q1.content, q3.content, q2.content]
    assert table.links[0] == f"/admin/snippets/multichoice/mcquestion/edit/{q1.pk}/"
    assert table.links[1] == f"/admin/snippets/true_false/tf_question/edit/{q3.pk}/"
    district = quiz_report(filters("in-mp-indore")).table("questions")
    assert [(row[0], row[3]) for row in district.rows] == [
        (q3.content, 2), (q1.content, 1), (q2.content, 1)
    ]  # fmt: skip


def test_leaders_and_teams(world):
    report = leader_report(filters("in"))
    rows = rows_by_unit(report.table("leaders"))
    # unit, leaders, national, state, district, teams, members, short
    assert rows["India"][1:] == [6, 0, 1, 5, 2, 3, 2]
    assert rows["Madhya Pradesh"][1:] == [1, 0, 0, 1, 1, 2, 1]
    assert rows["Uttar Pradesh"][1:] == [5, 0, 1, 4, 1, 1, 1]
    table = report.table("teams_short")
    fill_short_teams(table, report.short_teams, limit=10)
    assert table.rows == [["F", "Lucknow", 1], ["D", "Indore", 2]]


def test_certificates(world):
    rows = rows_by_unit(certificate_report(filters("in")).table("certificates"))
    # unit, issued, generating, error, revoked, leaders without one
    assert rows["India"][1:] == [1, 1, 0, 1, 4]
    assert rows["Madhya Pradesh"][1:] == [1, 0, 0, 0, 0]
    assert rows["Uttar Pradesh"][1:] == [0, 1, 0, 1, 4]


def test_a_unit_outside_the_scope_cannot_be_reported(db):
    with pytest.raises(ValueError):
        filters("in-mp-indore", "in-mp-bhopal")


@pytest.fixture
def hindi_quiz(world):
    """The course in Hindi with its own quiz (two multiple-choice, a true/false, an essay):
    B (Indore) and E (Bhopal) took it; of their essays one is rejected and one awaits a
    mark; C's accepted essay rounds it off."""
    from essay.models import Essay_Question
    from quiz.models import Sitting

    from wagtail.models import Locale

    from courses.models import EssayMark, QuizAttempt
    from courses.tests.factories import quiz_create

    hindi = Locale.objects.get(language_code="hi")
    course_hi = world["course"].copy_for_translation(hindi, copy_parents=True).specific
    course_hi.quiz = quiz = quiz_create(title="सत्यापन क्विज़", pass_mark=60, essays=1)
    course_hi.save_revision().publish()
    questions = list(quiz.question_set.order_by("pk"))
    essay = Essay_Question.objects.get(quiz=quiz)
    order = ",".join(str(q.pk) for q in questions) + ","
    two_days_ago = timezone.now() - timedelta(days=2)
    for name, mark, score in (("B", False, 50), ("E", None, 75), ("C", True, 100)):
        user = world["v"][name].user
        incorrect = (
            "" if mark else f"{essay.pk},"
        )  # as the engine: an essay is wrong until accepted
        sitting = Sitting.objects.create(
            user=user, quiz=quiz, question_order=order, question_list="",
            incorrect_questions=incorrect, current_score=4 if mark else 3,
            complete=True, user_answers="{}",
        )  # fmt: skip
        QuizAttempt.objects.create(
            sitting=sitting, user=user, quiz=quiz, course=world["course"],
            started_at=two_days_ago, finished_at=two_days_ago, ending="answered",
            score_percent=score,
            passed=score >= 60,
        )  # fmt: skip
        EssayMark.objects.create(sitting=sitting, question=essay, correct=mark)
    return {"quiz": quiz, "essay": essay}


def test_the_quiz_report_counts_attempts_in_hindi(world, hindi_quiz):
    report = quiz_report(filters("in"))
    # quiz, course, attempts, trainees, passed, pass rate, mean, median
    assert report.table("quizzes").rows == [
        ["Verification quiz", "Verification basics", 5, 5, 3, 60.0, 53.4, 67.0],
        ["सत्यापन क्विज़", "Verification basics", 3, 3, 2, 66.7, 75.0, 75.0],
    ]
    assert [row[0] for row in report.table("distribution").rows] == [
        "Verification quiz", "सत्यापन क्विज़"
    ]  # fmt: skip
    state = quiz_report(filters("in-mp")).table("quizzes").rows
    assert state[1][:3] == ["सत्यापन क्विज़", "Verification basics", 3]


def test_essays_awaiting_a_mark_are_counted_apart_not_as_wrong(world, hindi_quiz):
    table = quiz_report(filters("in")).table("questions")
    essay = hindi_quiz["essay"].content
    # question, quiz, asked, wrong, awaiting a mark, wrong per cent of those marked
    assert [row[2:] for row in table.rows if row[0] == essay] == [[3, 1, 1, 50.0]]
