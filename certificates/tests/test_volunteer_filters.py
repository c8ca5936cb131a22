"""The coordinator's volunteer list: every filter narrows the list it says it does."""

import pytest

from courses.models import CourseCompletion, Enrollment
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(training):
    """One volunteer of Indore and one of Bhopal at every stage, and their courses."""
    made = {}
    for district in ("in-mp-indore", "in-mp-bhopal"):
        for stage in Stage:
            made[(district, stage)] = VolunteerFactory(
                stage=stage, district=unit(district), name_en=f"{stage.label} of {district}"
            )
    required, optional = training["required"], training["optional"]
    indore = {stage: made[("in-mp-indore", stage)] for stage in Stage}
    Enrollment.objects.create(user=indore[Stage.IN_TRAINING].user, course=optional)
    Enrollment.objects.create(user=indore[Stage.TRAINED].user, course=required)
    CourseCompletion.objects.create(
        user=indore[Stage.TRAINED].user, course=required, score_percent=90
    )
    return {"made": made, "indore": indore, **training}


def names(client, **params):
    response = client.get("/admin/volunteers/", params)
    assert response.status_code == 200
    return {volunteer.name_en for volunteer in response.context["object_list"]}


@pytest.mark.parametrize("code", ["in-mp-indore", "in-mp"])
@pytest.mark.parametrize("stage", list(Stage))
def test_the_stage_filter_lists_only_that_stage(client, people, code, stage):
    client.force_login(coordinator_create(code))
    listed = names(client, stage=stage.value)
    districts = ["in-mp-indore"] if code == "in-mp-indore" else ["in-mp-indore", "in-mp-bhopal"]
    assert listed == {people["made"][(district, stage)].name_en for district in districts}


def test_course_progress_without_a_course_means_in_any_course(client, people):
    client.force_login(coordinator_create("in-mp-indore"))
    indore = people["indore"]
    in_training, trained = indore[Stage.IN_TRAINING].name_en, indore[Stage.TRAINED].name_en
    assert names(client, progress="complete") == {trained}
    assert names(client, progress="enrolled") == {in_training}
    not_enrolled = names(client, progress="not_enrolled")
    assert in_training not in not_enrolled and trained not in not_enrolled
    assert len(not_enrolled) == len(Stage) - 2
    # With a course, the progress is in that course.
    assert names(client, progress="enrolled", course=people["optional"].pk) == {in_training}
    assert names(client, progress="complete", course=people["optional"].pk) == set()
    # The form says which.
    html = client.get("/admin/volunteers/").content.decode()
    assert "in the course chosen, or in any course when none is chosen" in html


def test_the_filters_combine(client, people):
    client.force_login(coordinator_create("in-mp"))
    listed = names(client, stage="trained", progress="complete", unit=unit("in-mp-indore").pk)
    assert listed == {people["indore"][Stage.TRAINED].name_en}
    assert names(client, stage="screened", progress="complete") == set()
