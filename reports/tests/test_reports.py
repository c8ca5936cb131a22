"""Each report's numbers against the hand-built organisation of conftest.py."""

import pytest

from lms.models import Unit
from lms.tests.factories import unit
from reports import selectors
from reports.filters import Filters


def filters(scope_code, unit_code=None, **extra):
    scope = unit(scope_code)
    return Filters(scope=scope, unit=unit(unit_code) if unit_code else scope, **extra)


def rows_by_unit(table, unit_column=0):
    return {row[unit_column]: row for row in table.rows}


def test_funnel_counts_and_conversion_per_state(world):
    table = selectors.funnel_report(filters("in")).table("funnel")
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
    table = selectors.funnel_report(filters("in", "in-mp")).table("funnel")
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
    table = selectors.funnel_report(filters("in", date_from=today)).table("funnel")
    assert table.rows[0][1] == 18
    cohort = selectors.funnel_report(
        filters("in", cohort=old.created_at.date().replace(day=1))
    ).table("funnel")
    assert cohort.rows[0][1:4] == [1, 1, 1]


def test_course_completion_rate_and_median_days(world):
    table = selectors.course_report(filters("in")).table("courses")
    rows = {(row[0], row[1]): row for row in table.rows}
    course = "Verification basics"
    # enrolled, completed, rate, median days from enrolment to completion
    assert rows[(course, "India")][2:] == [6, 4, 66.7, 5.0]  # 4, 10, 6 and 2 days
    assert rows[(course, "Madhya Pradesh")][2:] == [5, 3, 60.0, 6.0]
    assert rows[(course, "Uttar Pradesh")][2:] == [1, 1, 100.0, 2.0]
    state = selectors.course_report(filters("in-mp")).table("courses")
    rows = {(row[0], row[1]): row for row in state.rows}
    assert rows[(course, "Indore")][2:] == [4, 2, 50.0, 7.0]
    assert rows[(course, "Bhopal")][2:] == [1, 1, 100.0, 6.0]


def test_where_trainees_stop(world):
    table = selectors.course_report(filters("in-mp")).table("lessons")
    # course, number, title, completed it, stopped before it
    assert table.rows == [
        ["Verification basics", 1, "Lesson 1", 4, 1],  # B has done none
        ["Verification basics", 2, "Lesson 2", 3, 1],  # A stopped after lesson 1
        ["Verification basics", 3, "Lesson 3", 3, 0],
        ["Verification basics", None, "Closing quiz", None, 0],
    ]


def test_quiz_scores_pass_rate_and_histogram(world):
    report = selectors.quiz_report(filters("in"))
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
    table = selectors.quiz_report(filters("in")).table("questions")
    # question, quiz, asked, wrong, per cent
    assert [row[2:] for row in table.rows] == [[5, 3, 60.0], [5, 3, 60.0], [5, 1, 20.0]]
    assert [row[0] for row in table.rows] == [q1.content, q3.content, q2.content]
    assert table.links[0] == f"/admin/snippets/multichoice/mcquestion/edit/{q1.pk}/"
    assert table.links[1] == f"/admin/snippets/true_false/tf_question/edit/{q3.pk}/"
    district = selectors.quiz_report(filters("in-mp-indore")).table("questions")
    assert [(row[0], row[3]) for row in district.rows] == [
        (q3.content, 2), (q1.content, 1), (q2.content, 1)
    ]  # fmt: skip


def test_leaders_and_teams(world):
    report = selectors.leader_report(filters("in"))
    rows = rows_by_unit(report.table("leaders"))
    # unit, leaders, national, state, district, teams, members, short
    assert rows["India"][1:] == [6, 0, 1, 5, 2, 3, 2]
    assert rows["Madhya Pradesh"][1:] == [1, 0, 0, 1, 1, 2, 1]
    assert rows["Uttar Pradesh"][1:] == [5, 0, 1, 4, 1, 1, 1]
    table = report.table("teams_short")
    selectors.fill_short_teams(table, report.short_teams, limit=10)
    assert table.rows == [["F", "Lucknow", 1], ["D", "Indore", 2]]


def test_certificates(world):
    rows = rows_by_unit(selectors.certificate_report(filters("in")).table("certificates"))
    # unit, issued, generating, error, revoked, leaders without one
    assert rows["India"][1:] == [1, 1, 0, 1, 4]
    assert rows["Madhya Pradesh"][1:] == [1, 0, 0, 0, 0]
    assert rows["Uttar Pradesh"][1:] == [0, 1, 0, 1, 4]


def test_a_unit_outside_the_scope_cannot_be_reported(db):
    with pytest.raises(ValueError):
        filters("in-mp-indore", "in-mp-bhopal")
