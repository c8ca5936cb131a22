"""Time accommodations (WCAG 2.2.1): more time or none, given by a trainer (anyone) or a
coordinator (their unit), recorded with who and why, refused outside the scope with
nothing saved; and the question page's timer, announced at thresholds and hideable."""

from datetime import timedelta
from decimal import Decimal

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import RestrictedError
from django.urls import reverse

from courses import quiz_engine, services
from courses.accommodations import AccommodationRefused, accommodation_grant
from courses.models import CoursePage, QuizAccommodation
from courses.roles import TRAINERS
from courses.tests.factories import quiz_create
from lms.errors import OutOfScope
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db

Kind = QuizAccommodation.Kind


@pytest.fixture
def timed_course(course_tree):
    course = course_tree["course"]
    course.quiz = quiz_create(essays=0, rules={"time_limit_minutes": 20})
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


@pytest.fixture
def volunteer(timed_course):
    volunteer = VolunteerFactory(district=unit("in-mp-indore"), phone="9876500001")
    services.enrollment_create(user=volunteer.user, course=timed_course)
    return volunteer


@pytest.fixture
def trainer():
    user = UserFactory(username="trainer")
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


def started(volunteer, course):
    attempt = quiz_engine.quiz_attempt_start(user=volunteer.user, course=course)
    return attempt, attempt.deadline - attempt.started_at if attempt.deadline else None


@pytest.mark.parametrize(
    ("kind", "amount", "minutes"),
    [(Kind.FACTOR, {"factor": Decimal("1.5")}, 30), (Kind.MINUTES, {"extra_minutes": 15}, 35)],
)
def test_a_trainee_given_more_time_gets_it(timed_course, volunteer, trainer, kind, amount, minutes):
    accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=kind, reason="Reads slowly.", **amount
    )
    attempt, limit = started(volunteer, timed_course)
    assert limit == timedelta(minutes=minutes)
    assert attempt.accommodation.granted_by == trainer


def test_an_untimed_trainee_has_no_deadline_and_is_told_so(
    client, timed_course, volunteer, trainer
):
    accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=Kind.UNTIMED, reason="Screen reader."
    )
    attempt, limit = started(volunteer, timed_course)
    assert limit is None and attempt.accommodation is not None
    client.force_login(volunteer.user)
    page = client.get(reverse("quiz_question", args=(attempt.pk,))).content.decode()
    assert "You have no time limit in this quiz." in page
    assert "data-quiz-timer" not in page


def test_more_time_given_during_an_attempt_extends_it(timed_course, volunteer, trainer):
    attempt, limit = started(volunteer, timed_course)
    assert limit == timedelta(minutes=20)
    accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=Kind.FACTOR, factor=2, reason="Tremor."
    )
    attempt.refresh_from_db()
    assert attempt.deadline - attempt.started_at == timedelta(minutes=40)


def test_a_new_accommodation_replaces_the_last_which_stays_on_record(volunteer, trainer):
    first = accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=Kind.MINUTES, extra_minutes=10, reason="A"
    )
    second = accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=Kind.UNTIMED, reason="B"
    )
    first.refresh_from_db()
    assert first.revoked_at is not None and first.revoked_by == trainer
    assert list(QuizAccommodation.objects.in_force()) == [second]


def test_a_coordinator_gives_time_in_their_unit_only_and_nothing_is_saved_outside(volunteer):
    indore = coordinator_create("in-mp-indore")
    accommodation_grant(
        trainee=volunteer.user, granted_by=indore, kind=Kind.UNTIMED, reason="Low vision."
    )
    bhopal = coordinator_create("in-mp-bhopal")
    with pytest.raises(OutOfScope):
        accommodation_grant(
            trainee=volunteer.user,
            granted_by=bhopal,
            kind=Kind.MINUTES,
            extra_minutes=5,
            reason="x",
        )
    # The accommodation in force is untouched: nothing half-saved.
    assert QuizAccommodation.objects.get().revoked_at is None


def test_without_the_permission_or_a_reason_nothing_is_given(volunteer, trainer):
    with pytest.raises(AccommodationRefused):
        accommodation_grant(
            trainee=volunteer.user, granted_by=UserFactory(), kind=Kind.UNTIMED, reason="x"
        )
    with pytest.raises(ValidationError):
        accommodation_grant(
            trainee=volunteer.user, granted_by=trainer, kind=Kind.UNTIMED, reason=""
        )
    with pytest.raises(ValidationError):
        accommodation_grant(
            trainee=volunteer.user, granted_by=trainer, kind=Kind.FACTOR, factor=9, reason="x"
        )
    assert not QuizAccommodation.objects.exists()


# The admin screens -----------------------------------------------------------------------


def test_a_coordinator_gives_and_revokes_time_on_the_admin_screen(client, volunteer):
    client.force_login(coordinator_create("in-mp-indore"))
    assert client.get(reverse("courses_accommodations:index")).status_code == 200
    response = client.post(
        reverse("courses_accommodations:add"),
        {
            "phone": "+91 98765 00001",
            "kind": "minutes",
            "extra_minutes": "15",
            "factor": "2",
            "reason": "Dyslexia.",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    accommodation = QuizAccommodation.objects.get()
    assert (accommodation.trainee, accommodation.extra_minutes, accommodation.factor) == (
        volunteer.user,
        15,
        None,
    )
    listing = client.get(reverse("courses_accommodations:index")).content.decode()
    assert "15 more minutes" in listing and "Dyslexia." in listing
    client.post(reverse("courses_accommodations:revoke", args=(accommodation.pk,)))
    accommodation.refresh_from_db()
    assert accommodation.revoked_at is not None


def test_a_number_outside_the_coordinators_unit_is_not_found(client, volunteer):
    client.force_login(coordinator_create("in-up-lucknow"))
    response = client.post(
        reverse("courses_accommodations:add"),
        {"phone": "9876500001", "kind": "untimed", "reason": "x"},
    )
    assert "No volunteer in your area has this mobile number." in response.content.decode()
    assert not QuizAccommodation.objects.exists()


def test_trainees_cannot_open_the_screen(client, volunteer):
    client.force_login(volunteer.user)
    assert client.get(reverse("courses_accommodations:add")).status_code in (302, 403)


# The timer -------------------------------------------------------------------------------


def test_the_timer_is_announced_politely_and_can_be_hidden(client, timed_course, volunteer):
    attempt, _limit = started(volunteer, timed_course)
    client.force_login(volunteer.user)
    page = client.get(reverse("quiz_question", args=(attempt.pk,))).content.decode()
    assert 'role="status" aria-live="polite" data-timer-announcer' in page
    assert "Hide the timer" in page and "js/quiz-timer.js" in page
    assert "Time left: about 20 minutes" in page
    client.get("/hi/")  # the Hindi page says it in Hindi
    hindi = client.get(
        reverse("quiz_question", args=(attempt.pk,)).replace("/en/", "/hi/")
    ).content.decode()
    assert "Hide the timer" not in hindi and "Time left" not in hindi


def test_a_trainee_with_an_accommodation_and_attempts_can_be_deleted(
    timed_course, volunteer, trainer
):
    accommodation = accommodation_grant(
        trainee=volunteer.user, granted_by=trainer, kind=Kind.UNTIMED, reason="Screen reader."
    )
    started(volunteer, timed_course)
    with pytest.raises(RestrictedError):
        accommodation.delete()  # it explains an attempt's deadline: revoked, never deleted
    volunteer.user.delete()
    assert not QuizAccommodation.objects.exists()
