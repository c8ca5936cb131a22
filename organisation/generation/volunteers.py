"""The organisation's part of a generated organisation: who the volunteers are, where,
how far each got, their history and screenings (the leaders' teams: teams.py).

Everything about a volunteer is decided here once, in memory (`Generation.people`,
`Generation.teams`), and handed to the apps that add their own rows through the
signal organisation_generated: courses writes the learning of those in training
and on, certificates the leaders' promotions.
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple, TextIO

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.management.base import CommandError

from organisation.generation.writer import BulkWriter
from organisation.imports.fake import (
    GIVEN,
    SKILLS,
    SURNAMES,
    reference_districts,
    weighted_districts,
)
from organisation.models import Screening, Stage, StageChange, Unit, VolunteerProfile
from organisation.units import district_code, state_code

FIRST_PHONE = 7_000_000_000
#: Shares of volunteers by how far they got (the rest only signed up).
REACHED = {"leader": 0.10, "trained": 0.20, "in_training": 0.40, "screened": 0.60}
NOT_SELECTED = 0.05
NOTES = [
    "Writes clearly in Hindi and English; checks sources before sharing.",
    "Good with mobile apps and video; calm under pressure.",
    "IT background; keen to counter fake news with evidence.",
    "Experienced volunteer; civil and quick in replies.",
]
#: Days after signing up that each stage was reached.
STAGE_DAY = {
    Stage.SIGNED_UP: 0,
    Stage.SCREENED: 30,
    Stage.NOT_SELECTED: 30,
    Stage.IN_TRAINING: 60,
    Stage.TRAINED: 90,
    Stage.LEADER: 110,
}
#: The stages of those who were enrolled in training, and of those who finished it.
LEARNING = {Stage.IN_TRAINING, Stage.TRAINED, Stage.LEADER}
DONE = {Stage.TRAINED, Stage.LEADER}
_FUNNEL = [Stage.SIGNED_UP, Stage.SCREENED, Stage.IN_TRAINING, Stage.TRAINED, Stage.LEADER]


class Volunteer(NamedTuple):
    user_id: int
    profile_id: int
    district_id: int
    stage: str
    joined: datetime


class LedTeam(NamedTuple):
    """A leader's team: formed when they became leader, in the unit they lead."""

    team_id: int
    leader_id: int  # the leader's VolunteerProfile
    unit_id: int
    level: str  # the unit's Unit.Level
    formed_at: datetime


@dataclass
class Generation:
    """One run of generate_organisation, as the signals hand it to other apps."""

    total: int
    seed: int
    rng: random.Random
    now: datetime
    writer: BulkWriter
    stdout: TextIO
    people: list[Volunteer] = field(default_factory=list)
    #: Each district's state (unit ids).
    state_of: dict[int, int] = field(default_factory=dict)
    teams: list[LedTeam] = field(default_factory=list)
    #: What the extending apps tell each other while preparing (organisation reads none).
    extras: dict = field(default_factory=dict)
    #: Lines the command prints at the end.
    summary: list[str] = field(default_factory=list)

    def learners(self) -> list[Volunteer]:
        """The volunteers who were enrolled: in training, trained and leaders."""
        return [person for person in self.people if person.stage in LEARNING]


def day(joined: datetime, days: int) -> datetime:
    return joined + timedelta(days=days)


def _path(stage):
    if stage == Stage.NOT_SELECTED:
        return [("", Stage.SIGNED_UP), (Stage.SIGNED_UP, Stage.NOT_SELECTED)]
    reached = _FUNNEL[: _FUNNEL.index(stage) + 1]
    return list(zip(["", *reached[:-1]], reached, strict=True))


_PATHS = {stage: _path(stage) for stage in Stage}


def _stage(u: float) -> str:
    if u < REACHED["leader"]:
        return Stage.LEADER
    if u < REACHED["trained"]:
        return Stage.TRAINED
    if u < REACHED["in_training"]:
        return Stage.IN_TRAINING
    if u < REACHED["screened"]:
        return Stage.SCREENED
    if u < REACHED["screened"] + NOT_SELECTED:
        return Stage.NOT_SELECTED
    return Stage.SIGNED_UP


