"""The offline verifier (certificates/offline_verifier.py, static/js/verify-offline.js) in a
real headless Chromium on a phone-sized screen: opened once online, then with the network
switched off it answers for a valid, a revoked and a tampered QR code's address, says how
old its revocation list is, and opens for a QR code's short address scanned offline."""

from pathlib import Path

import pytest

from django.conf import settings

from certificates import issuing
from certificates.credentials import keys
from certificates.credentials.printed import qr_fragment
from certificates.tests.test_certificates import leader
from lms.chromium import PHONE
from organisation.tests.factories import coordinator_create

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

READY = "#offline-verifier[data-ready=yes]"
WORDS = {
    "en": {"valid": "Valid", "forged": "Forged", "checked": "Revocation list checked"},
    "hi": {"valid": "मान्य", "forged": "जाली", "checked": "रद्दीकरण सूची जारीकर्ता से"},
}


def valid_and_revoked(training):
    """Two certificates, issued (their PDFs rendered) with SITE_URL as it is, the second
    revoked since; each with its QR code's proof as printed (a printout keeps its QR
    code): (valid, valid_proof, revoked, revoked_proof)."""
    coordinator = coordinator_create("in-mp")
    valid = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Asha Verma", name_hi="आशा वर्मा"),
        issued_by=coordinator,
    )
    revoked = issuing.certificate_issue(
        leadership=leader(training, coordinator), issued_by=coordinator
    )
    key = keys.issuer_keyring().current()
    valid_proof, revoked_proof = qr_fragment(valid, key), qr_fragment(revoked, key)
    issuing.certificate_revoke(certificate=revoked, revoked_by=coordinator, reason="test")
    return valid, valid_proof, revoked, revoked_proof


def opened_then_offline(page, verifier_url: str) -> None:
    """The verifier opened once online (it keeps what it needs), then the network
    switched off and the page opened again: from the phone now."""
    page.goto(verifier_url)
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    page.wait_for_selector(READY, timeout=20_000)
    page.context.set_offline(True)
    page.reload()
    page.wait_for_selector(READY, timeout=15_000)


def verdict(page, address: str) -> tuple[str, str]:
    page.fill("#verifier-input", address)
    page.evaluate("document.getElementById('offline-verifier').removeAttribute('data-result')")
    page.click("[data-check-form] button[type=submit]")
    page.wait_for_selector("#offline-verifier[data-result]", state="attached", timeout=15_000)
    return (
        page.get_attribute("#offline-verifier", "data-result"),
        page.get_attribute("#offline-verifier", "data-reason"),
    )


AGE_THE_KEPT_LIST = """async (ms) => {
  const cache = await caches.open("verifier");
  const state = await (await cache.match("/verify/offline/kept-state")).json();
  state.checkedAt -= ms;
  await cache.put("/verify/offline/kept-state", new Response(JSON.stringify(state)));
}"""


def compare(page, fields: dict[str, str]) -> str:
    for selector, value in fields.items():
        page.fill(selector, value)
    page.evaluate(
        "document.getElementById('offline-verifier').removeAttribute('data-printed-result')"
    )
    page.click("[data-printed-form] button[type=submit]")
    page.wait_for_selector("#offline-verifier[data-printed-result]", state="attached")
    return page.get_attribute("#offline-verifier", "data-printed-result")


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def test_the_offline_verifier_answers_with_the_network_off(
    chromium_browser, live_server, training, settings
):
    settings.SITE_URL = base = live_server.url
    valid, valid_proof, revoked, revoked_proof = valid_and_revoked(training)
    valid_url = f"{base}/v/{valid.code}#{valid_proof}"
    revoked_url = f"{base}/v/{revoked.code}#{revoked_proof}"
    # Tampered: the revoked certificate's proof pointed at the valid one's place in the
    # list (to hide the revocation), and a genuine proof copied under another code.
    version, tag, number, _index, digest, signature = revoked_proof.split(".")
    valid_index = valid_proof.split(".")[3]
    hidden = f"{base}/v/{revoked.code}#" + ".".join(
        [version, tag, number, valid_index, digest, signature]
    )
    copied = f"{base}/v/{revoked.code}#{valid_proof}"

    for language in ("en", "hi"):
        context = chromium_browser.new_context(**PHONE, locale=f"{language}-IN")
        page = context.new_page()
        opened_then_offline(page, f"{base}/{language}/verify/offline/")
        assert page.is_visible("[data-freshness=ready]")
        assert page.inner_text("[data-age]").strip()
        assert verdict(page, valid_url) == ("valid", "")
        assert valid.code in page.inner_text("[data-result-code]")
        assert WORDS[language]["valid"] in page.inner_text("[data-verdict=valid]")
        assert WORDS[language]["checked"] in page.inner_text("[data-freshness=ready]")
        # The printed details typed in, offline: the signed ones, then one letter off.
        page.click("[data-printed] summary")
        printed = {
            "#printed-name-en": valid.name_en,
            "#printed-name-hi": valid.name_hi,
            "#printed-unit-en": valid.unit_en,
            "#printed-unit-hi": valid.unit_hi or valid.unit_en,
            "#printed-issued-on": valid.issued_on.isoformat(),
        }
        page.select_option("#printed-level", valid.level)
        assert compare(page, printed) == "match"
        shot(page, f"offline-verifier-valid-{language}")
        assert compare(page, {**printed, "#printed-name-en": "Asha Varma"}) == "differ"
        assert verdict(page, revoked_url) == ("revoked", "")
        shot(page, f"offline-verifier-revoked-{language}")
        assert verdict(page, hidden) == ("forged", "")
        assert WORDS[language]["forged"] in page.inner_text("[data-verdict=forged]")
        shot(page, f"offline-verifier-forged-{language}")
        assert verdict(page, copied) == ("forged", "")
        # What cannot be decided offline says why.
        assert verdict(page, valid.code) == ("unknown", "no-proof")
        assert verdict(page, valid_url[:-20]) == ("unknown", "damaged")
        assert verdict(page, f"https://elsewhere.example/v/{valid.code}#{valid_proof}") == (
            "unknown",
            "other-site",
        )
        if language == "en":
            # A list last checked eight days ago: said, with a warning to refresh.
            page.evaluate(AGE_THE_KEPT_LIST, 8 * 24 * 3600 * 1000)
            page.reload()
            page.wait_for_selector(READY, timeout=15_000)
            assert page.inner_text("[data-age]") == "8 days ago"
            assert page.is_visible("[data-freshness=stale]")
            shot(page, "offline-verifier-stale-en")
        # A printed QR code scanned with the phone's camera app, offline: its short
        # address opens the kept verifier, which checks it at once.
        page.goto(revoked_url)
        page.wait_for_selector("#offline-verifier[data-result]", state="attached", timeout=15_000)
        assert page.get_attribute("#offline-verifier", "data-result") == "revoked"
        context.close()
