"""Wagtail admin registrations for volunteer imports (imported by organisation/wagtail_hooks.py).

One viewset, so that the URLs share a namespace, ``volunteer_imports`` (all under
/admin/volunteer-imports/):

  ""                  index          past imports (filters), upload form, export
  results/            index_results  the list alone, for the filters
  new/                create         POST: upload a file
  template.csv        template       the template file
  export.csv          export         the scope's volunteers (?unit=&stage=)
  <pk>/               detail         status page (progress bar, errors)
  <pk>/status.json    status         what the progress bar polls
  <pk>/errors.csv     errors         the error report
  <pk>/resume/        resume         POST: continue a stalled import
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet

from organisation.admin_menu import CoordinatorMenuItem
from organisation.imports import views


class VolunteerImportViewSet(ViewSet):
    name = views.NAMESPACE
    url_prefix = "volunteer-imports"
    icon = "upload"

    def get_urlpatterns(self):
        listing = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("index_results"),
        }
        index = views.ImportIndexView
        return [
            path("", self.construct_view(index, **listing), name="index"),
            path(
                "results/",
                self.construct_view(index, **listing, results_only=True),
                name="index_results",
            ),
            path("new/", self.construct_view(views.ImportCreateView, **listing), name="create"),
            path("template.csv", views.import_template, name="template"),
            path("export.csv", views.volunteers_export, name="export"),
            path("<int:pk>/", views.ImportDetailView.as_view(), name="detail"),
            path("<int:pk>/status.json", views.import_status, name="status"),
            path("<int:pk>/errors.csv", views.import_error_report, name="errors"),
            path("<int:pk>/resume/", views.import_resume, name="resume"),
        ]


volunteer_import_viewset = VolunteerImportViewSet()


@hooks.register("register_admin_viewset")
def register_volunteer_import_viewset():
    return volunteer_import_viewset


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return CoordinatorMenuItem(
        _("Import volunteers"),
        volunteer_import_viewset.menu_url,
        name="import-volunteers",
        icon_name="upload",
        order=310,
    )
