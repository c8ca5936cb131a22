"""What the accounts app holds about a person, for the registry of personal data."""

from django.utils.translation import gettext_lazy as _

from accounts.models import PhoneDevice
from privacy.registry import Holding, Provider, Section, Subject, register


@register
class AccountsProvider(Provider):
    holdings = (
        Holding(
            "accounts.PhoneDevice",
            ("user", "phone"),
            "The mobile number the last sign-in code went to, by SMS or WhatsApp; the "
            "code's keyed hash (never the code), until when it works, wrong tries.",
            "Signing in with a code sent to the person's phone.",
            "Deleted.",
            who="Nobody reads the hash; the application checks it.",
        ),
    )

    def export(self, subject: Subject) -> list[Section]:
        devices = PhoneDevice.objects.filter(user_id=subject.user_id)
        return [
            Section(
                "sign_in_phone",
                _("Signing in by code"),
                [
                    {
                        _("mobile number"): d.phone,
                        _("channel"): d.get_channel_display(),
                        _("last code valid until"): d.valid_until,
                    }
                    for d in devices
                ],
            )
        ]

    def erase(self, subjects: list[Subject]) -> None:
        PhoneDevice.objects.filter(user_id__in=[s.user_id for s in subjects]).delete()
