"""The coordinator's screens as Wagtail viewsets: namespaced admin URLs and a menu
item shown to coordinators only."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.base import ViewSet

from organisation.admin_menu import CoordinatorMenuItem
from organisation.views import teams, volunteer_detail
from organisation.views.team_list import TeamIndexView
from organisation.views.volunteer_list import VolunteerIndexView


class CoordinatorViewSet(ViewSet):
    """A coordinator's screen: in the admin menu for users with a scope only; a list
    (``index``, and ``index_results`` that its filters reload) and the views of
    `get_item_urlpatterns`."""

    add_to_admin_menu = True
    menu_item_class = CoordinatorMenuItem
    index_view_class = None

    def get_urlpatterns(self):
        return [
            path("", self.index_view_class.as_view(), name="index"),
            path(
                "results/", self.index_view_class.as_view(results_only=True), name="index_results"
            ),
            *self.get_item_urlpatterns(),
        ]

    def get_item_urlpatterns(self):
        return []


class VolunteerViewSet(CoordinatorViewSet):
    """/admin/volunteers/: the list (``volunteers:index``), a volunteer's page
    (``volunteers:detail``) and the screening form's target (``volunteers:screen``)."""

    name, icon, menu_order = "volunteers", "group", 150
    menu_label = _("Volunteers")
    index_view_class = VolunteerIndexView

    def get_item_urlpatterns(self):
        return [
            path("<int:volunteer_id>/", volunteer_detail.volunteer_detail, name="detail"),
            path("<int:volunteer_id>/screen/", volunteer_detail.volunteer_screen, name="screen"),
        ]


volunteer_viewset = VolunteerViewSet()


class TeamViewSet(CoordinatorViewSet):
    """/admin/teams/: the teams short of ten (``teams:index``), filling a district's
    teams (``teams:fill``), a team (``teams:detail``) and removing a member."""

    name, icon, menu_order = "teams", "user", 160
    menu_label = _("Teams of ten")
    index_view_class = TeamIndexView

    def get_item_urlpatterns(self):
        return [
            path("fill/", teams.teams_fill, name="fill"),
            path("<int:team_id>/", teams.team_detail, name="detail"),
            path(
                "<int:team_id>/remove/<int:volunteer_id>/",
                teams.team_member_remove,
                name="remove",
            ),
        ]


team_viewset = TeamViewSet()
