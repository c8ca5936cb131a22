"""The certificates' part of `manage.py generate_organisation` (organisation.generation):
each leader's promotion (a Leadership at the level of the unit their team is in),
and quiz scores for the trained that the leadership rules accept."""

from django.dispatch import receiver

from certificates.models import Leadership, LeadershipRules
from organisation.generation.volunteers import Generation
from organisation.signals import organisation_generated, organisation_generating


@receiver(organisation_generating, dispatch_uid="certificates-generate-prepare")
def trained_scores_promotable(sender, generation: Generation, **kwargs):
    """The trained pass their quiz with the score the rules want of a leader
    (courses' part of the generator reads it)."""
    generation.extras["trained_min_score"] = LeadershipRules.load().min_score_percent


@receiver(organisation_generated, dispatch_uid="certificates-generate-leaderships")
def leaderships_generated(sender, generation: Generation, **kwargs):
    """A leadership for each leader's team, promoted when the team was formed."""
    writer = generation.writer
    first = writer.next_id(Leadership)
    writer.insert(
        Leadership,
        [
            "id", "volunteer_id", "level", "unit_id", "promoted_by_id", "promoted_at",
            "revoked_at", "revoked_by_id", "revoke_reason",
        ],
        (
            (first + index, team.leader_id, team.level, team.unit_id, None, team.formed_at,
             None, None, "")
            for index, team in enumerate(generation.teams)
        ),
    )  # fmt: skip
