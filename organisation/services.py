"""Actions on the organisation: the volunteer pipeline and teams of ten.

Other apps change a volunteer's stage or a team only through these functions,
so that every change is checked and recorded in the history.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.errors import ApplicationError
from organisation.models import (
    Screening,
    Stage,
    StageChange,
    Team,
    TeamMember,
    Unit,
    VolunteerProfile,
)
from organisation.signals import volunteer_selected

#: The steps the pipeline allows. Promotion to leader and its revocation are
#: asked for by the certificates app, after its own checks.
TRANSITIONS = {
    Stage.SIGNED_UP: {Stage.SCREENED, Stage.NOT_SELECTED},
    Stage.SCREENED: {Stage.IN_TRAINING, Stage.NOT_SELECTED},
    Stage.IN_TRAINING: {Stage.TRAINED},
    Stage.TRAINED: {Stage.LEADER, Stage.IN_TRAINING},
    Stage.LEADER: {Stage.TRAINED},
    Stage.NOT_SELECTED: {Stage.SCREENED},
}


def volunteer_can_be_screened(volunteer: VolunteerProfile) -> bool:
    """Whether the volunteer is waiting for an interview (signed up, or not selected
    before and to be seen again): the one place the screens ask."""
    return Stage.SCREENED in TRANSITIONS.get(volunteer.stage, set())


class OrganisationError(ApplicationError):
    """A refused action, with a message for the person who asked (`.message`; a form
    takes it as an error too: `.messages`)."""


@transaction.atomic
def volunteer_stage_change(
    *, volunteer: VolunteerProfile, to_stage: str, changed_by=None, note: str = ""
) -> StageChange:
    """Move a volunteer to another stage of the pipeline and record who did it, when."""
    locked = VolunteerProfile.objects.select_for_update().get(pk=volunteer.pk)
    if to_stage not in TRANSITIONS.get(locked.stage, set()):
        raise OrganisationError(
            _("A volunteer who is “%(from)s” cannot become “%(to)s”.")
            % {"from": Stage(locked.stage).label, "to": Stage(to_stage).label}
        )
    change = StageChange.objects.create(
        volunteer=locked,
        from_stage=locked.stage,
        to_stage=to_stage,
        changed_by=changed_by,
        note=note,
    )
    now = timezone.now()
    VolunteerProfile.objects.filter(pk=locked.pk).update(stage=to_stage, stage_changed_at=now)
    volunteer.stage, volunteer.stage_changed_at = to_stage, now
    return change


@transaction.atomic
def volunteer_screen(
    *, volunteer: VolunteerProfile, interviewed_by, notes: str, decision: str
) -> Screening:
    """Record an interview and move the volunteer on (or out of) the pipeline."""
    screening = Screening(
        volunteer=volunteer, interviewed_by=interviewed_by, notes=notes, decision=decision
    )
    screening.full_clean()
    screening.save()
    to_stage = Stage.SCREENED if decision == Screening.Decision.SELECTED else Stage.NOT_SELECTED
    volunteer_stage_change(
        volunteer=volunteer, to_stage=to_stage, changed_by=interviewed_by, note=notes
    )
    if to_stage == Stage.SCREENED:
        # A volunteer may have enrolled, or even finished training, before the
        # interview: the listener moves them on to where their record puts them.
        volunteer_selected.send(
            sender=VolunteerProfile, volunteer=volunteer, changed_by=interviewed_by
        )
    return screening


def volunteer_training_started(*, user, changed_by=None) -> None:
    """A screened volunteer who is enrolled in a course is in training.

    Called by the courses app on enrolment. Volunteers not yet screened keep
    their stage: training content is open to them, the pipeline is not.
    """
    profile = VolunteerProfile.objects.filter(user=user, stage=Stage.SCREENED).first()
    if profile is not None:
        volunteer_stage_change(volunteer=profile, to_stage=Stage.IN_TRAINING, changed_by=changed_by)


# Teams of ten -----------------------------------------------------------------


@transaction.atomic
def team_form(*, leader: VolunteerProfile, unit: Unit) -> Team:
    """The leader's team for their unit (created empty the first time)."""
    if leader.stage != Stage.LEADER:
        raise OrganisationError(_("Only a leader can lead a team."))
    team, created = Team.objects.get_or_create(leader=leader, defaults={"unit": unit})
    if not created and team.unit_id != unit.pk:
        team.unit = unit
        team.save(update_fields=["unit"])
    return team


@transaction.atomic
def team_member_add(*, team: Team, volunteer: VolunteerProfile, added_by=None) -> TeamMember:
    """Add a volunteer to a team; refused when the team has ten, or the volunteer
    is outside the team's unit, is a leader, or is already in a team."""
    # The row lock makes "count, then add" safe when two coordinators fill the
    # same team at once.
    team = Team.objects.select_for_update().select_related("unit").get(pk=team.pk)
    if team.members.count() >= Team.MAX_MEMBERS:
        raise OrganisationError(
            _("This team already has %(count)d members.") % {"count": Team.MAX_MEMBERS}
        )
    if volunteer.pk == team.leader_id or volunteer.stage == Stage.LEADER:
        raise OrganisationError(_("A leader cannot be a member of a team."))
    if not team.unit.contains(volunteer.district):
        raise OrganisationError(
            _("%(name)s is not in %(unit)s.") % {"name": volunteer.name, "unit": team.unit.name}
        )
    try:
        with transaction.atomic():
            return TeamMember.objects.create(team=team, volunteer=volunteer, added_by=added_by)
    except IntegrityError:
        # One team per volunteer (a unique key): say which, a coordinator adding someone
        # twice to the same team would otherwise look for another team.
        if TeamMember.objects.filter(team=team, volunteer=volunteer).exists():
            message = _("%(name)s is already in this team.")
        else:
            message = _("%(name)s is already in a team.")
        raise OrganisationError(message % {"name": volunteer.name}) from None


def team_member_remove(*, team: Team, volunteer: VolunteerProfile) -> None:
    TeamMember.objects.filter(team=team, volunteer=volunteer).delete()


def team_disband(*, leader: VolunteerProfile) -> int:
    """Free the members of a leader's team (when the leadership is revoked)."""
    deleted, _counts = Team.objects.filter(leader=leader).delete()
    return deleted


@transaction.atomic
def teams_fill_district(*, district: Unit, added_by=None) -> dict[str, int]:
    """Fill the teams of the district's leaders with its unassigned trained volunteers.

    Teams fill in the order they were formed; volunteers join in the order they
    finished training. Returns how many were placed and how many teams are
    still short.
    """
    teams = list(Team.objects.select_for_update().filter(unit=district).order_by("formed_at", "pk"))
    available = iter(
        VolunteerProfile.objects.filter(
            district=district, stage=Stage.TRAINED, team_membership__isnull=True
        ).order_by("stage_changed_at", "pk")
    )
    placed = 0
    short = 0
    for team in teams:
        missing = Team.MAX_MEMBERS - team.members.count()
        if missing <= 0:
            continue
        new = []
        for volunteer in available:
            new.append(TeamMember(team=team, volunteer=volunteer, added_by=added_by))
            if len(new) == missing:
                break
        TeamMember.objects.bulk_create(new)
        placed += len(new)
        if len(new) < missing:
            short += 1
    return {"placed": placed, "teams": len(teams), "short": short}
