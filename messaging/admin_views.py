"""The admin's Outbox and Opt-outs: read-only lists (filters by channel, status, purpose)
and each message's detail with its text as the person gets it.

Nobody adds or edits rows here, superusers included (``ReadOnlyPolicy``): messages are
recorded by the code that decides them, opt-outs by the people who ask. Seeing them
takes the models' view permission. On a developer's machine (the console adapter) the
detail shows sign-in codes, so ``make run`` needs no SMS account; with a real adapter
secret variables are masked here and removed from the row once it is sent.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from messaging.models import OptOut, OutboxMessage


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Model permissions, with every action but "view" refused to everyone."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


POLICIES = [ReadOnlyPolicy(OutboxMessage), ReadOnlyPolicy(OptOut)]


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    icon = "mail"
    menu_label = _("Outbox")
    list_display = [
        "created_at",
        "template_key",
        "channel",
        "address",
        "language",
        "purpose",
        "status",
        "attempts",
        "sent_at",
    ]
    list_filter = ["channel", "status", "purpose", "template_key"]
    search_fields = ["address", "key", "group"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "preview",
        "template_key",
        "channel",
        "address",
        "recipient",
        "language",
        "purpose",
        "status",
        "attempts",
        "available_at",
        "expires_at",
        "sent_at",
        "provider_message_id",
        "error",
        "key",
        "group",
        "created_at",
    ]
    copy_view_enabled = False
    form_fields = ["status"]  # never shown: ReadOnlyPolicy refuses adding and editing


class OptOutViewSet(ModelViewSet):
    model = OptOut
    icon = "cross"
    menu_label = _("Opt-outs")
    list_display = ["address", "channel", "method", "recipient", "created_at"]
    list_filter = ["channel", "method"]
    search_fields = ["address"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["method"]  # never shown: ReadOnlyPolicy refuses adding and editing


class MessagingViewSetGroup(ViewSetGroup):
    menu_label = _("Messages")
    menu_icon = "mail"
    menu_order = 850
    items = (OutboxViewSet("outbox"), OptOutViewSet("opt_outs"))
