"""Filters of the volunteer imports' list (a WagtailFilterSet, as Wagtail's own lists)."""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from organisation.models import VolunteerImport


class VolunteerImportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=VolunteerImport.Status.choices, empty_label=_("Any")
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Uploaded"), widget=DateRangePickerWidget
    )

    class Meta:
        model = VolunteerImport
        fields = ["status", "created_at"]
