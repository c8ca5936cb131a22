"""How a reminder reaches a person: their language, their name in it, and the first of the
rule's channels they agreed to, have an address for and did not opt out of.

Asked once per batch (one consent query and one opt-out query per channel), never once
per person. Consent is the sender's own look-up (``MESSAGING_CONSENT_LOOKUP``), so the
evaluation and the sender agree on who may get a promotional message.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

from messaging.addresses import PHONE_CHANNELS, address_normalise
from messaging.models import OptOut


@dataclass(frozen=True)
class Person:
    user_id: int
    name_en: str
    name_hi: str
    phone: str | None
    email: str
    preferred_language: str | None

    @property
    def language(self) -> str:
        """Their chosen language (their profile's) if the site has it; else the site's."""
        codes = {code for code, _name in settings.LANGUAGES}
        return (
            self.preferred_language
            if self.preferred_language in codes
            else (settings.LANGUAGE_CODE)
        )

    @property
    def name(self) -> str:
        return self.name_hi if self.language == "hi" and self.name_hi else self.name_en

    def address(self, channel: str) -> str:
        raw = self.phone if channel in PHONE_CHANNELS else self.email
        return address_normalise(channel, raw) if raw else ""


def channels_choose(people: list[Person], channels: list[str]) -> dict[int, tuple[str, str]]:
    """{user id: (channel, address)} for those a promotional message may reach."""
    path = settings.MESSAGING_CONSENT_LOOKUP
    if not people or not path:
        return {}
    lookup = import_string(path)
    ids = [person.user_id for person in people]
    allowed = {channel: lookup(ids, channel) for channel in channels}
    opted_out = {
        channel: set(
            OptOut.objects.filter(
                channel=channel,
                address__in={person.address(channel) for person in people} - {""},
            ).values_list("address", flat=True)
        )
        for channel in channels
    }
    chosen = {}
    for person in people:
        for channel in channels:
            address = person.address(channel)
            if (
                address
                and person.user_id in allowed[channel]
                and (address not in opted_out[channel])
            ):
                chosen[person.user_id] = (channel, address)
                break
    return chosen
