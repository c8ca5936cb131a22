"""Admin registrations: the reports area and its menu item."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports import digest_views, sharing_views, views


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/", views.index, name="reports_index"),
        path("reports/digest/", digest_views.digest_preview, name="reports_digest"),
        *[
            path(f"reports/{key}/", views.report, {"key": key}, name=f"reports_{key}")
            for key in views.REPORTS
        ],
        path(
            "reports/answer-sharing/",
            sharing_views.answer_sharing_index,
            name="reports_answer_sharing",
        ),
        path(
            "reports/answer-sharing/<int:run_id>/",
            sharing_views.answer_sharing_run,
            name="reports_answer_sharing_run",
        ),
    ]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(views.reports_for(request.user))


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    # Not "Reports": Wagtail has a menu of that name (locked pages, workflows...).
    return ReportsMenuItem(
        _("Training reports"), reverse("reports_index"), icon_name="table", order=170
    )


@hooks.register("register_permissions")
def register_report_permissions():
    # Listed on Settings → Groups, where an administrator gives it to a group.
    return Permission.objects.filter(content_type__app_label="reports")
