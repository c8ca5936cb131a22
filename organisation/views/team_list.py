"""The Teams of ten list: Wagtail's generic IndexView, limited to the scope.

The teams short of ten first (those are the ones to fill), all of them on request
(``?show=all``), with the form that fills a district's teams above the list.
"""

import django_filters

from django.db.models import Exists, OuterRef
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from organisation.models import Team, Unit
from organisation.permissions import scope_required, team_policy
from organisation.selectors import teams_short, teams_with_size

VIEW_TEAMS = "organisation.view_team"


class TeamFilterSet(WagtailFilterSet):
    # The view reads it: without it, the list is of the teams short of ten.
    show = django_filters.ChoiceFilter(
        label=_("Teams"),
        choices=[("all", _("Show all teams"))],
        empty_label=_("Show only the teams short of ten"),
        method="chosen_by_the_view",
    )

    class Meta:
        model = Team
        fields = []

    def chosen_by_the_view(self, queryset, name, value):
        return queryset


@method_decorator(scope_required(VIEW_TEAMS), name="dispatch")
class TeamIndexView(IndexView):
    model = Team
    permission_policy = team_policy
    any_permission_required = ["view"]
    filterset_class = TeamFilterSet
    template_name = "organisation/teams/index.html"
    results_template_name = "organisation/teams/index_results.html"
    index_url_name = "teams:index"
    index_results_url_name = "teams:index_results"
    page_title = _("Teams of ten")
    header_icon = "user"
    paginate_by = 50
    columns = [
        TitleColumn(
            "leader", label=_("Leader"), accessor="leader.name_en", url_name="teams:detail"
        ),
        Column("unit", label=_("Unit"), accessor="unit.name"),
        Column("size", label=_("Members"), accessor=lambda team: f"{team.size} / 10"),
    ]

    @property
    def show_all(self) -> bool:
        return self.request.GET.get("show") == "all"

    def get_base_queryset(self):
        scope = self.request.scope
        return teams_with_size(scope) if self.show_all else teams_short(scope)

    def get_page_subtitle(self):
        return self.request.scope.name

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        scope = self.request.scope
        context["scope"] = scope
        context["show_all"] = self.show_all
        context["team_count"] = team_policy.instances_in(scope).count()
        context["short_count"] = (
            teams_short(scope).count() if self.show_all else context["items_count"]
        )
        # Districts whose leaders have teams come first: those are the ones to fill.
        context["districts"] = (
            [scope]
            if scope.level == Unit.Level.DISTRICT
            else Unit.objects.within(scope)
            .districts()
            .select_related("parent")
            .annotate(has_teams=Exists(Team.objects.filter(unit=OuterRef("pk"))))
            .order_by("-has_teams", "parent__name_en", "name_en")
        )
        return context
