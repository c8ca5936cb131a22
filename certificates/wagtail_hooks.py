"""Admin registrations: the coordinator's screens (volunteers, teams)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from certificates import certificate_admin_views as certificate_views
from certificates import coordinator_views as views
from certificates.batch_views import certificate_batch_viewset
from organisation.admin_menu import CoordinatorMenuItem


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    return [
        path("volunteers/", views.volunteer_list, name="coordinator_volunteers"),
        path("volunteers/bulk/", views.volunteer_bulk_action, name="coordinator_bulk_action"),
        path(
            "volunteers/<int:volunteer_id>/", views.volunteer_detail, name="coordinator_volunteer"
        ),
        path(
            "volunteers/<int:volunteer_id>/screen/",
            views.volunteer_screen,
            name="coordinator_volunteer_screen",
        ),
        path(
            "volunteers/<int:volunteer_id>/promote/",
            views.volunteer_promote,
            name="coordinator_volunteer_promote",
        ),
        path(
            "leaderships/<int:leadership_id>/revoke/",
            views.leadership_revoke,
            name="coordinator_leadership_revoke",
        ),
        path(
            "leaderships/<int:leadership_id>/certificate/",
            certificate_views.certificate_issue,
            name="coordinator_certificate_issue",
        ),
        path(
            "certificates/<int:certificate_id>/revoke/",
            certificate_views.certificate_revoke,
            name="coordinator_certificate_revoke",
        ),
        path(
            "certificates/<int:certificate_id>/reissue/",
            certificate_views.certificate_reissue,
            name="coordinator_certificate_reissue",
        ),
        path("teams/", views.team_list, name="coordinator_teams"),
        path("teams/fill/", views.teams_fill, name="coordinator_teams_fill"),
        path("teams/<int:team_id>/", views.team_detail, name="coordinator_team"),
        path(
            "teams/<int:team_id>/remove/<int:volunteer_id>/",
            views.team_member_remove,
            name="coordinator_team_member_remove",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_volunteers_menu_item():
    return CoordinatorMenuItem(
        _("Volunteers"), reverse("coordinator_volunteers"), icon_name="group", order=150
    )


@hooks.register("register_admin_menu_item")
def register_teams_menu_item():
    return CoordinatorMenuItem(
        _("Teams of ten"), reverse("coordinator_teams"), icon_name="user", order=160
    )


@hooks.register("register_admin_viewset")
def register_certificate_batch_viewset():
    return certificate_batch_viewset
