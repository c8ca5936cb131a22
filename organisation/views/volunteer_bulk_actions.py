"""Actions on the volunteers chosen in the list, as Wagtail bulk actions.

`VolunteerBulkAction` keeps every action inside the user's scope: an id outside it is as
if it did not exist, and "all in the list" means the list as filtered. The organisation
registers its own action here (screening); `courses` adds "enrol" and `certificates`
"promote" from their wagtail_hooks.py, on the same base.
"""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction

from organisation import services
from organisation.models import VolunteerProfile
from organisation.permissions import request_scope, volunteer_policy
from organisation.views.volunteer_list import CHANGE_VOLUNTEERS, VolunteerIndexView

#: How many names a message lists before it stops.
NAMES_SHOWN = 20


class VolunteerBulkAction(BulkAction):
    models = [VolunteerProfile]
    template_name = "organisation/volunteers/bulk_action_confirm.html"
    #: The permission the action needs ("app_label.codename").
    permission_required = CHANGE_VOLUNTEERS

    def __init__(self, request, model):
        super().__init__(request, model)
        if not get_valid_next_url_from_request(request):
            # Without a "next" (the list's own link sends one): back to the list, not
            # to this action's page without its volunteers.
            self.next_url = reverse("volunteers:index")

    def dispatch(self, request, *args, **kwargs):
        request_scope(request, self.permission_required)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self, model, object_ids):
        volunteers = list(
            volunteer_policy.instances_in(self.request.scope)
            .filter(pk__in=object_ids)
            .select_related("district__parent", "user")
            .order_by("name_en", "pk")
        )
        if not volunteers:
            raise Http404
        return volunteers

    def get_all_objects_in_listing_query(self, parent_id):
        # The list's own filters and search come along in the query string.
        listing = VolunteerIndexView()
        listing.setup(self.request)
        return listing.get_queryset().values_list("pk", flat=True)

    def get_execution_context(self):
        return {"request": self.request, "form": self.cleaned_form}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["shown"] = context["items"][:NAMES_SHOWN]
        return context


def listed(names: list[str]) -> str:
    return "; ".join(names[:NAMES_SHOWN])


class BulkScreeningForm(forms.Form):
    notes = forms.CharField(
        label=gettext_lazy("Screening notes"),
        required=False,
        max_length=1000,
        help_text=gettext_lazy("Recorded for each volunteer screened."),
    )


class ScreenBulkAction(VolunteerBulkAction):
    display_name = gettext_lazy("Screen and select")
    action_type = "screen"
    aria_label = gettext_lazy("Record as screened and selected for training")
    action_priority = 10
    form_class = BulkScreeningForm

    @classmethod
    def execute_action(cls, volunteers, *, request, form):
        screened, skipped = 0, []
        notes = form.cleaned_data["notes"].strip() or _("Selected for training (recorded in bulk).")
        for volunteer in volunteers:
            if not services.volunteer_can_be_screened(volunteer):
                skipped.append(volunteer.name)
                continue
            services.volunteer_screen(
                volunteer=volunteer, interviewed_by=request.user, notes=notes, decision="selected"
            )
            screened += 1
        messages.success(
            request,
            ngettext(
                "%(count)d volunteer screened and selected for training.",
                "%(count)d volunteers screened and selected for training.",
                screened,
            )
            % {"count": screened},
        )
        if skipped:
            messages.warning(
                request,
                _("Already past screening: %(list)s") % {"list": ", ".join(skipped[:NAMES_SHOWN])},
            )
        return screened, 0
