"""Actions on leadership: promote an eligible volunteer to leader, revoke it."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.issuing import certificates_revoke_for_leadership
from certificates.models import Leadership
from certificates.selectors import Rules, leadership_eligibility, training_finished
from lms.models import Stage, Unit, VolunteerProfile
from lms.selectors import user_scope
from lms.services import (
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
    scope = user_scope(user)
    if scope is None or not scope.contains(volunteer.district):
        raise PermissionDenied(_("This volunteer is outside your unit."))
    if unit is not None and not scope.contains(unit):
        raise PermissionDenied(_("This unit is outside your unit."))


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
        note=_("Promoted to %(level)s leader of %(unit)s.")
        % {"level": unit.get_level_display().lower(), "unit": unit.name_en},
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


def volunteer_training_finished(*, user, rules: Rules | None = None) -> bool:
    """Move a volunteer to "trained" once they completed the required courses.

    Connected to courses' course_completed signal. Returns whether it moved.
    """
    profile = VolunteerProfile.objects.filter(user=user).first()
    if profile is None or profile.stage not in (Stage.SCREENED, Stage.IN_TRAINING):
        return False
    if not training_finished(user=user, rules=rules):
        return False
    if profile.stage == Stage.SCREENED:
        volunteer_stage_change(volunteer=profile, to_stage=Stage.IN_TRAINING)
    volunteer_stage_change(volunteer=profile, to_stage=Stage.TRAINED)
    return True
