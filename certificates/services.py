"""Actions on leadership: promote an eligible volunteer to leader, revoke it."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from certificates.issuing import certificates_revoke_for_leadership
from certificates.models import Leadership
from certificates.selectors import Rules, leadership_eligibility, training_finished
from courses.models import Enrollment
from lms.errors import OutOfScope
from organisation.models import Stage, Unit, VolunteerProfile
from organisation.permissions import scope_of
from organisation.services import (
    OrganisationError,
    team_disband,
    team_form,
    volunteer_stage_change,
)


class PromotionRefused(OrganisationError):
    def __init__(self, reasons):
        self.reasons = list(reasons)
        super().__init__(" ".join(self.reasons))


def _check_scope(user, volunteer: VolunteerProfile, unit: Unit | None = None) -> None:
    scope = scope_of(user)
    if scope is None or not scope.contains(volunteer.district):
        raise OutOfScope(_("This volunteer is outside your unit."))
    if unit is not None and not scope.contains(unit):
        raise OutOfScope(_("This unit is outside your unit."))


@transaction.atomic
def leadership_promote(*, volunteer: VolunteerProfile, unit: Unit, promoted_by) -> Leadership:
    """Promote an eligible volunteer to leader of `unit`, at the unit's level.

    The unit must be inside the promoter's scope and hold the volunteer's
    district. Refused with the reasons when the volunteer is not eligible.
    """
    _check_scope(promoted_by, volunteer, unit)
    if volunteer.district is None or not unit.contains(volunteer.district):
        raise PromotionRefused([_("The volunteer does not belong to %(unit)s.") % {"unit": unit}])
    eligibility = leadership_eligibility(volunteer)
    if not eligibility:
        raise PromotionRefused(eligibility.reasons)
    try:
        with transaction.atomic():
            leadership = Leadership.objects.create(
                volunteer=volunteer, level=unit.level, unit=unit, promoted_by=promoted_by
            )
    except IntegrityError:
        raise PromotionRefused([_("Is already a leader.")]) from None
    volunteer_stage_change(
        volunteer=volunteer,
        to_stage=Stage.LEADER,
        changed_by=promoted_by,
        # Stored in English, shown in each reader's language (certificate_tags.stage_note).
        note=PROMOTED_NOTE % {"level": unit.level, "unit": unit.name_en},
    )
    team_form(leader=volunteer, unit=unit)
    return leadership


@transaction.atomic
def leadership_revoke(*, leadership: Leadership, revoked_by, reason: str) -> Leadership:
    """Revoke a promotion, with a reason; the volunteer goes back to trained and
    their team's members are free to join another team."""
    leadership = Leadership.objects.select_for_update().get(pk=leadership.pk)
    volunteer = leadership.volunteer
    _check_scope(revoked_by, volunteer)
    if not reason.strip():
        raise OrganisationError(_("Say why the promotion is revoked."))
    if leadership.revoked_at is not None:
        raise OrganisationError(_("This promotion is already revoked."))
    leadership.revoked_at = timezone.now()
    leadership.revoked_by = revoked_by
    leadership.revoke_reason = reason.strip()
    leadership.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    volunteer_stage_change(
        volunteer=volunteer, to_stage=Stage.TRAINED, changed_by=revoked_by, note=reason
    )
    team_disband(leader=volunteer)
    certificates_revoke_for_leadership(
        leadership=leadership,
        revoked_by=revoked_by,
        reason=_("The promotion was revoked: %(reason)s") % {"reason": reason.strip()},
    )
    return leadership


#: Notes of the stage changes this module records: stored in English, whatever the
#: language of the request that caused them, and translated for each reader when shown
#: (``certificate_tags.stage_note``), so a Hindi and an English coordinator both read
#: the history in their own language.
ENROLLED_NOTE = gettext_noop("Enrolled in a course.")
TRAINED_NOTE = gettext_noop("Completed the courses required to lead.")
PROMOTED_NOTE = gettext_noop("Promoted to %(level)s leader of %(unit)s.")

#: The training part of the pipeline, in order: a volunteer moves forward along it
#: as their record shows, never back (revoking a promotion is the only way back).
_TRAINING_PATH = [Stage.SCREENED, Stage.IN_TRAINING, Stage.TRAINED]


@transaction.atomic
def volunteer_stage_sync(
    *, volunteer: VolunteerProfile, changed_by=None, rules: Rules | None = None
) -> bool:
    """Move a selected volunteer on to the stage their record shows, whatever order
    the facts arrived in: in training once enrolled in a course, trained once the
    required courses are complete (a volunteer may train before being screened).

    Volunteers not yet selected, not selected, or leaders keep their stage: those
    are the coordinators' decisions. Every step is recorded. Returns whether the
    volunteer moved.
    """
    locked = VolunteerProfile.objects.select_for_update().get(pk=volunteer.pk)
    if locked.stage not in _TRAINING_PATH:
        return False
    if training_finished(user=locked.user_id, rules=rules):
        target = Stage.TRAINED
    elif Enrollment.objects.active().filter(user_id=locked.user_id).exists():
        target = Stage.IN_TRAINING
    else:
        target = Stage.SCREENED
    current = _TRAINING_PATH.index(locked.stage)
    steps = _TRAINING_PATH[current + 1 : _TRAINING_PATH.index(target) + 1]
    notes = {Stage.IN_TRAINING: ENROLLED_NOTE, Stage.TRAINED: TRAINED_NOTE}
    for step in steps:
        volunteer_stage_change(
            volunteer=locked, to_stage=step, changed_by=changed_by, note=notes[step]
        )
    volunteer.stage, volunteer.stage_changed_at = locked.stage, locked.stage_changed_at
    return bool(steps)


def volunteer_training_finished(*, user, rules: Rules | None = None) -> bool:
    """Move a volunteer on once they completed a course (courses' course_completed
    signal): to "trained" when it completes the required courses. Returns whether
    they moved."""
    profile = VolunteerProfile.objects.filter(user=user).first()
    if profile is None:
        return False
    return volunteer_stage_sync(volunteer=profile, rules=rules)
