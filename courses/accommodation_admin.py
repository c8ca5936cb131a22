"""Time accommodations in the Wagtail admin: the list of those in force in the user's
scope, giving one (by the volunteer's mobile number) and revoking one
(``courses_accommodations:index``, ``:add``, ``:revoke``). The rules are
``courses.accommodations``; these screens only ask.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet

from courses.accommodations import (
    accommodation_grant,
    accommodation_revoke,
    accommodation_scope,
    accommodations_in_scope,
    volunteers_in_scope,
)
from courses.models import QuizAccommodation
from lms.errors import ApplicationError
from organisation.phones import phone_shaped


def _may_give(user) -> bool:
    return accommodation_scope(user) is not None


class AccommodationForm(forms.ModelForm):
    phone = forms.CharField(
        label=gettext_lazy("Volunteer's mobile number"),
        max_length=20,
        help_text=gettext_lazy("The number the volunteer signed up with."),
    )

    class Meta:
        model = QuizAccommodation
        fields = ["kind", "factor", "extra_minutes", "reason"]
        widgets = {
            "kind": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "factor": gettext_lazy("For example 1.5: half as much time again."),
            "reason": gettext_lazy(
                "Why the volunteer needs it (seen by trainers and coordinators only)."
            ),
        }

    field_order = ["phone", "kind", "factor", "extra_minutes", "reason"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = QuizAccommodation.Kind.choices  # no empty choice
        self.user = user
        self.volunteer = None

    def clean_phone(self):
        phone = phone_shaped(self.cleaned_data["phone"])
        self.volunteer = (
            volunteers_in_scope(self.user).filter(phone=phone).select_related("user").first()
            if phone
            else None
        )
        if self.volunteer is None:
            # The same answer for no such number and a number outside the user's area.
            raise forms.ValidationError(_("No volunteer in your area has this mobile number."))
        return phone

    def clean(self):
        data = super().clean()
        # Only the amount the kind uses is kept (the model's constraint).
        if data.get("kind") != QuizAccommodation.Kind.FACTOR:
            data["factor"] = self.instance.factor = None
        if data.get("kind") != QuizAccommodation.Kind.MINUTES:
            data["extra_minutes"] = self.instance.extra_minutes = None
        return data


def accommodation_add(request):
    if not _may_give(request.user):
        raise PermissionDenied
    form = AccommodationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            accommodation_grant(
                trainee=form.volunteer.user,
                granted_by=request.user,
                kind=form.cleaned_data["kind"],
                factor=form.cleaned_data["factor"],
                extra_minutes=form.cleaned_data["extra_minutes"],
                reason=form.cleaned_data["reason"],
            )
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("%(name)s now has this accommodation at every quiz.")
                % {"name": form.volunteer.name_en or form.volunteer.phone},
            )
            return redirect("courses_accommodations:index")
    return TemplateResponse(
        request, "courses/admin/accommodation_form.html", {"form": form}, status=200
    )


def accommodation_revoke_view(request, accommodation_id):
    if not _may_give(request.user):
        raise PermissionDenied
    # Outside the user's scope: not found, as if it did not exist.
    get_object_or_404(accommodations_in_scope(request.user), pk=accommodation_id)
    if request.method == "POST":
        try:
            accommodation_revoke(accommodation_id=accommodation_id, revoked_by=request.user)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The accommodation is revoked."))
    return redirect("courses_accommodations:index")


def _volunteer(accommodation) -> str:
    profile = getattr(accommodation.trainee, "volunteer_profile", None)
    if profile is None:
        return accommodation.trainee.get_username()
    return f"{profile.name_en} ({profile.phone})"


class RevokeColumn(Column):
    cell_template_name = "courses/admin/accommodation_revoke_cell.html"


class AccommodationIndexView(IndexView):
    model = QuizAccommodation
    page_title = gettext_lazy("Time accommodations")
    header_icon = "time"
    paginate_by = 25
    index_url_name = "courses_accommodations:index"
    index_results_url_name = "courses_accommodations:index_results"
    add_url_name = "courses_accommodations:add"
    columns = [
        Column("volunteer", label=gettext_lazy("Volunteer"), accessor=_volunteer),
        Column("kind", label=gettext_lazy("Accommodation"), accessor="describe"),
        Column("reason", label=gettext_lazy("Reason"), accessor="reason"),
        Column("granted_by", label=gettext_lazy("Given by"), accessor="granted_by"),
        DateColumn("granted_at", label=gettext_lazy("Given on")),
        RevokeColumn("revoke", label=""),
    ]
    # Who may is courses.accommodations.accommodation_scope, not model permissions alone.
    permission_policy = None
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not _may_give(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return (
            accommodations_in_scope(self.request.user)
            .in_force()
            .select_related("trainee__volunteer_profile", "granted_by")
            .order_by("-granted_at")
        )


class AccommodationMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_give(request.user)


class AccommodationViewSet(ViewSet):
    name = "courses_accommodations"
    url_prefix = "accommodations"
    icon = "time"
    menu_label = gettext_lazy("Time accommodations")
    menu_order = 270
    add_to_admin_menu = True
    menu_item_class = AccommodationMenuItem

    def get_urlpatterns(self):
        return [
            path("", AccommodationIndexView.as_view(), name="index"),
            path(
                "results/", AccommodationIndexView.as_view(results_only=True), name="index_results"
            ),
            path("add/", accommodation_add, name="add"),
            path("<int:accommodation_id>/revoke/", accommodation_revoke_view, name="revoke"),
        ]
