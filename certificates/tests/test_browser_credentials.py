"""The QR code's own proof, checked by the verification page in a real Chromium
(static/js/verify-qr.js with WebCrypto's Ed25519): genuine, edited details, a forged
signature and a damaged proof each get their own answer; screenshots at phone size."""

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest

from django.conf import settings

from certificates import issuing
from certificates.credentials import keys
from certificates.credentials.printed import (
    b64,
    key_tag,
    printed_digest,
    printed_fields,
    qr_fragment,
)
from certificates.tests.test_certificates import leader
from lms.chromium import PHONE
from organisation.tests.factories import coordinator_create

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def result(page, url: str) -> str:
    page.goto(url)
    page.wait_for_selector("#qr-proof[data-qr-result]", state="attached", timeout=15_000)
    return page.get_attribute("#qr-proof", "data-qr-result")


def test_the_verification_page_checks_the_qr_proof_field_by_field(
    chromium_browser, live_server, training, settings
):
    settings.SITE_URL = live_server.url
    coordinator = coordinator_create("in-mp")
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Asha Verma", name_hi="आशा वर्मा"),
        issued_by=coordinator,
    )
    key = keys.issuer_keyring().current()
    address = f"{live_server.url}/v/{certificate.code}#"
    genuine = qr_fragment(certificate, key)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for locale, words in (("en-IN", "Asha Verma"), ("hi-IN", "आशा वर्मा")):
        page = chromium_browser.new_context(**PHONE, locale=locale).new_page()
        assert result(page, address + genuine) == "genuine"
        assert words in page.inner_text(".qr-proof-fields")
        page.screenshot(path=SCREENSHOTS / f"verify-qr-proof-{locale[:2]}.png", full_page=True)

    page = chromium_browser.new_context(**PHONE).new_page()
    # The issuer's real key, for other details (a name changed by one letter).
    fields = {f: getattr(certificate, f) for f in ("pk", "code", "level", "unit_en", "unit_hi")}
    edited = SimpleNamespace(
        **fields, name_en="Asha Varma", name_hi="आशा वर्मा", issued_on=certificate.issued_on
    )
    assert result(page, address + qr_fragment(edited, key)) == "mismatch"
    page.screenshot(path=SCREENSHOTS / "verify-qr-proof-mismatch-en.png", full_page=True)
    # Another key under our key's name.
    other = keys.IssuerKey(**{
        **{f.name: getattr(key, f.name) for f in dataclasses.fields(key)},
        "private": keys.OKPKey.generate_key("Ed25519"),
    })  # fmt: skip
    assert result(page, address + qr_fragment(certificate, other)) == "forged"
    # A QR code printed before version 2 (c1: the digest alone is signed) still checks.
    digest = printed_digest(printed_fields(certificate))
    legacy = ".".join([
        "c1", key_tag(key), b64(digest),
        b64(key.private.private_key.sign(b"lms-certificate-qr-1." + digest)),
    ])  # fmt: skip
    assert result(page, address + legacy) == "genuine"
    # Cut short (a torn or smudged code read partly).
    assert result(page, address + genuine[:-7]) == "malformed"
    # No fragment: the page as the server wrote it, no verdict of the QR code's.
    page.goto(address.rstrip("#"))
    page.wait_for_selector(".verdict")
    assert page.get_attribute("#qr-proof", "data-qr-result") is None
