"""Reminder rules in the Wagtail admin (Reminder rules), for trainers and coordinators
with the model's permissions."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from messaging.models import OutboxMessage
from reminders.models import ReminderRule

CHANNEL_NAMES = dict(OutboxMessage.Channel.choices)


def label(name: str):
    return capfirst(ReminderRule._meta.get_field(name).verbose_name)


def channels_in_order(rule: ReminderRule) -> str:
    """ "WhatsApp → SMS → E-mail", in the reader's language, not the stored "whatsapp,sms"."""
    return " → ".join(str(CHANNEL_NAMES.get(name, name)) for name in rule.channel_list())


class ReminderRuleViewSet(SnippetViewSet):
    model = ReminderRule
    icon = "time"
    menu_label = _("Reminder rules")
    menu_order = 850
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("days", label=label("days")),
        Column("channels", label=label("channels"), accessor=channels_in_order),
        "course",
        BooleanColumn("enabled", label=label("enabled")),
    ]
    list_filter = ["kind", "enabled"]
    panels = [
        FieldPanel("enabled"),
        FieldPanel("kind"),
        FieldPanel("days"),
        FieldPanel("channels"),
        FieldPanel("course"),
    ]


register_snippet(ReminderRuleViewSet)
