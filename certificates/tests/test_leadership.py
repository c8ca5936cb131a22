"""Eligibility for leadership, promotion and its revocation, with the history kept."""

import pytest

from certificates import selectors, services
from certificates.models import Leadership
from courses.models import CourseCompletion, LessonPage
from courses.services import enrollment_create, lesson_complete
from lms.errors import OutOfScope
from organisation.models import Stage, Team
from organisation.services import OrganisationError
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db


def complete(volunteer, course, score):
    CourseCompletion.objects.create(user=volunteer.user, course=course, score_percent=score)


def test_eligibility_gives_every_reason(training):
    volunteer = VolunteerFactory(stage=Stage.IN_TRAINING)
    result = selectors.leadership_eligibility(volunteer)
    assert not result
    assert result.reasons == [
        "Has not finished training.",
        "Course not complete: Verification basics.",
    ]
    volunteer.stage = Stage.TRAINED
    complete(volunteer, training["required"], 55)
    assert selectors.leadership_eligibility(volunteer).reasons == [
        "Scored 55% in Verification basics; 70% is needed."
    ]


def test_a_trained_volunteer_with_the_score_is_eligible(training):
    volunteer = VolunteerFactory(stage=Stage.TRAINED)
    complete(volunteer, training["required"], 70)
    assert selectors.leadership_eligibility(volunteer)
    # The database filter used by the coordinator's list agrees.
    others = [VolunteerFactory(stage=Stage.TRAINED), VolunteerFactory(stage=Stage.IN_TRAINING)]
    complete(others[1], training["required"], 90)
    eligible = type(volunteer).objects.filter(selectors.eligible_filter())
    assert list(eligible) == [volunteer]


def test_finishing_the_required_course_makes_a_volunteer_trained(
    training, django_capture_on_commit_callbacks
):
    volunteer = VolunteerFactory(stage=Stage.SCREENED)
    optional_lesson = LessonPage.objects.child_of(training["optional"]).get()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=volunteer.user, course=training["optional"])
        lesson_complete(user=volunteer.user, lesson=optional_lesson)
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.IN_TRAINING  # the optional course is not enough

    lesson = LessonPage.objects.child_of(training["required"]).get()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_create(user=volunteer.user, course=training["required"])
        lesson_complete(user=volunteer.user, lesson=lesson)
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.TRAINED
    assert list(volunteer.stage_changes.values_list("to_stage", flat=True)) == [
        Stage.IN_TRAINING,
        Stage.TRAINED,
    ]


def eligible_volunteer(training, district="in-mp-indore"):
    volunteer = VolunteerFactory(stage=Stage.TRAINED, district=unit(district))
    complete(volunteer, training["required"], 85)
    return volunteer


def test_a_coordinator_promotes_an_eligible_volunteer(training):
    coordinator = coordinator_create("in-mp")
    volunteer = eligible_volunteer(training)
    leadership = services.leadership_promote(
        volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
    )
    volunteer.refresh_from_db()
    assert (leadership.level, leadership.unit.code, volunteer.stage) == (
        "district",
        "in-mp-indore",
        Stage.LEADER,
    )
    change = volunteer.stage_changes.get(to_stage=Stage.LEADER)
    assert (change.changed_by, change.note) == (
        coordinator,
        "Promoted to district leader of Indore.",
    )
    assert Team.objects.get(leader=volunteer).unit.code == "in-mp-indore"
    # A state-level promotion is within a state coordinator's reach too.
    other = eligible_volunteer(training, "in-mp-bhopal")
    assert (
        services.leadership_promote(
            volunteer=other, unit=unit("in-mp"), promoted_by=coordinator
        ).level
        == "state"
    )


def test_promoting_the_ineligible_is_refused_with_the_reason(training):
    coordinator = coordinator_create("in-mp")
    volunteer = VolunteerFactory(stage=Stage.TRAINED)
    with pytest.raises(services.PromotionRefused) as refused:
        services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-indore"), promoted_by=coordinator
        )
    assert refused.value.reasons == ["Course not complete: Verification basics."]
    assert not Leadership.objects.exists()
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.TRAINED


@pytest.mark.parametrize(
    ("coordinates", "promote_to"),
    [
        ("in-mp-bhopal", "in-mp-indore"),  # another district's volunteer
        ("in-up", "in-mp-indore"),  # another state's
        ("in-mp-indore", "in-mp"),  # a unit above the coordinator's own
    ],
)
def test_promotion_outside_the_coordinators_scope_is_refused(training, coordinates, promote_to):
    volunteer = eligible_volunteer(training)
    with pytest.raises(OutOfScope):
        services.leadership_promote(
            volunteer=volunteer, unit=unit(promote_to), promoted_by=coordinator_create(coordinates)
        )
    assert not Leadership.objects.exists()


def test_a_volunteer_leads_only_a_unit_they_belong_to(training):
    volunteer = eligible_volunteer(training)
    with pytest.raises(services.PromotionRefused, match="does not belong to Bhopal"):
        services.leadership_promote(
            volunteer=volunteer, unit=unit("in-mp-bhopal"), promoted_by=coordinator_create("in")
        )


def test_revoking_keeps_the_history_and_frees_the_team(training):
    coordinator = coordinator_create("in-mp")
    leader = eligible_volunteer(training)
    leadership = services.leadership_promote(
        volunteer=leader, unit=unit("in-mp-indore"), promoted_by=coordinator
    )
    from organisation.services import team_member_add

    member = VolunteerFactory(stage=Stage.TRAINED)
    team_member_add(team=leader.team, volunteer=member)

    with pytest.raises(OrganisationError, match="Say why"):
        services.leadership_revoke(leadership=leadership, revoked_by=coordinator, reason="  ")
    services.leadership_revoke(
        leadership=leadership, revoked_by=coordinator, reason="Shared an unverified claim."
    )
    leadership.refresh_from_db()
    leader.refresh_from_db()
    assert leadership.revoked_by == coordinator
    assert leadership.revoke_reason == "Shared an unverified claim."
    assert leader.stage == Stage.TRAINED
    assert not Team.objects.filter(leader=leader).exists()
    member.refresh_from_db()
    assert not hasattr(member, "team_membership")
    assert list(leader.stage_changes.values_list("to_stage", "note")) == [
        (Stage.LEADER, "Promoted to district leader of Indore."),
        (Stage.TRAINED, "Shared an unverified claim."),
    ]
    # Promoted again later: a new record, the revoked one kept.
    services.leadership_promote(
        volunteer=leader, unit=unit("in-mp-indore"), promoted_by=coordinator
    )
    assert Leadership.objects.filter(volunteer=leader).count() == 2
    assert Leadership.objects.active().filter(volunteer=leader).count() == 1


def test_the_demo_organisation_gives_a_coordinator_work_to_do(settings):
    from io import StringIO

    from django.core.management import call_command

    from organisation.models import VolunteerProfile

    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())  # idempotent
    indore = VolunteerProfile.objects.filter(district__code="in-mp-indore")
    assert indore.filter(stage=Stage.LEADER).count() == 2
    eligible = indore.filter(selectors.eligible_filter())
    assert eligible.count() >= 5
    assert VolunteerProfile.objects.filter(district__code="in-up-lucknow").exists()
