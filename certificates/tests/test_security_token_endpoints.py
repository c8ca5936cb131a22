"""The views that are CSRF-exempt by design (security_matrix.TOKEN_AUTHENTICATED): each is
exempt on purpose, and each refuses a request that lacks its secret, changing nothing."""

import pytest

from django.urls import get_resolver

from certificates.tests.security_matrix import TOKEN_AUTHENTICATED, walk
from messaging.models import OptOut

pytestmark = pytest.mark.django_db


def test_exactly_these_views_are_csrf_exempt():
    exempt = {
        name
        for _route, name, callback, _module in walk(get_resolver().url_patterns)
        if getattr(callback, "csrf_exempt", False) and name in TOKEN_AUTHENTICATED
    }
    assert exempt == set(TOKEN_AUTHENTICATED)


def test_without_their_secret_they_refuse_and_record_no_opt_out(client, settings):
    settings.MESSAGING_SMS_INBOUND_TOKEN = "the-gateways-secret"
    settings.MESSAGING_WHATSAPP_APP_SECRET = "the-apps-secret"
    stop = {"from": "9876543210", "text": "STOP"}
    assert client.post("/o/not-a-token").status_code == 400
    assert client.post("/messaging/inbound/sms/wrong/", stop).status_code == 403
    response = client.post(
        "/messaging/inbound/whatsapp/", b"{}", content_type="application/json",
        headers={"X-Hub-Signature-256": "sha256=forged"},
    )  # fmt: skip
    assert response.status_code == 403
    assert client.get("/messaging/inbound/whatsapp/?hub.mode=subscribe").status_code == 403
    assert not OptOut.objects.exists()
    # With it, the gateway's STOP is heard (the endpoint works, the refusal is the secret's).
    assert client.post("/messaging/inbound/sms/the-gateways-secret/", stop).status_code == 200
    assert OptOut.objects.count() == 1
