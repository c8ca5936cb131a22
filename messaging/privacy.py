"""What the outbox holds about a person, for the registry of personal data."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from messaging.addresses import address_normalise
from messaging.models import OptOut, OutboxMessage
from privacy.registry import Holding, Provider, Section, Subject, register

#: The last error of a message that was not sent because its recipient was erased.
ERASED_ERROR = "Not sent: the recipient's data was erased."


@register
class MessagingProvider(Provider):
    order = 200
    holdings = (
        Holding(
            "messaging.OutboxMessage",
            ("recipient", "address", "context"),
            "Messages sent to the person: the address (e-mail or mobile number), what "
            "the message said (template and its values), when it was sent.",
            "Telling volunteers about their certificates, their team, their data.",
            "Address and contents removed; a message not yet sent is not sent. The row "
            "(template, status, dates) is kept for the delivery counts.",
            who="Administrators; the person.",
        ),
        Holding(
            "messaging.OptOut",
            ("recipient", "address"),
            "Addresses (mobile number or e-mail) that asked for no more reminders on a "
            "channel, when and how (the link in a message, or STOP).",
            "Sending no promotional message to someone who said stop.",
            "Deleted: an erased person has no consent to promotional messages either, so "
            "nothing is sent to them.",
            who="Administrators.",
        ),
    )

    def export(self, subject: Subject) -> list[Section]:
        messages = OutboxMessage.objects.filter(recipient_id=subject.user_id).order_by("created_at")
        return [
            Section(
                "messages",
                _("Messages sent to you"),
                [
                    {
                        _("message"): m.template_key.replace("_", " "),
                        _("channel"): m.get_channel_display(),
                        _("address"): m.address,
                        _("status"): m.get_status_display(),
                        _("sent"): m.sent_at or "",
                    }
                    for m in messages
                ],
            )
        ]

    def erase(self, subjects: list[Subject]) -> None:
        addresses = {v for s in subjects for v in (s.email, s.phone) if v}
        theirs = OutboxMessage.objects.filter(
            Q(recipient_id__in=[s.user_id for s in subjects]) | Q(address__in=addresses)
        )
        unsent = [OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING]
        theirs.filter(status__in=unsent).update(
            status=OutboxMessage.Status.FAILED, error=ERASED_ERROR, claimed_at=None
        )
        theirs.exclude(address="").update(address="", context={})
        OptOut.objects.filter(
            Q(recipient_id__in=[s.user_id for s in subjects])
            | Q(address__in=[address_normalise("sms", s.phone) for s in subjects if s.phone])
            | Q(address__in=[s.email.lower() for s in subjects if s.email])
        ).delete()
