from organisation.models.imports import VolunteerImport
from organisation.models.organisation import (
    FUNNEL,
    Coordinator,
    Screening,
    Stage,
    StageChange,
    Team,
    TeamMember,
    Unit,
    VolunteerProfile,
)

__all__ = [
    "FUNNEL",
    "Coordinator",
    "Screening",
    "Stage",
    "StageChange",
    "Team",
    "TeamMember",
    "Unit",
    "VolunteerImport",
    "VolunteerProfile",
]
