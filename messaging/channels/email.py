"""E-mail through Django's e-mail backends (SMTP, or a provider's API with django-anymail).

Each message's Message-ID is made from its key (``outbox.message_id``), the same on every
send, so a provider or the reader's mail program can drop a repeat. Promotional e-mails
carry ``List-Unsubscribe`` with one-click POST (RFC 8058): mail programs show their own
unsubscribe button, which needs no page at all.
"""

import hashlib
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from messaging import registry
from messaging.channels import ChannelAdapter, PermanentFailure, TemporaryFailure
from messaging.rendering import opt_out_url


def message_id(key: str) -> str:
    """The same Message-ID for every send of the same message."""
    domain = settings.MESSAGING_MESSAGE_ID_DOMAIN
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}@{domain}>"


class EmailAdapter(ChannelAdapter):
    def open(self) -> None:
        self.connection = get_connection()

    def close(self) -> None:
        self.connection.close()

    def build(self, message, rendered) -> EmailMessage:
        headers = {"Message-ID": message_id(message.key)}
        if registry.get(message.template_key).purpose == registry.PROMOTIONAL:
            headers["List-Unsubscribe"] = f"<{opt_out_url(message.pk)}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        return EmailMessage(
            subject=rendered.subject,
            body=rendered.text,
            to=[message.address],
            headers=headers,
            connection=self.connection,
        )

    def send(self, message, rendered) -> str:
        email = self.build(message, rendered)
        try:
            self.connection.open()  # once per task; a refused connection fails this message
            email.send()
        except smtplib.SMTPRecipientsRefused as error:
            raise PermanentFailure(f"recipient refused: {error}") from error
        except (TimeoutError, smtplib.SMTPException, OSError) as error:
            raise TemporaryFailure(f"{type(error).__name__}: {error}") from error
        return email.extra_headers["Message-ID"]
