"""WhatsApp through the Cloud API's template messages.

Outside a 24-hour conversation the person opened, a business may only send templates
Meta has approved: ``POST {MESSAGING_WHATSAPP_API_URL}/{phone-number-id}/messages`` with
the template's name (``MESSAGING_WHATSAPP_TEMPLATES``, JSON ``{"accounts/sign_in_code":
"sign_in_code"}``; by default the key with ``/`` as ``_``), its language (``en``,
``hi``) and the body parameters in order. Authentication templates repeat the code in
their copy-code button (``MessageTemplate.whatsapp_button``).

Errors: the Cloud API answers throttling with HTTP 429 or with error codes 4, 80007,
130429, 131048 and 131056 (usually HTTP 400): those wait and go on; its "try again"
codes (131000, 133004, and any 5xx) are temporary; other 4xx refuse the message.
"""

from django.conf import settings

from messaging.addresses import phone_e164
from messaging.channels import ChannelAdapter, RateLimited, TemporaryFailure
from messaging.channels.http import post_json, refuse, session_open

THROTTLED = {4, 80007, 130429, 131048, 131056}
TRY_AGAIN = {1, 2, 131000, 133004}


def template_name(template_key: str) -> str:
    names = settings.MESSAGING_WHATSAPP_TEMPLATES
    return names.get(template_key) or template_key.replace("/", "_")


class WhatsAppCloudAdapter(ChannelAdapter):
    def open(self) -> None:
        self.session = session_open()
        base = settings.MESSAGING_WHATSAPP_API_URL.rstrip("/")
        self.url = f"{base}/{settings.MESSAGING_WHATSAPP_PHONE_NUMBER_ID}/messages"

    def close(self) -> None:
        self.session.close()

    def payload(self, message, rendered) -> dict:
        components = [
            {
                "type": "body",
                "parameters": [{"type": "text", "text": value} for value in rendered.parameters],
            }
        ]
        if rendered.button:
            components.append(
                {
                    "type": "button",
                    "sub_type": "url",
                    "index": "0",
                    "parameters": [{"type": "text", "text": rendered.button}],
                }
            )
        return {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": phone_e164(message.address).lstrip("+"),
            "type": "template",
            "template": {
                "name": template_name(message.template_key),
                "language": {"code": rendered.language},
                "components": components,
            },
        }

    def send(self, message, rendered) -> str:
        response = post_json(
            self.session,
            self.url,
            self.payload(message, rendered),
            {"Authorization": f"Bearer {settings.MESSAGING_WHATSAPP_TOKEN}"},
        )
        if response.status_code < 300:
            return response.json()["messages"][0]["id"]
        try:
            code = int(response.json()["error"]["code"])
        except (ValueError, KeyError, TypeError):
            code = None
        if code in THROTTLED:
            raise RateLimited(f"WhatsApp error {code}", settings.MESSAGING_RATE_LIMIT_WAIT)
        if code in TRY_AGAIN:
            raise TemporaryFailure(f"WhatsApp error {code}: {response.text[:300]}")
        raise refuse(response)
