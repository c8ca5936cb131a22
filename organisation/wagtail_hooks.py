"""Wagtail admin registrations of the organisation: who coordinates which unit, the
coordinator's Volunteers and Teams of ten screens, and the screening bulk action."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from organisation.imports import admin as imports_admin  # noqa: F401  (registers its own hooks)
from organisation.models import Coordinator
from organisation.views.viewsets import team_viewset, volunteer_viewset
from organisation.views.volunteer_bulk_actions import ScreenBulkAction


class CoordinatorForm(WagtailAdminModelForm):
    # A text box, not a list of every user: there may be half a million.
    user = forms.ModelChoiceField(
        label=_("Username"),
        queryset=get_user_model().objects.filter(is_active=True),
        to_field_name="username",
        widget=forms.TextInput,
        help_text=_("The log-in name of the user who will coordinate the unit."),
    )


class CoordinatorViewSet(ModelViewSet):
    """Administrators give a user a coordinator's scope here (Django model
    permissions on Coordinator decide who may)."""

    model = Coordinator
    icon = "key"
    menu_label = _("Coordinators")
    menu_order = 170
    add_to_admin_menu = False
    list_display = ["user", "unit"]
    list_filter = ["unit__level"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__name_en"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("unit")], base_form_class=CoordinatorForm
    )
    inspect_view_enabled = True


coordinator_viewset = CoordinatorViewSet("coordinators")


@hooks.register("register_admin_viewset")
def register_coordinator_viewset():
    return coordinator_viewset


@hooks.register("register_settings_menu_item")
def register_coordinators_settings_menu_item():
    from wagtail.admin.menu import MenuItem

    class CoordinatorsMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("organisation.change_coordinator")

    return CoordinatorsMenuItem(
        _("Coordinators"), coordinator_viewset.menu_url, icon_name="key", order=900
    )


@hooks.register("register_admin_viewset")
def register_volunteer_viewset():
    return volunteer_viewset


@hooks.register("register_admin_viewset")
def register_team_viewset():
    return team_viewset


hooks.register("register_bulk_action", ScreenBulkAction)
