"""Time accommodations (WCAG 2.2.1, timing adjustable): actions and the scope they act in.

A coordinator (for the volunteers of their unit) or a trainer (for everyone) with the
permission ``courses.add_quizaccommodation`` gives a trainee more time at quizzes (the
limit multiplied, or minutes added) or no limit, saying why. One is in force per trainee;
giving another revokes it, and both stay on record with who and when. A trainee's
attempt still open gets the new time at once; later attempts get it when they start
(``quiz_engine.quiz_attempt_start``). Revoking leaves an open attempt's deadline alone:
taking time back in the middle of a quiz would be unfair.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import QuizAccommodation, QuizAttempt
from courses.progress import quiz_rules
from courses.quiz_engine import attempt_deadline
from courses.services import LearningError
from lms.errors import OutOfScope
from organisation.models import Unit, VolunteerProfile
from organisation.permissions import scope_filter, scope_of
from organisation.selectors import national_unit


class AccommodationRefused(LearningError):
    status = 403


def accommodation_scope(user) -> Unit | None:
    """Where ``user`` may give accommodations: their unit as a coordinator, the nation as a
    trainer (who coordinates no unit); None without the permission."""
    if not user.is_active or not user.has_perm("courses.add_quizaccommodation"):
        return None
    return scope_of(user) or national_unit()


def accommodations_in_scope(user) -> QuerySet:
    """The accommodations of the trainees ``user`` may give them to."""
    scope = accommodation_scope(user)
    if scope is None:
        return QuizAccommodation.objects.none()
    return QuizAccommodation.objects.filter(scope_filter(QuizAccommodation, scope))


def volunteers_in_scope(user) -> QuerySet:
    scope = accommodation_scope(user)
    if scope is None:
        return VolunteerProfile.objects.none()
    return VolunteerProfile.objects.filter(scope.volunteer_filter())


@transaction.atomic
def accommodation_grant(
    *,
    trainee,
    granted_by,
    kind: str,
    reason: str,
    factor=None,
    extra_minutes: int | None = None,
) -> QuizAccommodation:
    """Give ``trainee`` the accommodation, in place of the one in force; refused (and
    nothing saved) outside ``granted_by``'s scope or without a reason."""
    if accommodation_scope(granted_by) is None:
        raise AccommodationRefused(_("You do not have permission to give time accommodations."))
    if not volunteers_in_scope(granted_by).filter(user=trainee).exists():
        raise OutOfScope(_("No volunteer in your area has this account."))
    accommodation = QuizAccommodation(
        trainee=trainee,
        granted_by=granted_by,
        kind=kind,
        factor=factor if kind == QuizAccommodation.Kind.FACTOR else None,
        extra_minutes=extra_minutes if kind == QuizAccommodation.Kind.MINUTES else None,
        reason=(reason or "").strip(),
    )
    # The one in force is revoked below: its constraint is checked by the database.
    accommodation.full_clean(validate_constraints=False)
    # One grant at a time per trainee: the second waits, then replaces the first.
    get_user_model().objects.select_for_update().filter(pk=trainee.pk).first()
    now = timezone.now()
    QuizAccommodation.objects.in_force().filter(trainee=trainee).update(
        revoked_at=now, revoked_by=granted_by
    )
    accommodation.granted_at = now
    accommodation.save()
    _open_attempts_follow(trainee, accommodation, now)
    return accommodation


def _open_attempts_follow(trainee, accommodation, now) -> None:
    """An open timed attempt whose time has not run out takes the new time."""
    for attempt in (
        QuizAttempt.objects.select_for_update()
        .open()
        .filter(user=trainee)
        .select_related("course", "quiz")
    ):
        if attempt.is_past_deadline(now):
            continue  # over already; its end is recorded when next visited
        minutes = quiz_rules(course=attempt.course, quiz=attempt.quiz).time_limit_minutes
        if not minutes:
            continue
        attempt.deadline = attempt_deadline(
            started_at=attempt.started_at, minutes=minutes, accommodation=accommodation
        )
        attempt.accommodation = accommodation
        attempt.save(update_fields=["deadline", "accommodation"])


@transaction.atomic
def accommodation_revoke(*, accommodation_id: int, revoked_by) -> QuizAccommodation:
    """End an accommodation in force (kept on record); outside the scope, refused."""
    if accommodation_scope(revoked_by) is None or not revoked_by.has_perm(
        "courses.change_quizaccommodation"
    ):
        raise AccommodationRefused(_("You do not have permission to revoke time accommodations."))
    accommodation = (
        accommodations_in_scope(revoked_by).select_for_update().filter(pk=accommodation_id).first()
    )
    if accommodation is None:
        raise OutOfScope()
    if accommodation.revoked_at is not None:
        raise AccommodationRefused(_("This accommodation was already revoked."))
    accommodation.revoked_at = timezone.now()
    accommodation.revoked_by = revoked_by
    accommodation.save(update_fields=["revoked_at", "revoked_by"])
    return accommodation
