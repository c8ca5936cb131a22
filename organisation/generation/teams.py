"""The leaders' teams of a generated organisation (organisation.generation)."""

from datetime import timedelta

from organisation.generation.volunteers import STAGE_DAY, Generation, LedTeam, day
from organisation.models import Stage, Team, TeamMember, Unit

_TEAM_PREFERENCE = {Stage.TRAINED: 3, Stage.IN_TRAINING: 2, Stage.SCREENED: 1, Stage.SIGNED_UP: 0}


def generate_teams(generation: Generation) -> None:
    """A team for each leader, in the unit they lead (one in 500 the nation, the first
    of each state and one in 50 their state, the others their district), of up to
    ten volunteers of their district who are not leaders: the trained first, then
    those in training, the screened, the newest."""
    writer, people, state_of = generation.writer, generation.people, generation.state_of
    national_id = Unit.objects.get(code="in").pk
    generation.stdout.write("Leaders and their teams...")
    leaders = [person for person in people if person.stage == Stage.LEADER]
    first_team = writer.next_id(Team)
    states_led = set()
    for index, (_u, profile_id, district_id, _s, joined) in enumerate(leaders):
        state_id = state_of[district_id]
        if index % 500 == 0:
            level, unit_id = Unit.Level.NATIONAL, national_id
        elif state_id not in states_led or index % 50 == 0:
            states_led.add(state_id)
            level, unit_id = Unit.Level.STATE, state_id
        else:
            level, unit_id = Unit.Level.DISTRICT, district_id
        formed = day(joined, STAGE_DAY[Stage.LEADER])
        generation.teams.append(LedTeam(first_team + index, profile_id, unit_id, level, formed))
    writer.insert(
        Team,
        ["id", "leader_id", "unit_id", "formed_at"],
        ((team.team_id, team.leader_id, team.unit_id, team.formed_at) for team in generation.teams),
    )
    pools = {}
    for _u, profile_id, district_id, stage, _j in people:
        if stage in _TEAM_PREFERENCE:
            pools.setdefault(district_id, []).append((_TEAM_PREFERENCE[stage], profile_id))
    for pool in pools.values():
        pool.sort(reverse=True)  # popped from the end: the trained first
    members = []
    for index, (_u, _profile_id, district_id, _s, _j) in enumerate(leaders):
        pool = pools.get(district_id, [])
        for _ in range(Team.MAX_MEMBERS):
            if not pool:
                break
            members.append((first_team + index, pool.pop()[1]))
    added = generation.now - timedelta(days=8)
    writer.insert(
        TeamMember,
        ["team_id", "volunteer_id", "added_at", "added_by_id"],
        ((team_id, profile_id, added, None) for team_id, profile_id in members),
    )
    full = len(members) / (len(leaders) * Team.MAX_MEMBERS) if leaders else 0
    generation.summary.append(
        f"Teams: {len(leaders):,}, filled to {full:.0%} of ten members on average."
    )
