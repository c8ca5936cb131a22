"""A team of ten (adding and removing members) and filling a district's teams (the
list is organisation.views.team_list).

Every view is guarded by organisation.permissions (a model permission, and the user's
scope in ``request.scope``): a record outside the scope is a 404, as if it did not exist,
and every choice offered is limited to it.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from organisation import services as organisation_services
from organisation.models import Team, TeamMember, Unit
from organisation.permissions import request_scope, scope_required, team_policy
from organisation.services import OrganisationError
from organisation.views.team_forms import TeamMemberAddForm, TeamMemberFindForm

VIEW_TEAMS = "organisation.view_team"
CHANGE_TEAMS = "organisation.change_team"


def teams_in_scope(scope: Unit):
    return team_policy.instances_in(scope)


@require_POST
@scope_required(CHANGE_TEAMS)
def teams_fill(request):
    scope = request.scope
    district = get_object_or_404(
        Unit.objects.within(scope).districts(), pk=request.POST.get("district")
    )
    result = organisation_services.teams_fill_district(district=district, added_by=request.user)
    values = {**result, "district": district.name}
    placed = ngettext(
        "%(placed)d volunteer placed in the teams of %(district)s.",
        "%(placed)d volunteers placed in the teams of %(district)s.",
        result["placed"],
    )
    short = ngettext(
        "%(short)d team is still short of ten.",
        "%(short)d teams are still short of ten.",
        result["short"],
    )
    messages.success(request, f"{placed % values} {short % values}")
    return redirect("teams:index")


@scope_required(VIEW_TEAMS)
def team_detail(request, team_id):
    scope = request.scope
    team = get_object_or_404(teams_in_scope(scope).select_related("leader", "unit"), pk=team_id)
    form = TeamMemberAddForm(request.POST or None, team=team)
    if request.method == "POST":
        request_scope(request, CHANGE_TEAMS)
        if form.is_valid():
            try:
                organisation_services.team_member_add(
                    team=team, volunteer=form.cleaned_data["volunteer"], added_by=request.user
                )
                messages.success(request, _("Added to the team."))
                return redirect("teams:detail", team.pk)
            except OrganisationError as error:
                messages.error(request, " ".join(error.messages))
        else:
            messages.error(request, " ".join(m for errors in form.errors.values() for m in errors))
    find_form = TeamMemberFindForm(request.GET or None, team=team)
    members = TeamMember.objects.filter(team=team).select_related("volunteer__district")
    return TemplateResponse(
        request,
        "organisation/teams/detail.html",
        {
            "team": team,
            "members": members,
            "form": form,
            "find_form": find_form,
            "candidates": find_form.candidates(),
            "max": Team.MAX_MEMBERS,
        },
    )


@require_POST
@scope_required(CHANGE_TEAMS)
def team_member_remove(request, team_id, volunteer_id):
    scope = request.scope
    team = get_object_or_404(teams_in_scope(scope), pk=team_id)
    member = get_object_or_404(TeamMember.objects.filter(team=team), volunteer_id=volunteer_id)
    organisation_services.team_member_remove(team=team, volunteer=member.volunteer)
    messages.success(request, _("Removed from the team."))
    return redirect("teams:detail", team.pk)
