"""Reminder rules in the Wagtail admin (Reminder rules), for trainers and coordinators
with the model's permissions."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from reminders.models import ReminderRule


class ReminderRuleViewSet(SnippetViewSet):
    model = ReminderRule
    icon = "time"
    menu_label = _("Reminder rules")
    menu_order = 850
    add_to_admin_menu = True
    list_display = ["__str__", "kind", "days", "channels", "course", "enabled"]
    list_filter = ["kind", "enabled"]
    panels = [
        FieldPanel("enabled"),
        FieldPanel("kind"),
        FieldPanel("days"),
        FieldPanel("channels"),
        FieldPanel("course"),
    ]


register_snippet(ReminderRuleViewSet)
