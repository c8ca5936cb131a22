"""The trainee site's page for leaders: their own team's progress (/<lang>/my-team/)."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from reports.team import STUCK_AFTER_DAYS, led_team, team_progress


@login_required
def my_team(request):
    """Only the team the user leads: there is no team id to change in the address."""
    team = led_team(request.user)
    members = team_progress(team) if team else []
    return TemplateResponse(
        request,
        "reports/my_team.html",
        {
            "team": team,
            "members": members,
            "stuck_count": sum(1 for member in members if member.stuck),
            "stuck_after": STUCK_AFTER_DAYS,
        },
    )
