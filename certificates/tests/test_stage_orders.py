"""The pipeline follows the facts, whatever order they arrive in: screening,
enrolment, completion, re-enrolment, promotion and its revocation."""

import pytest

from django.utils import timezone

from certificates import selectors, services
from courses.models import Enrollment, LessonPage
from courses.services import enrollment_create, lesson_complete
from organisation import services as organisation_services
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(training, django_capture_on_commit_callbacks):
    """Steps of a volunteer's story, each committed as a request would be."""
    coordinator = coordinator_create("in-mp-indore")
    volunteer = VolunteerFactory()

    def lesson(course):
        return LessonPage.objects.child_of(training[course]).get()

    steps = {
        "enrol": lambda: enrollment_create(user=volunteer.user, course=training["required"]),
        "coordinator enrols": lambda: enrollment_create(
            user=volunteer.user,
            course=training["required"],
            source=Enrollment.Source.COORDINATOR,
            enrolled_by=coordinator,
        ),
        "complete": lambda: lesson_complete(user=volunteer.user, lesson=lesson("required")),
        "enrol second": lambda: enrollment_create(user=volunteer.user, course=training["optional"]),
        "complete second": lambda: lesson_complete(user=volunteer.user, lesson=lesson("optional")),
        "withdraw": lambda: Enrollment.objects.filter(user=volunteer.user).update(
            withdrawn_at=timezone.now()
        ),
        "screen": lambda: organisation_services.volunteer_screen(
            volunteer=volunteer,
            interviewed_by=coordinator,
            notes="Interviewed.",
            decision="selected",
        ),
        "reject": lambda: organisation_services.volunteer_screen(
            volunteer=volunteer,
            interviewed_by=coordinator,
            notes="Not now.",
            decision="not_selected",
        ),
        "promote": lambda: services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        ),
        "revoke": lambda: services.leadership_revoke(
            leadership=selectors.active_leadership(volunteer),
            revoked_by=coordinator,
            reason="Inactive for months.",
        ),
    }

    def play(*names):
        for name in names:
            with django_capture_on_commit_callbacks(execute=True):
                steps[name]()
        volunteer.refresh_from_db()
        return volunteer

    return play


@pytest.mark.parametrize(
    ("story", "stage"),
    [
        # The order the organisation plans.
        (["screen", "coordinator enrols", "complete"], Stage.TRAINED),
        (["screen", "enrol"], Stage.IN_TRAINING),
        # Trained before being screened (the case), then enrolled again.
        (["enrol", "complete", "screen"], Stage.TRAINED),
        (["enrol", "complete", "screen", "coordinator enrols"], Stage.TRAINED),
        # Enrolled before screening, finishing after it.
        (["enrol", "screen"], Stage.IN_TRAINING),
        (["enrol", "screen", "complete"], Stage.TRAINED),
        (["enrol", "screen", "coordinator enrols", "complete"], Stage.TRAINED),
        # Not screened yet: training does not move them in the pipeline.
        (["enrol", "complete"], Stage.SIGNED_UP),
        # Withdrawn before screening, re-enrolled after it.
        (["enrol", "withdraw", "screen"], Stage.SCREENED),
        (["enrol", "withdraw", "screen", "enrol"], Stage.IN_TRAINING),
        (["enrol", "withdraw", "screen", "coordinator enrols", "complete"], Stage.TRAINED),
        # Not selected, trained meanwhile, selected at a second interview.
        (["reject", "enrol", "complete"], Stage.NOT_SELECTED),
        (["reject", "enrol", "complete", "screen"], Stage.TRAINED),
        # Only the required course makes a volunteer trained.
        (["enrol second", "complete second", "screen"], Stage.IN_TRAINING),
        # Leaders, and leaders whose promotion was revoked, finishing a second course.
        (
            ["enrol", "complete", "screen", "promote", "enrol second", "complete second"],
            Stage.LEADER,
        ),
        (
            ["enrol", "complete", "screen", "promote", "revoke", "enrol second", "complete second"],
            Stage.TRAINED,
        ),
        (
            ["enrol", "complete", "screen", "promote", "enrol second", "revoke", "complete second"],
            Stage.TRAINED,
        ),
    ],  # fmt: skip
    ids=lambda value: " → ".join(value) if isinstance(value, list) else str(value),
)
def test_every_order_lands_in_the_stage_the_facts_give(run, story, stage):
    volunteer = run(*story)
    assert volunteer.stage == stage
    # Every step on the way is in the history, in the pipeline's order.
    history = list(volunteer.stage_changes.values_list("from_stage", "to_stage"))
    for (_from, to), (next_from, _to) in zip(history, history[1:], strict=False):
        assert to == next_from
    if history:
        assert history[-1][1] == stage


def test_trained_before_screening_is_eligible_once_screened(run):
    volunteer = run("enrol", "complete")
    assert selectors.leadership_eligibility(volunteer).reasons == ["Not screened yet."]
    volunteer = run("screen")
    assert selectors.leadership_eligibility(volunteer)
    assert list(volunteer.stage_changes.values_list("to_stage", "note")) == [
        (Stage.SCREENED, "Interviewed."),
        (Stage.IN_TRAINING, "Enrolled in a course."),
        (Stage.TRAINED, "Completed the courses required to lead."),
    ]
    # The coordinator screened; the steps that follow from the volunteer's own enrolment
    # and courses are not credited to them (the second walk read it that way).
    assert [
        change.changed_by.username if change.changed_by else None
        for change in volunteer.stage_changes.order_by("pk")
    ] == ["coordinator-in-mp-indore", None, None]


def test_a_command_moves_on_the_volunteers_left_behind_before_this_fix(training):
    from io import StringIO

    from django.core.management import call_command

    from courses.models import CourseCompletion

    # As the old code left them: screened after training, with nothing moving them on.
    stuck = VolunteerFactory(stage=Stage.SCREENED)
    Enrollment.objects.create(user=stuck.user, course=training["required"])
    CourseCompletion.objects.create(user=stuck.user, course=training["required"], score_percent=84)
    learning = VolunteerFactory(stage=Stage.SCREENED)
    Enrollment.objects.create(user=learning.user, course=training["optional"])
    waiting = VolunteerFactory(stage=Stage.SCREENED)
    out = StringIO()
    call_command("volunteers_sync_stages", stdout=out)
    assert "2 volunteers moved on." in out.getvalue()
    for volunteer, stage in [
        (stuck, Stage.TRAINED),
        (learning, Stage.IN_TRAINING),
        (waiting, Stage.SCREENED),
    ]:
        volunteer.refresh_from_db()
        assert volunteer.stage == stage
    assert selectors.leadership_eligibility(stuck)
    call_command("volunteers_sync_stages", stdout=out)
    assert "0 volunteers moved on." in out.getvalue()


def test_bulk_enrolment_says_who_was_enrolled_already(client, training):
    coordinator = coordinator_create("in-mp-indore")
    client.force_login(coordinator)
    early, new = VolunteerFactory(stage=Stage.SCREENED), VolunteerFactory(stage=Stage.SCREENED)
    enrollment_create(user=early.user, course=training["required"])
    response = client.post(
        f"/admin/bulk/organisation/volunteerprofile/enrol/?id={early.pk}&id={new.pk}",
        {"course": training["required"].pk},
        follow=True,
    )
    html = response.content.decode()
    assert "1 volunteer enrolled in Verification basics." in html
    assert "1 volunteer was enrolled already." in html
