"""What certificates adds to the organisation's volunteer screens, through its hooks
(registered in certificates/wagtail_hooks.py): the "eligible to lead" filter and column,
the promote bulk action, and the leadership and certificates panels of a volunteer's page.
"""

import django_filters

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.admin.ui.tables import Column

from certificates import selectors, services
from certificates.leadership_forms import PromoteForm, RevokeForm
from certificates.models import Certificate, Leadership
from lms.errors import ApplicationError
from organisation.models import Team
from organisation.views.volunteer_bulk_actions import VolunteerBulkAction, listed
from organisation.views.volunteer_detail import VolunteerPanel


class EligibleFilter(django_filters.ChoiceFilter):
    def __init__(self):
        super().__init__(
            label=gettext_lazy("Eligible to lead"),
            choices=[("yes", gettext_lazy("Eligible")), ("no", gettext_lazy("Not eligible"))],
            empty_label=gettext_lazy("Any"),
        )

    def filter(self, queryset, value):
        if not value:
            return queryset
        eligible: Q = selectors.eligible_filter()
        return queryset.filter(eligible if value == "yes" else ~eligible)


class CertificateFilter(django_filters.ChoiceFilter):
    """Leaders whose certificate failed, or who wait for one: the certificates report's
    "error" and "leaders without a certificate", as people (the weekly digest links here)."""

    def __init__(self):
        super().__init__(
            label=gettext_lazy("Certificate"),
            choices=[
                ("error", gettext_lazy("A certificate failed")),
                ("missing", gettext_lazy("Leader without a certificate")),
            ],
            empty_label=gettext_lazy("Any"),
        )

    def filter(self, queryset, value):
        if value == "error":
            failed = Certificate.objects.filter(
                leadership__volunteer_id=OuterRef("pk"), status=Certificate.Status.ERROR
            )
            return queryset.filter(Exists(failed))
        if value == "missing":
            current = Certificate.objects.filter(
                leadership_id=OuterRef("pk"), status__in=Certificate.CURRENT
            )
            waiting = Leadership.objects.active().filter(
                ~Exists(current), volunteer_id=OuterRef("pk")
            )
            return queryset.filter(Exists(waiting))
        return queryset


class EligibilityColumn(Column):
    """Yes, or No with the reasons; worked out for the page's rows at once."""

    cell_template_name = "certificates/coordinator/eligibility_cell.html"

    def __init__(self):
        super().__init__("eligibility", label=gettext_lazy("Eligible to lead"))

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        if not hasattr(table, "eligibility"):
            table.eligibility = selectors.eligibility_many(list(table.data))
        context["eligibility"] = table.eligibility[instance.pk]
        return context


class PromoteBulkAction(VolunteerBulkAction):
    display_name = gettext_lazy("Promote")
    action_type = "promote"
    aria_label = gettext_lazy("Promote the eligible to district leaders of their district")
    action_priority = 30

    @classmethod
    def execute_action(cls, volunteers, *, request, form):
        promoted, refused = 0, []
        eligibility = selectors.eligibility_many(volunteers, selectors.Rules.current())
        for volunteer in volunteers:
            if not eligibility[volunteer.pk]:
                refused.append(f"{volunteer.name}: {' '.join(eligibility[volunteer.pk].reasons)}")
                continue
            try:
                services.leadership_promote(
                    volunteer=volunteer, unit=volunteer.district, promoted_by=request.user
                )
                promoted += 1
            except (ValidationError, ApplicationError) as error:
                refused.append(f"{volunteer.name}: {' '.join(error.messages)}")
        messages.success(
            request,
            ngettext(
                "%(count)d volunteer promoted to district leader.",
                "%(count)d volunteers promoted to district leader.",
                promoted,
            )
            % {"count": promoted},
        )
        if refused:
            messages.warning(request, _("Not promoted: %(list)s") % {"list": listed(refused)})
        return promoted, 0


class LeadershipPanel(VolunteerPanel):
    order = 20
    template_name = "certificates/coordinator/leadership_panel.html"

    def get_context_data(self, parent_context=None):
        volunteer = self.volunteer
        leadership = selectors.active_leadership(volunteer)
        return {
            "volunteer": volunteer,
            "leadership": leadership,
            "eligibility": selectors.leadership_eligibility(volunteer),
            "past_leaderships": volunteer.leaderships.exclude(
                pk=getattr(leadership, "pk", None)
            ).select_related("unit", "revoked_by"),
            "team": Team.objects.filter(leader=volunteer).select_related("unit").first(),
            "membership": getattr(volunteer, "team_membership", None),
            "promote_form": PromoteForm(user=self.request.user, volunteer=volunteer),
            "revoke_form": RevokeForm(),
        }


class CertificatesPanel(VolunteerPanel):
    order = 30
    template_name = "certificates/coordinator/certificates_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "volunteer": self.volunteer,
            "leadership": selectors.active_leadership(self.volunteer),
            "certificates": Certificate.objects.filter(leadership__volunteer=self.volunteer)
            .select_related("leadership__unit", "revoked_by")
            .order_by("-created_at"),
        }
