"""SMS through an HTTP gateway, under India's DLT rules.

Every commercial SMS in India must carry a sender id (header) registered on a DLT
platform, the registering business's entity id, and the id of the content template it
matches, registered word for word, one per language. So each message template that goes
by SMS needs its DLT template ids in settings (``MESSAGING_SMS_DLT_TEMPLATE_IDS``, JSON:
``{"accounts/sign_in_code": {"en": "1107…", "hi": "1107…"}}``); a message without one is
failed at once (sending it would be refused or illegal) and the system check
``messaging.W001`` names what is missing.

The request is JSON (gateways differ in field names; adapt ``payload`` to yours):
``{"sender", "to" (91XXXXXXXXXX), "text", "unicode", "dlt_entity_id", "dlt_template_id",
"reference"}`` with ``Authorization: Bearer <MESSAGING_SMS_API_KEY>``; the answer's
``id`` is kept as the provider's id. ``reference`` is made from the message's key, the
same on every try, for gateways that drop repeats.
"""

import hashlib

from django.conf import settings

from messaging.addresses import phone_e164
from messaging.channels import ChannelAdapter, PermanentFailure
from messaging.channels.http import post_json, refuse, session_open


def reference(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def dlt_template_id(template_key: str, language: str) -> str:
    ids = settings.MESSAGING_SMS_DLT_TEMPLATE_IDS.get(template_key) or {}
    return ids.get(language, "")


class DltSmsGatewayAdapter(ChannelAdapter):
    def open(self) -> None:
        self.session = session_open()

    def close(self) -> None:
        self.session.close()

    def payload(self, message, rendered) -> dict:
        template_id = dlt_template_id(message.template_key, rendered.language)
        if not template_id:
            raise PermanentFailure(
                f"no DLT template id for {message.template_key} in {rendered.language}"
            )
        return {
            "sender": settings.MESSAGING_SMS_SENDER_ID,
            "to": phone_e164(message.address).lstrip("+"),
            "text": rendered.text,
            "unicode": not rendered.text.isascii(),
            "dlt_entity_id": settings.MESSAGING_SMS_DLT_ENTITY_ID,
            "dlt_template_id": template_id,
            "reference": reference(message.key),
        }

    def send(self, message, rendered) -> str:
        response = post_json(
            self.session,
            settings.MESSAGING_SMS_GATEWAY_URL,
            self.payload(message, rendered),
            {"Authorization": f"Bearer {settings.MESSAGING_SMS_API_KEY}"},
        )
        if response.status_code >= 300:
            raise refuse(response)
        return str(response.json().get("id", ""))
