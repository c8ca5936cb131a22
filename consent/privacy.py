"""What the consent app holds about a person, for the registry of personal data."""

from django.utils.translation import gettext_lazy as _

from consent.models import ChannelConsent, ChannelConsentChange, NoticeConsent
from privacy.registry import Holding, Provider, Section, Subject, register


@register
class ConsentProvider(Provider):
    holdings = (
        Holding(
            "consent.NoticeConsent",
            ("user", "recorded_by"),
            "Which version of the privacy notice the person agreed to, when and how (sign-up, "
            "import with the organisation's own record, sign-in by phone, asked again).",
            "Proof that the person was told how their data is used and agreed (DPDP Act).",
            "Kept, tied to the pseudonymised account: the record that consent was given.",
            who="The person; administrators.",
        ),
        Holding(
            "consent.ChannelConsent",
            ("user",),
            "Whether the person agrees to messages by e-mail, SMS and WhatsApp now.",
            "Sending reminders only on the channels the person agreed to.",
            "Deleted: an erased person is sent nothing.",
            who="The person; the application before each message.",
        ),
        Holding(
            "consent.ChannelConsentChange",
            ("user",),
            "Each grant and withdrawal of message consent, with when and how.",
            "Showing when and how consent to messages was given or withdrawn.",
            "Kept, tied to the pseudonymised account (channel, yes or no, when, how).",
            who="The person; administrators.",
        ),
    )

    def export(self, subject: Subject) -> list[Section]:
        notices = NoticeConsent.objects.filter(user_id=subject.user_id).select_related("notice")
        changes = ChannelConsentChange.objects.filter(user_id=subject.user_id).order_by(
            "changed_at", "pk"
        )
        return [
            Section(
                "notice_consents",
                _("Privacy notice you agreed to"),
                [
                    {
                        _("version"): c.notice.version,
                        _("given at"): c.given_at,
                        _("how"): c.get_method_display(),
                    }
                    for c in notices.order_by("given_at", "pk")
                ],
            ),
            Section(
                "message_consents",
                _("Changes to your message settings"),
                [
                    {
                        _("channel"): c.get_channel_display(),
                        _("allowed"): _("yes") if c.allowed else _("no"),
                        _("when"): c.changed_at,
                        _("how"): c.get_method_display(),
                    }
                    for c in changes
                ],
            ),
        ]

    def erase(self, subjects: list[Subject]) -> None:
        ChannelConsent.objects.filter(user_id__in=[s.user_id for s in subjects]).delete()
