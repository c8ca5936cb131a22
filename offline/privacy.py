"""What the offline app holds about a person, for the registry of personal data."""

from offline.models import ReplayKey
from privacy.registry import Holding, Provider, Subject, register


@register
class OfflineProvider(Provider):
    holdings = (
        Holding(
            "offline.ReplayKey",
            ("user",),
            "Random keys of progress sent from a phone after being offline.",
            "Counting progress made offline once.",
            "Deleted.",
            who="Nobody reads them; the application checks them.",
            retention="Until the person is erased.",
        ),
    )

    def erase(self, subjects: list[Subject]) -> None:
        ReplayKey.objects.filter(user_id__in=[s.user_id for s in subjects]).delete()
