"""Wagtail admin registrations for volunteer imports (imported by lms/wagtail_hooks.py).

URLs (all under /admin/, names global):
  volunteer-imports/                 lms_imports_index     past imports, upload form, export
  volunteer-imports/new/             lms_imports_create    POST: upload a file
  volunteer-imports/template.csv     lms_imports_template  the template file
  volunteer-imports/<pk>/            lms_imports_detail    status page (progress bar, errors)
  volunteer-imports/<pk>/status.json lms_imports_status    what the progress bar polls
  volunteer-imports/<pk>/errors.csv  lms_imports_errors    the error report
  volunteer-imports/<pk>/resume/     lms_imports_resume    POST: continue a stalled import
  volunteer-export.csv               lms_volunteers_export the scope's volunteers (?unit=&stage=)
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from organisation.admin_menu import CoordinatorMenuItem
from organisation.imports import views


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("volunteer-imports/", views.ImportIndexView.as_view(), name="lms_imports_index"),
        path("volunteer-imports/new/", views.ImportCreateView.as_view(), name="lms_imports_create"),
        path("volunteer-imports/template.csv", views.import_template, name="lms_imports_template"),
        path(
            "volunteer-imports/<int:pk>/",
            views.ImportDetailView.as_view(),
            name="lms_imports_detail",
        ),
        path(
            "volunteer-imports/<int:pk>/status.json",
            views.import_status,
            name="lms_imports_status",
        ),
        path(
            "volunteer-imports/<int:pk>/errors.csv",
            views.import_error_report,
            name="lms_imports_errors",
        ),
        path("volunteer-imports/<int:pk>/resume/", views.import_resume, name="lms_imports_resume"),
        path("volunteer-export.csv", views.volunteers_export, name="lms_volunteers_export"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return CoordinatorMenuItem(
        _("Import volunteers"),
        reverse("lms_imports_index"),
        name="import-volunteers",
        icon_name="upload",
        order=310,
    )
