"""The audit trail's screen: read-only, a coordinator's unit's trail, all of it for
administrators.

A coordinator sees what coordinators of their unit (and the units below it) did, and
what anyone did with their unit's volunteers' data; a national coordinator or a
superuser sees everything. There is no form, no add, edit or delete view anywhere (nor a
Django admin: audit has no admin module).
"""

import django_filters

from django.urls import path
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet

from audit.models import AccessRecord
from organisation.admin_menu import CoordinatorMenuItem
from organisation.models import Unit
from organisation.permissions import scope_required


class AccessRecordFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=_("Action"), choices=AccessRecord.Action.choices, empty_label=_("Any")
    )
    outcome = django_filters.ChoiceFilter(
        label=_("Outcome"), choices=AccessRecord.Outcome.choices, empty_label=_("Any")
    )
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AccessRecord
        fields = ["action", "outcome", "at"]


def trail_in(scope: Unit):
    """The records a coordinator of `scope` may read."""
    records = AccessRecord.objects.select_related("actor", "scope", "unit")
    if scope.level == Unit.Level.NATIONAL:
        return records
    return records.in_unit(list(Unit.objects.within(scope).values_list("pk", flat=True)))


#: How a search is shown (the trail keeps its kind and a digest, not what was typed).
SEARCHES = {"mobile": _("a search by mobile number"), "name": _("a search by name")}


def _when(record: AccessRecord) -> str:
    return formats.date_format(timezone.localtime(record.at), "SHORT_DATETIME_FORMAT")


def _who(record: AccessRecord) -> str:
    # An account erased or removed since: its number, which the trail keeps.
    if record.actor is None:
        return f"#{record.actor_id}" if record.actor_id else "—"
    return record.actor.get_full_name() or record.actor.get_username()


def _filters(record: AccessRecord) -> str:
    parts = []
    for name, value in record.filters.items():
        if isinstance(value, dict) and "search" in value:
            parts.append(SEARCHES.get(value["search"], value["search"]))
        else:
            parts.append(f"{name}={value}")
    return ", ".join(parts)


@method_decorator(scope_required(), name="dispatch")
class AccessRecordIndexView(IndexView):
    model = AccessRecord
    page_title = _("Audit trail")
    header_icon = "history"
    index_url_name = "audit_trail:index"
    index_results_url_name = "audit_trail:index_results"
    filterset_class = AccessRecordFilterSet
    default_ordering = "-at"
    paginate_by = 50

    @property
    def columns(self):
        return [
            Column("at", label=_("When"), accessor=_when, sort_key="at"),
            Column("actor", label=_("Who"), accessor=_who),
            Column("scope", label=_("Their unit"), accessor=lambda r: r.scope or "—"),
            Column("action", label=_("Action"), accessor="get_action_display"),
            Column("outcome", label=_("Outcome"), accessor="get_outcome_display"),
            Column("unit", label=_("Data of"), accessor=lambda r: r.unit or "—"),
            Column("object_id", label=_("Record"), accessor=lambda r: r.object_id or ""),
            Column("row_count", label=_("Rows"), accessor=lambda r: r.row_count or ""),
            Column("filters", label=_("Filters"), accessor=_filters),
            Column("purpose", label=_("Purpose")),
        ]

    def get_base_queryset(self):
        return trail_in(self.request.scope)

    # Reading only, for everyone with a scope (scope_required): no one may add, change
    # or delete, whatever their model permissions (there are none but "view").
    def user_has_permission(self, permission):
        return permission == "view"

    def user_has_any_permission(self, permissions):
        return "view" in permissions


class AuditTrailViewSet(ViewSet):
    """/admin/audit-trail/: the list (``audit_trail:index``) and its filtered results;
    nothing else."""

    name = "audit_trail"
    url_prefix = "audit-trail"
    icon = "history"
    menu_label = _("Audit trail")
    menu_order = 190
    add_to_admin_menu = True
    menu_item_class = CoordinatorMenuItem

    def get_urlpatterns(self):
        return [
            path("", AccessRecordIndexView.as_view(), name="index"),
            path(
                "results/", AccessRecordIndexView.as_view(results_only=True), name="index_results"
            ),
        ]


audit_trail_viewset = AuditTrailViewSet()
