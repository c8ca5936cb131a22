"""The offline verifier's page and manifest, without a browser (the browser test is
test_browser_offline_verifier.py): the camera allowed there only, the status lists it
keeps, and its own installable manifest in each language."""

import json

import pytest

pytestmark = pytest.mark.django_db


def test_the_verifier_page_alone_may_use_the_camera(client):
    page = client.get("/en/verify/offline/")
    assert page.status_code == 200
    assert "camera=(self)" in page["Permissions-Policy"]
    assert "microphone=()" in page["Permissions-Policy"]
    assert "camera=()" in client.get("/en/verify/")["Permissions-Policy"]
    # What the script keeps: the keys and every status list (list 0 with no certificate).
    body = page.content.decode()
    assert 'data-did-url="/.well-known/did.json"' in body
    assert 'data-status-lists="/credentials/status/0"' in body
    assert '<link rel="manifest" href="/en/verify/offline/manifest.webmanifest">' in body
    # The QR decoder for browsers without BarcodeDetector, named for the script to fetch.
    assert 'data-decoder-url="/static/vendor/jsqr/jsQR.js"' in body
    assert client.get("/static/vendor/jsqr/jsQR.js").status_code == 200


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Certificate verifier"), ("hi", "प्रमाण-पत्र जाँचक")]
)
def test_the_verifier_installs_as_its_own_app(client, language, name):
    manifest = json.loads(client.get(f"/{language}/verify/offline/manifest.webmanifest").content)
    start = f"/{language}/verify/offline/"
    assert manifest["name"] == name
    assert manifest["start_url"] == manifest["id"] == manifest["scope"] == start
    assert manifest["display"] == "standalone" and manifest["icons"]
    # The trainee app's manifest is unchanged.
    trainee = json.loads(client.get(f"/{language}/manifest.webmanifest").content)
    assert trainee["start_url"] == f"/{language}/learn/"
