"""Channel adapters: one interface, one class per way of reaching a person.

The sender (``messaging.outbox``) gives an adapter a claimed outbox row and its rendered
text; the adapter hands it to the provider and returns the provider's message id, or
raises one of the three failures below, which decide what the sender does next:

- ``PermanentFailure``: the provider refused this message for good (a 4xx: a bad number,
  an unregistered template). The message is "failed" at once; retrying cannot help.
- ``TemporaryFailure``: the provider could not take it now (a 5xx, a timeout, a refused
  connection). Tried again with back-off, up to ``MESSAGING_MAX_ATTEMPTS``.
- ``RateLimited``: the provider asked us to slow down (429). Not counted as an attempt:
  the sender waits ``retry_after`` and goes on at the provider's pace, in order.

Which adapter serves a channel is a setting (``MESSAGING_ADAPTERS``): the console adapter
by default for SMS and WhatsApp, so ``make run`` needs no account anywhere (the message
is in the admin's Outbox and the worker's log), and Django's e-mail backend for e-mail.
"""

from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string


class DeliveryFailure(Exception):
    pass


class PermanentFailure(DeliveryFailure):
    pass


class TemporaryFailure(DeliveryFailure):
    pass


class RateLimited(TemporaryFailure):
    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class ChannelAdapter:
    """The interface. ``open``/``close`` bracket a send task (a connection, a session)."""

    #: Secret variables (a sign-in code) are removed from the row once it is done with.
    #: The console adapter keeps them: on a developer's machine the admin shows the code.
    scrub_secrets = True

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def send(self, message, rendered) -> str:
        """Hand the message to the provider; return its id for the message."""
        raise NotImplementedError


@cache
def adapter_class(channel: str) -> type[ChannelAdapter]:
    try:
        path = settings.MESSAGING_ADAPTERS[channel]
    except KeyError:
        raise LookupError(f"no adapter for the {channel} channel (MESSAGING_ADAPTERS)") from None
    return import_string(path)


@receiver(setting_changed)
def _forget_adapters(*, setting, **kwargs):
    if setting == "MESSAGING_ADAPTERS":
        adapter_class.cache_clear()
