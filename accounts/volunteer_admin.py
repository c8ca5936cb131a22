"""What accounts adds to the organisation's volunteer screens, through its hooks
(registered in accounts/wagtail_hooks.py): "Invite to sign in", a bulk action, and the
messages panel of a volunteer's page (each message's channel and status, never its
text: a sign-in code is the volunteer's alone)."""

from django import forms
from django.contrib import messages
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.models import Channel
from accounts.selectors import MESSAGES_SHOWN, recipient_messages
from accounts.services import INVITATION_TEMPLATE, volunteers_invite
from organisation.views.volunteer_bulk_actions import VolunteerBulkAction, listed
from organisation.views.volunteer_detail import VolunteerPanel

#: What a coordinator reads for a message's template (others show their key).
TEMPLATE_NAMES = {
    "accounts/sign_in_code": gettext_lazy("Sign-in code"),
    INVITATION_TEMPLATE: gettext_lazy("Invitation to sign in"),
}


class InviteForm(forms.Form):
    channel = forms.ChoiceField(
        label=gettext_lazy("Send by"),
        choices=Channel.choices,
        initial=Channel.SMS,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the message"),
        choices=[("hi", "हिन्दी"), ("en", "English")],
        initial="hi",
        widget=forms.RadioSelect,
    )


class InviteBulkAction(VolunteerBulkAction):
    display_name = gettext_lazy("Invite to sign in")
    action_type = "invite"
    aria_label = gettext_lazy(
        "Send a message with the address where they sign in with their mobile number"
    )
    action_priority = 30
    form_class = InviteForm

    @classmethod
    def execute_action(cls, volunteers, *, request, form):
        result = volunteers_invite(
            volunteers=volunteers,
            channel=form.cleaned_data["channel"],
            language=form.cleaned_data["language"],
        )
        messages.success(
            request,
            ngettext(
                "%(count)d volunteer invited to sign in.",
                "%(count)d volunteers invited to sign in.",
                result.invited,
            )
            % {"count": result.invited},
        )
        if result.already:
            messages.info(
                request,
                ngettext(
                    "%(count)d volunteer was invited today already: no second message.",
                    "%(count)d volunteers were invited today already: no second message.",
                    result.already,
                )
                % {"count": result.already},
            )
        if result.skipped:
            messages.warning(
                request,
                _("Not invited (no mobile number, or staff who log in with a password): %(list)s")
                % {"list": listed(result.skipped)},
            )
        return result.invited, 0


class MessagesPanel(VolunteerPanel):
    order = 70
    template_name = "accounts/admin/messages_panel.html"

    def get_context_data(self, parent_context=None):
        rows = list(recipient_messages(self.volunteer.user_id)[:MESSAGES_SHOWN])
        for row in rows:
            row.template_name = TEMPLATE_NAMES.get(row.template_key, row.template_key)
        invite = reverse(
            "wagtail_bulk_action",
            args=["organisation", "volunteerprofile", InviteBulkAction.action_type],
        )
        next_url = reverse("volunteers:detail", args=[self.volunteer.pk])
        return {
            "volunteer": self.volunteer,
            "outbox": rows,
            "invite_url": f"{invite}?{urlencode({'id': self.volunteer.pk, 'next': next_url})}",
        }
