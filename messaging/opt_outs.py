"""Opt-outs: the one-tap link in a message, and the STOP keyword a person sends back."""

from django.db import transaction

from messaging.addresses import address_normalise
from messaging.models import OptOut
from messaging.signals import opted_out

#: The first word of a reply that means "no more" (English and Hindi, as people write it).
STOP_WORDS = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "रोकें", "रोको", "बंद", "band"}
)


def is_stop(text: str) -> bool:
    words = (text or "").strip().lower().split()
    return bool(words) and words[0].strip(".!") in STOP_WORDS


@transaction.atomic
def opt_out_record(*, channel: str, address: str, method: str, recipient_id=None) -> OptOut:
    """Record that an address wants no more promotional messages on a channel; idempotent.

    The sender reads this before every message, so it holds from the next one.
    """
    opt_out, created = OptOut.objects.get_or_create(
        channel=channel,
        address=address_normalise(channel, address),
        defaults={"method": method, "recipient_id": recipient_id},
    )
    if created:
        transaction.on_commit(
            lambda: opted_out.send(
                sender=OptOut,
                channel=channel,
                address=opt_out.address,
                recipient_id=recipient_id,
                method=method,
            )
        )
    return opt_out
