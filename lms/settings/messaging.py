"""E-mail, and the outbox's channels (SMS, WhatsApp), limits and consent. Part of ``base``
(imported there).
"""

import json
import os

from .environment import env_bool

# E-mail: the console by default; the backend and its settings from the environment
# (an SMTP relay, or the file backend with EMAIL_FILE_PATH to check what was sent).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "training@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# The outbox (messaging/outbox.py): a sender holds a message this long before another
# may take it; this many attempts before a message is "failed"; the domain of the
# Message-IDs made from each message's key (default: the sender's domain).
MESSAGING_LEASE_SECONDS = int(os.environ.get("MESSAGING_LEASE_SECONDS", "300"))
MESSAGING_MAX_ATTEMPTS = int(os.environ.get("MESSAGING_MAX_ATTEMPTS", "8"))
MESSAGING_MESSAGE_ID_DOMAIN = os.environ.get(
    "MESSAGING_MESSAGE_ID_DOMAIN", DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
)
MESSAGING_RETRY_BASE_SECONDS = int(os.environ.get("MESSAGING_RETRY_BASE_SECONDS", "30"))
# Which adapter sends each channel (messaging/channels/). The console adapter by default
# for SMS and WhatsApp: the message is in the admin's Outbox and the worker's log, and
# nothing leaves the machine. Production: MESSAGING_SMS_ADAPTER=
# messaging.channels.sms.DltSmsGatewayAdapter, MESSAGING_WHATSAPP_ADAPTER=
# messaging.channels.whatsapp.WhatsAppCloudAdapter (checked by `check --deploy`).
MESSAGING_ADAPTERS = {
    "email": "messaging.channels.email.EmailAdapter",
    "sms": os.environ.get("MESSAGING_SMS_ADAPTER", "messaging.channels.console.ConsoleAdapter"),
    "whatsapp": os.environ.get(
        "MESSAGING_WHATSAPP_ADAPTER", "messaging.channels.console.ConsoleAdapter"
    ),
}
# HTTP providers: seconds to connect and to wait for an answer; how long to wait after
# a 429 without Retry-After; the longest wait a sender holds a message for (longer: the
# message is given back and sent later).
MESSAGING_HTTP_CONNECT_TIMEOUT = float(os.environ.get("MESSAGING_HTTP_CONNECT_TIMEOUT", "3"))
MESSAGING_HTTP_TIMEOUT = float(os.environ.get("MESSAGING_HTTP_TIMEOUT", "10"))
MESSAGING_RATE_LIMIT_WAIT = float(os.environ.get("MESSAGING_RATE_LIMIT_WAIT", "1"))
MESSAGING_RATE_LIMIT_MAX_WAIT = float(os.environ.get("MESSAGING_RATE_LIMIT_MAX_WAIT", "30"))
# SMS gateway under India's DLT rules (messaging/channels/sms.py): the registered sender
# id (header), the business's entity id, and the DLT template id of each message
# template in each language, as JSON: {"accounts/sign_in_code": {"en": "...", "hi": "..."}}.
MESSAGING_SMS_GATEWAY_URL = os.environ.get("MESSAGING_SMS_GATEWAY_URL", "")
MESSAGING_SMS_API_KEY = os.environ.get("MESSAGING_SMS_API_KEY", "")
MESSAGING_SMS_SENDER_ID = os.environ.get("MESSAGING_SMS_SENDER_ID", "")
MESSAGING_SMS_DLT_ENTITY_ID = os.environ.get("MESSAGING_SMS_DLT_ENTITY_ID", "")
MESSAGING_SMS_DLT_TEMPLATE_IDS = json.loads(
    os.environ.get("MESSAGING_SMS_DLT_TEMPLATE_IDS") or "{}"
)
# The gateway's inbound messages (replies, STOP) are posted to /messaging/inbound/sms/<token>/.
MESSAGING_SMS_INBOUND_TOKEN = os.environ.get("MESSAGING_SMS_INBOUND_TOKEN", "")
# WhatsApp Cloud API (messaging/channels/whatsapp.py): the sending phone number's id, a
# system user's token, the approved template's name per message template (JSON; by
# default the key with "/" as "_"); the webhook's verify token and the app secret that
# signs its posts (/messaging/inbound/whatsapp/).
MESSAGING_WHATSAPP_API_URL = os.environ.get(
    "MESSAGING_WHATSAPP_API_URL", "https://graph.facebook.com/v21.0"
)
MESSAGING_WHATSAPP_PHONE_NUMBER_ID = os.environ.get("MESSAGING_WHATSAPP_PHONE_NUMBER_ID", "")
MESSAGING_WHATSAPP_TOKEN = os.environ.get("MESSAGING_WHATSAPP_TOKEN", "")
MESSAGING_WHATSAPP_TEMPLATES = json.loads(os.environ.get("MESSAGING_WHATSAPP_TEMPLATES") or "{}")
MESSAGING_WHATSAPP_VERIFY_TOKEN = os.environ.get("MESSAGING_WHATSAPP_VERIFY_TOKEN", "")
MESSAGING_WHATSAPP_APP_SECRET = os.environ.get("MESSAGING_WHATSAPP_APP_SECRET", "")
# Promotional messages (reminders): not in quiet hours ("" turns them off), at most
# MESSAGING_FREQUENCY_CAP per person in MESSAGING_FREQUENCY_WINDOW_HOURS, and only with
# consent, asked of the function named here: f(user_ids, channel) -> set of user ids
# (empty: no promotional message goes to anyone).
MESSAGING_QUIET_HOURS = os.environ.get("MESSAGING_QUIET_HOURS", "21:00-09:00")
MESSAGING_QUIET_HOURS_TIME_ZONE = os.environ.get("MESSAGING_QUIET_HOURS_TIME_ZONE", "Asia/Kolkata")
MESSAGING_FREQUENCY_CAP = int(os.environ.get("MESSAGING_FREQUENCY_CAP", "2"))
MESSAGING_FREQUENCY_WINDOW_HOURS = int(os.environ.get("MESSAGING_FREQUENCY_WINDOW_HOURS", "24"))
MESSAGING_CONSENT_LOOKUP = os.environ.get(
    "MESSAGING_CONSENT_LOOKUP", "consent.selectors.channels_allowed"
)
# An opt-out (the link, a STOP reply) is also written into the consent record, by the
# function named here: f(*, channel, address, recipient_id, method) (empty: not written).
MESSAGING_OPT_OUT_RECORD = os.environ.get(
    "MESSAGING_OPT_OUT_RECORD", "consent.services.opt_out_withdraw"
)
