"""The coordinator's volunteer list: Wagtail's generic IndexView, limited to the scope.

Filters are a WagtailFilterSet: the organisation's own (unit, stage "now at") and those
other apps add with the ``register_volunteer_filters`` hook (a dict of name → django-filter
Filter); columns likewise with ``register_volunteer_columns``. Actions on the rows chosen
are Wagtail bulk actions (organisation.views.volunteer_bulk_actions and the other apps').
"""

from functools import cache

import django_filters

from django.db.models import Q
from django.db.models.functions import Upper
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from audit.downloads import AuditedListingMixin
from audit.models import AccessRecord
from lms.spreadsheets import SafeExportMixin
from organisation.forms import UnitChoiceField
from organisation.models import Stage, Unit, VolunteerProfile
from organisation.permissions import scope_required, volunteer_policy
from organisation.selectors import pipeline_counts

VIEW_VOLUNTEERS = "organisation.view_volunteerprofile"
CHANGE_VOLUNTEERS = "organisation.change_volunteerprofile"


def units_in_request_scope(request):
    """The states and districts a coordinator may narrow the list to."""
    if getattr(request, "scope", None) is None:
        return Unit.objects.none()
    return (
        Unit.objects.within(request.scope)
        .exclude(level=Unit.Level.NATIONAL)
        .select_related("parent")
        .order_by("parent__name_en", "level", "name_en")
    )


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


class VolunteerFilterSet(WagtailFilterSet):
    unit = UnitFilter(
        label=_("Unit"),
        queryset=units_in_request_scope,
        method="filter_unit",
        empty_label=_("All"),
    )
    # Where a volunteer is now, not every stage they passed (the funnel counts those).
    stage = django_filters.ChoiceFilter(
        label=_("Stage"), choices=Stage.choices, empty_label=_("Any stage")
    )

    class Meta:
        model = VolunteerProfile
        fields = []

    def filter_unit(self, queryset, name, unit):
        return queryset.in_unit(unit)


@cache
def volunteer_filterset_class() -> type[VolunteerFilterSet]:
    """VolunteerFilterSet with the filters other apps register (hooks run once)."""
    extra = {}
    for hook in hooks.get_hooks("register_volunteer_filters"):
        extra.update(hook())
    return type("VolunteerFilterSet", (VolunteerFilterSet,), extra)


class NameColumn(TitleColumn):
    """The name, linked to the volunteer's page, with the Hindi name beneath."""

    cell_template_name = "organisation/volunteers/name_cell.html"


def district_name(volunteer: VolunteerProfile) -> str:
    return volunteer.district.name if volunteer.district else "—"


@method_decorator(scope_required(VIEW_VOLUNTEERS), name="dispatch")
class VolunteerIndexView(AuditedListingMixin, SafeExportMixin, IndexView):
    model = VolunteerProfile
    # Each page shown and each download is in the audit trail (audit.downloads).
    list_action = AccessRecord.Action.VOLUNTEER_LIST
    export_action = AccessRecord.Action.VOLUNTEER_LIST_EXPORT
    permission_policy = volunteer_policy
    any_permission_required = ["view"]
    template_name = "organisation/volunteers/index.html"
    results_template_name = "organisation/volunteers/index_results.html"
    index_url_name = "volunteers:index"
    index_results_url_name = "volunteers:index_results"
    page_title = _("Volunteers")
    header_icon = "group"
    paginate_by = 50
    # Searched by name or mobile number (search_queryset); these only switch search on.
    search_fields = ["name_en", "name_hi", "phone"]
    search_backend_name = None
    list_export = [
        "name_en",
        "name_hi",
        "phone",
        "district.name_en",
        "state.name_en",
        "get_stage_display",
        "stage_changed_at",
        "created_at",
    ]
    export_headings = {
        "name_en": _("Name in English"),
        "name_hi": _("Name in Hindi"),
        "phone": _("Mobile"),
        "district.name_en": _("District"),
        "state.name_en": _("State"),
        "get_stage_display": _("Stage"),
        "stage_changed_at": _("Stage changed"),
        "created_at": _("Signed up"),
    }
    export_filename = "volunteers"

    @property
    def filterset_class(self):
        return volunteer_filterset_class()

    def get_base_queryset(self):
        return volunteer_policy.instances_in(self.request.scope).select_related(
            "district", "state", "team_membership"
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        digits = query.replace(" ", "")
        if digits.isdigit():
            return queryset.filter(phone__startswith=digits[-10:])
        return queryset.filter(Q(name_en__icontains=query) | Q(name_hi__icontains=query))

    def order_queryset(self, queryset):
        # In name order. A name search orders by UPPER(name) instead: the same order to a
        # reader, but PostgreSQL then finds the matches by the trigram index and sorts
        # them, rather than walking a state's 80,000 names in order to filter.
        if self.is_searching:
            return queryset.order_by(Upper("name_en"), "pk")
        return queryset.order_by("name_en", "pk")

    @property
    def columns(self):
        extra = [
            column for hook in hooks.get_hooks("register_volunteer_columns") for column in hook()
        ]
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="volunteer"),
            NameColumn(
                "name_en",
                label=_("Name"),
                url_name="volunteers:detail",
                get_title_id=lambda volunteer: f"volunteer_{volunteer.pk}_title",
            ),
            Column("phone", label=_("Mobile"), accessor=lambda volunteer: volunteer.phone or "—"),
            Column("district", label=_("District"), accessor=district_name),
            Column("stage", label=_("Stage"), accessor="get_stage_display"),
            *extra,
        ]

    @property
    def unit(self) -> Unit:
        """The unit the list is narrowed to, or the whole scope."""
        if self.filters and self.filters.is_valid() and self.filters.form.cleaned_data["unit"]:
            return self.filters.form.cleaned_data["unit"]
        return self.request.scope

    def audit_unit_id(self) -> int:
        return self.unit.pk

    def get_page_subtitle(self):
        return self.unit.name

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = pipeline_counts(VolunteerProfile.objects.in_unit(self.unit))
        context["counts"] = counts
        context["funnel"] = [
            (stage, counts[stage.value]) for stage in Stage if stage != Stage.NOT_SELECTED
        ]
        context["unit"] = self.unit
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        context["query"] = query.urlencode()
        return context
