"""The course report's single-pass query (reports.courses.course_rows) against the ORM's
two queries it replaced, on the hand-built organisation of conftest.py: every count and
median identical, for the nation, a state, a district, a cohort, a date range and a
course, with a volunteer whose district is unknown and a withdrawn enrolment. Runs on
SQLite (UNION ALL) and on PostgreSQL (GROUPING SETS) alike."""

from datetime import timedelta

import pytest

from django.db.models import Count, DurationField, F, FilteredRelation, Q
from django.utils import timezone

from courses.models import Enrollment
from organisation.tests.factories import unit
from reports.courses import course_rows
from reports.filters import Filters, month_start
from reports.report import Median


def orm_course_rows(filters, course_ids):
    """The ORM's two queries as reports.courses had them until the single pass."""
    child = filters.child_field("user__volunteer_profile__")
    with_completion = (
        Enrollment.objects.active()
        .filter(
            filters.volunteer_user_q(), filters.period_q("enrolled_at"), course_id__in=course_ids
        )
        .annotate(
            done=FilteredRelation(
                "user__course_completions",
                condition=Q(user__course_completions__course=F("course")),
            )
        )
    )
    measures = {
        "enrolled": Count("pk"),
        "completed": Count("done__pk"),
        "median": Median(F("done__completed_at") - F("enrolled_at"), output_field=DurationField()),
    }
    totals = {
        row["course_id"]: row
        for row in with_completion.values("course_id").annotate(**measures).order_by()
    }
    by_unit = {
        (row["course_id"], row[child]): row
        for row in with_completion.values("course_id", child).annotate(**measures).order_by()
    }
    return totals, by_unit


def cases(world):
    nation = unit("in")
    today = timezone.localdate()
    yield Filters(scope=nation, unit=nation)
    yield Filters(scope=nation, unit=unit("in-mp"))
    yield Filters(scope=nation, unit=unit("in-mp-indore"))
    yield Filters(scope=nation, unit=nation, cohort=month_start(today))
    yield Filters(scope=nation, unit=nation, date_from=today - timedelta(days=6), date_to=today)
    yield Filters(scope=nation, unit=unit("in-mp"), course=world["course"])


@pytest.fixture
def varied_world(world):
    """The world with a volunteer in no district and a withdrawn enrolment, the two
    rows a join could count differently from the ORM's."""
    enrolments = Enrollment.objects.active().filter(course=world["course"]).order_by("pk")
    first, second = list(enrolments[:2])
    profile = first.user.volunteer_profile
    profile.district = None
    profile.save(update_fields=["district"])
    second.withdrawn_at = timezone.now()
    second.save(update_fields=["withdrawn_at"])
    return world


def test_single_pass_equals_the_orm_queries(varied_world):
    course_ids = [varied_world["course"].pk]
    compared = 0
    for filters in cases(varied_world):
        totals, by_unit = orm_course_rows(filters, course_ids)
        rows = course_rows(filters, course_ids)
        assert rows.totals == totals, filters
        assert rows.by_unit == by_unit, filters
        compared += len(totals) + len(by_unit)
    assert compared > 10  # the cases counted something
    national = course_rows(Filters(scope=unit("in"), unit=unit("in")), course_ids)
    assert national.totals[course_ids[0]]["median"] is not None


def test_no_course_no_query(world, django_assert_num_queries):
    filters = Filters(scope=unit("in"), unit=unit("in"))
    with django_assert_num_queries(0):
        rows = course_rows(filters, [])
    assert rows.totals == {} and rows.by_unit == {}