def generate_volunteers(generation: Generation) -> None:
    """Decide who is where and how far they got, then write users, profiles,
    their history and screenings."""
    writer, rng, total = generation.writer, generation.rng, generation.total
    User = get_user_model()
    units = {code: pk for pk, code in Unit.objects.values_list("pk", "code")}
    districts, weights = weighted_districts(reference_districts())
    district_ids = [units[district_code(d["state_code"], d["district_en"])] for d in districts]
    state_of = {
        units[district_code(d["state_code"], d["district_en"])]: units[state_code(d["state_code"])]
        for d in districts
    }
    chosen = rng.choices(range(len(districts)), weights=weights, k=total)
    # Every state and union territory has volunteers, however small the run.
    first_of_state = {}
    for index, row in enumerate(districts):
        first_of_state.setdefault(row["state_code"], index)
    for number, index in enumerate(first_of_state.values()):
        if number < total:
            chosen[number] = index

    first_user = writer.next_id(User)
    first_profile = writer.next_id(VolunteerProfile)
    phone_base = FIRST_PHONE + (generation.seed % 1000) * 1_000_000
    if VolunteerProfile.objects.filter(
        phone__gte=str(phone_base), phone__lt=str(phone_base + total)
    ).exists():
        raise CommandError(
            f"Volunteers with this seed's phones exist already: use another --seed "
            f"(phones {phone_base}...)."
        )

    # Who is where and how far they got, decided once.
    people = generation.people
    for number in range(total):
        stage = _stage(rng.random())
        joined = generation.now - timedelta(days=120, seconds=rng.randrange(60 * 86400))
        people.append(
            Volunteer(
                first_user + number, first_profile + number, district_ids[chosen[number]], stage,
                joined,
            )
        )  # fmt: skip

    generation.stdout.write(f"Users and volunteers ({total:,})...")
    writer.insert(
        User,
        [
            "id", "password", "is_superuser", "username", "first_name", "last_name",
            "email", "is_staff", "is_active", "date_joined",
        ],
        (
            (
                user_id, f"{UNUSABLE_PASSWORD_PREFIX}{rng.getrandbits(128):032x}", False,
                str(phone_base + index), "", "",
                f"v{phone_base + index}@example.org" if index % 3 == 0 else "",
                False, True, joined,
            )
            for index, (user_id, _p, _d, _s, joined) in enumerate(people)
        ),
    )  # fmt: skip
    writer.insert(
        VolunteerProfile,
        [
            "id", "user_id", "name_en", "name_hi", "phone", "district_id", "state_id",
            "skills", "stage", "stage_changed_at", "created_at",
        ],
        (
            (
                profile_id, user_id, f"{GIVEN[index % 24][0]} {SURNAMES[index % 16][0]}",
                f"{GIVEN[index % 24][1]} {SURNAMES[index % 16][1]}",
                str(phone_base + index), district_id, state_of[district_id],
                SKILLS[index % len(SKILLS)], stage,
                day(joined, STAGE_DAY[stage]), joined,
            )
            for index, (user_id, profile_id, district_id, stage, joined) in enumerate(people)
        ),
    )  # fmt: skip

    generation.stdout.write("Pipeline history and screenings...")
    writer.insert(
        StageChange,
        ["volunteer_id", "from_stage", "to_stage", "changed_by_id", "changed_at", "note"],
        (
            (profile_id, before, after, None, day(joined, STAGE_DAY[after]), "Generated")
            for _u, profile_id, _d, stage, joined in people
            for before, after in _PATHS[stage]
        ),
    )
    writer.insert(
        Screening,
        ["volunteer_id", "interviewed_by_id", "interviewed_at", "notes", "decision"],
        (
            (
                profile_id,
                None,
                day(joined, STAGE_DAY[Stage.SCREENED]),
                NOTES[profile_id % len(NOTES)],
                "not_selected" if stage == Stage.NOT_SELECTED else "selected",
            )
            for _u, profile_id, _d, stage, joined in people
            if stage != Stage.SIGNED_UP
        ),
    )
    generation.state_of = state_of
    _summary(generation)


def _summary(generation: Generation) -> None:
    people, total, state_of = generation.people, generation.total, generation.state_of
    stage_counts = Counter(person.stage for person in people)
    by_state = Counter(state_of[person.district_id] for person in people)
    biggest = by_state.most_common(1)[0]
    reached = {
        "signed up": total,
        "screened": total - stage_counts[Stage.SIGNED_UP] - stage_counts[Stage.NOT_SELECTED],
        "in training": sum(stage_counts[s] for s in LEARNING),
        "trained": sum(stage_counts[s] for s in DONE),
        "leaders": stage_counts[Stage.LEADER],
    }
    generation.summary += [
        "Reached: " + ", ".join(f"{name} {count:,}" for name, count in reached.items()),
        f"Largest state: {Unit.objects.get(pk=biggest[0]).name_en} with {biggest[1]:,} volunteers.",
    ]
