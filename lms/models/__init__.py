from lms.models.imports import VolunteerImport
from lms.models.organisation import (
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
from lms.models.pages import HomePage

__all__ = [
    "FUNNEL",
    "Coordinator",
    "HomePage",
    "Screening",
    "Stage",
    "StageChange",
    "Team",
    "TeamMember",
    "Unit",
    "VolunteerImport",
    "VolunteerProfile",
]
