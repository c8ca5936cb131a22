"""The default adapter for SMS and WhatsApp on a developer's machine: nothing leaves it.

The message is marked sent with a ``console:`` id; its text is written to the log (the
worker's output) and the admin's Outbox shows it, sign-in codes included.
"""

import logging

from messaging.channels import ChannelAdapter

logger = logging.getLogger("messaging.console")


class ConsoleAdapter(ChannelAdapter):
    scrub_secrets = False

    def send(self, message, rendered) -> str:
        logger.info(
            "%s to %s (%s, %s):\n%s",
            message.get_channel_display(),
            message.address,
            message.template_key,
            message.language,
            rendered.text,
        )
        return f"console:{message.pk}"
