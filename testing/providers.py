"""Local fakes of the messaging providers' HTTP APIs, on a loopback port: `fake_sms_gateway`,
`fake_whatsapp` (fixtures that also point the settings at them), and `FakeProvider` itself
for benchmarks.

Each fake keeps what it accepted (``accepted``: the JSON bodies, in order) and can be told
to misbehave: ``script`` answers the next requests from a list (``"429"``, ``"500"``,
``"400"``, ``"throttle"`` for WhatsApp's error 130429, ``"timeout"``: no answer for
``hang_seconds``, and nothing accepted), ``rate_per_second`` answers 429 with Retry-After
to requests above a rate, and ``timeout_every`` hangs on every n-th request.
"""

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class FakeProvider:
    """One fake; ``kind`` is "sms" (a DLT gateway) or "whatsapp" (the Cloud API)."""

    def __init__(self, kind: str, token: str = "test-token"):  # noqa: S107 (a fake's)
        self.kind, self.token = kind, token
        self.accepted: list[dict] = []
        self.requests = 0
        self.script: list[str] = []
        self.rate_per_second = 0
        self.retry_after = 0.2
        self.timeout_every = 0
        self.hang_seconds = 1.0
        self._lock = threading.Lock()
        self._window: list[float] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def key_of(self, body: dict) -> str:
        """What tells one message from another: the SMS reference, WhatsApp's to + body."""
        if self.kind == "sms":
            return body.get("reference", "")
        parameters = body["template"]["components"][0]["parameters"]
        return body["to"] + "|" + "|".join(p["text"] for p in parameters)

    def duplicates(self) -> int:
        return sum(n - 1 for n in Counter(map(self.key_of, self.accepted)).values() if n > 1)

    def _decide(self) -> str:
        """What to answer this request: "ok" or a misbehaviour."""
        with self._lock:
            self.requests += 1
            if self.script:
                return self.script.pop(0)
            if self.timeout_every and self.requests % self.timeout_every == 0:
                return "timeout"
            if self.rate_per_second:
                now = time.monotonic()
                self._window = [t for t in self._window if t > now - 1]
                if len(self._window) >= self.rate_per_second:
                    return "429"
                self._window.append(now)
            return "ok"

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real providers
            # The headers and the body go out in two writes: with Nagle's algorithm the
            # body waited for the client's delayed ACK, 40 ms a message (real servers set
            # TCP_NODELAY); the benchmark measured the fake instead of the sender.
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def answer(self, status: int, body: dict, headers=()):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def error(self, status: int, code: int, text: str):
                if fake.kind == "whatsapp":
                    body = {"error": {"message": text, "type": "OAuthException", "code": code}}
                else:
                    body = {"status": "error", "code": code, "message": text}
                self.answer(status, body)

            def do_POST(self):  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.headers.get("Authorization") != f"Bearer {fake.token}":
                    return self.error(401, 190, "Invalid OAuth access token")
                if fake.kind == "whatsapp" and not self.path.endswith("/messages"):
                    return self.error(404, 100, "Unknown path")
                action = fake._decide()
                if action == "timeout":
                    time.sleep(fake.hang_seconds)  # then drop it: nothing accepted
                    self.close_connection = True
                    return None
                if action == "429":
                    return self.answer(
                        429,
                        {"error": "too many requests"},
                        [("Retry-After", str(fake.retry_after))],
                    )
                if action == "throttle":
                    return self.error(400, 130429, "Rate limit hit")
                if action == "500":
                    return self.error(500, 1, "Internal error")
                if action == "400":
                    return self.error(400, 131026, "Message undeliverable")
                problem = self.invalid(body)
                if problem:
                    return self.error(400, 100, problem)
                with fake._lock:
                    fake.accepted.append(body)
                    n = len(fake.accepted)
                if fake.kind == "whatsapp":
                    return self.answer(
                        200,
                        {
                            "messaging_product": "whatsapp",
                            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                            "messages": [{"id": f"wamid.fake{n}"}],
                        },
                    )
                return self.answer(200, {"status": "accepted", "id": f"sms-{n}"})

            def invalid(self, body: dict) -> str:
                """What a real provider would refuse in the request's shape."""
                if fake.kind == "sms":
                    needed = ("sender", "to", "text", "dlt_entity_id", "dlt_template_id")
                    missing = [name for name in needed if not body.get(name)]
                    return f"missing {missing}" if missing else ""
                template = body.get("template") or {}
                if body.get("messaging_product") != "whatsapp" or body.get("type") != "template":
                    return "not a template message"
                if not template.get("name") or not (template.get("language") or {}).get("code"):
                    return "template name and language are required"
                return ""

        return Handler


@pytest.fixture
def fake_sms_gateway(settings):
    """A DLT SMS gateway on a loopback port, and the settings that send SMS through it."""
    fake = FakeProvider("sms").start()
    settings.MESSAGING_ADAPTERS = {
        **settings.MESSAGING_ADAPTERS,
        "sms": "messaging.channels.sms.DltSmsGatewayAdapter",
    }
    settings.MESSAGING_SMS_GATEWAY_URL = fake.url + "/v1/sms"
    settings.MESSAGING_SMS_API_KEY = fake.token
    settings.MESSAGING_SMS_SENDER_ID = "VOLTRN"
    settings.MESSAGING_SMS_DLT_ENTITY_ID = "1101000000000000001"
    settings.MESSAGING_SMS_DLT_TEMPLATE_IDS = {
        key: {"en": f"1107{n:015d}", "hi": f"1107{n + 500:015d}"}
        for n, key in enumerate(["accounts/sign_in_code", "reminders/lesson_waiting"])
    }
    settings.MESSAGING_HTTP_TIMEOUT = 0.5
    yield fake
    fake.stop()


@pytest.fixture
def fake_whatsapp(settings):
    """The WhatsApp Cloud API on a loopback port, and the settings that send through it."""
    fake = FakeProvider("whatsapp").start()
    settings.MESSAGING_ADAPTERS = {
        **settings.MESSAGING_ADAPTERS,
        "whatsapp": "messaging.channels.whatsapp.WhatsAppCloudAdapter",
    }
    settings.MESSAGING_WHATSAPP_API_URL = fake.url + "/v21.0"
    settings.MESSAGING_WHATSAPP_PHONE_NUMBER_ID = "100200300"
    settings.MESSAGING_WHATSAPP_TOKEN = fake.token
    settings.MESSAGING_HTTP_TIMEOUT = 0.5
    yield fake
    fake.stop()
