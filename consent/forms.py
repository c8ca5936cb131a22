from django import forms
from django.utils.translation import gettext_lazy as _

from consent.models import Channel


class ChannelsField(forms.MultipleChoiceField):
    """The channels a person agrees to receive messages on, as ticks."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Messages about my training may reach me by"))
        kwargs.setdefault(
            "help_text",
            _("Reminders and news of your training. You can change this at any time."),
        )
        super().__init__(choices=Channel.choices, required=False, **kwargs)


def notice_agree_field() -> forms.BooleanField:
    return forms.BooleanField(
        label=_("I have read the privacy notice and I agree to it"),
        required=True,
        error_messages={"required": _("Please read the privacy notice and tick to agree.")},
    )


class NoticeAgreeForm(forms.Form):
    """Asked again when a new version of the notice is in force."""

    agree = notice_agree_field()
    channels = ChannelsField()


class ChannelPreferencesForm(forms.Form):
    """A person's message settings: a tick per channel."""

    channels = ChannelsField(
        label=_("Send me messages about my training by"),
        help_text=_("Untick a channel to stop its messages; it takes effect at once."),
    )


class SignUpConsentForm(forms.Form):
    """Sign-up's consent: the channels for messages, and agreement to the notice in
    force (asked only when one is published)."""

    channels = ChannelsField()

    def __init__(self, *args, notice=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.notice = notice
        if notice is not None:
            self.fields["agree"] = notice_agree_field()
