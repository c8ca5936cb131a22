"""Which client a quiz answer came from, as a keyed hash: enough to see many accounts
answering from one phone or browser (the answer-sharing report), never enough to recover
the address. The key is derived from SECRET_KEY, so the hashes cannot be matched against
a list of addresses by anyone without it; rotating SECRET_KEY starts new hashes."""

import hashlib
import hmac

from django.conf import settings

from lms.rate_limit import client_ip


def client_fingerprint(request) -> str:
    """32 hex characters for this request's address and browser (its User-Agent)."""
    key = hashlib.sha256(b"quiz-answer-client:" + settings.SECRET_KEY.encode()).digest()
    agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    message = f"{client_ip(request)}|{agent}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
