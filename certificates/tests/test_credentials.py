"""Signed credentials checked by an independent verifier (independent_verifier.py): every
certificate verifies; any change to what it says, another key, a revocation, or a
signature outside its key's window is rejected; rotation keeps old ones verifying."""

import base64
import datetime
import json
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from django.utils import timezone

from certificates import issuing
from certificates.credentials import keys, signing
from certificates.credentials.badge import leadership_credential
from certificates.credentials.resign import credentials_resign
from certificates.models import Certificate
from certificates.tests.independent_verifier import Rejected, b64url, verify_credential
from certificates.tests.test_certificates import leader
from organisation.tests.factories import coordinator_create, unit

pytestmark = pytest.mark.django_db

LEADERS = [
    ("Anuradha Subramaniam", "अनुराधा सुब्रमण्यम", "in-mp-indore"),
    ("Farah Khan", "फ़राह ख़ान", "in-mp-bhopal"),
    ("Om Prakash Meena", "ओम प्रकाश मीणा", "in-mp-indore"),
]


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


@pytest.fixture
def fetch(client):
    def get(url: str) -> bytes:
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, (url, response.status_code)
        return response.content

    return get


@pytest.fixture
def certificates(training, coordinator, django_capture_on_commit_callbacks):
    """Certificates as the product issues them: one at a time, and a batch."""
    name_en, name_hi, district = LEADERS[0]
    one = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en=name_en, name_hi=name_hi),
        issued_by=coordinator,
    )
    for name_en, name_hi, district in LEADERS[1:]:
        leader(training, coordinator, name_en=name_en, name_hi=name_hi, district=district)
    with django_capture_on_commit_callbacks(execute=True):
        issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    batch = list(Certificate.objects.exclude(pk=one.pk).order_by("pk"))
    assert [c.status for c in [one, *batch]] == ["issued"] * 3
    return [one, *batch]


def wallet_file(client, certificate) -> str:
    response = client.get(f"/v/{certificate.code}.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert "attachment" in response["Content-Disposition"]
    return response.content.decode()


def tampered(token: str, change) -> str:
    """The token with its payload changed and the original signature kept."""
    header, payload, signature = token.split(".")
    claims = json.loads(b64url(payload))
    change(claims)
    body = json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode()
    return ".".join([header, base64.urlsafe_b64encode(body).rstrip(b"=").decode(), signature])


def test_every_certificate_verifies_independently_and_says_what_the_page_says(
    client, certificates, fetch
):
    for certificate in certificates:
        claims = verify_credential(wallet_file(client, certificate), fetch)
        subject = claims["credentialSubject"]
        names = {entry["@language"]: entry["@value"] for entry in subject["name"]}
        assert names == {"en": certificate.name_en, "hi": certificate.name_hi}
        assert [i["identityHash"] for i in subject["identifier"]] == [
            certificate.name_en,
            certificate.name_hi,
        ]
        achievement = subject["achievement"]
        assert achievement["level"] == certificate.level == "district"
        units = {e["@language"]: e["@value"] for e in achievement["unit"]["name"]}
        assert units == {"en": certificate.unit_en, "hi": certificate.unit_hi}
        assert claims["validFrom"].startswith(certificate.issued_on.isoformat())
        assert claims["id"].endswith(f"/v/{certificate.code}")
        assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
        # The machine-readable answer carries the same credential, as JSON-LD with its proof.
        answer = client.get(f"/v/{certificate.code}.json").json()
        assert answer["credential"] == claims
        envelope = answer["verifiableCredential"]
        assert envelope["type"] == "EnvelopedVerifiableCredential"
        assert envelope["id"] == "data:application/vc+jwt," + wallet_file(client, certificate)
        page = client.get(f"/en/verify/{certificate.code}/").content.decode()
        assert f"/v/{certificate.code}.jwt" in page and "Add to wallet" in page
    hindi = client.get(f"/hi/verify/{certificates[0].code}/").content.decode()
    assert "वॉलेट में जोड़ें" in hindi


CHANGES = {
    "one character of the Latin name": lambda c: c["credentialSubject"]["name"][0].update(
        {"@value": c["credentialSubject"]["name"][0]["@value"].replace("a", "e", 1)}
    ),
    "one character of the Devanagari name": lambda c: c["credentialSubject"]["identifier"][
        1
    ].update({"identityHash": c["credentialSubject"]["identifier"][1]["identityHash"] + "ा"}),
    "the level": lambda c: c["credentialSubject"]["achievement"].update({"level": "national"}),
    "the unit": lambda c: c["credentialSubject"]["achievement"]["unit"]["name"][0].update(
        {"@value": "Bhopal"}
    ),
    "the date": lambda c: c.update({"validFrom": c["validFrom"].replace("20", "19", 1)}),
    "the status index": lambda c: c["credentialStatus"].update({"statusListIndex": "0"}),
}


def test_a_changed_credential_is_rejected(client, certificates, fetch):
    token = wallet_file(client, certificates[0])
    verify_credential(token, fetch)  # the untouched one passes: the change is what fails
    for what, change in CHANGES.items():
        changed = tampered(token, change)
        assert changed != token, what
        with pytest.raises(Rejected, match="bad signature"):
            verify_credential(changed, fetch)


def test_a_signature_by_another_key_under_our_key_id_is_rejected(client, certificates, fetch):
    token = wallet_file(client, certificates[0])
    header, payload, _ = token.split(".")
    forged = Ed25519PrivateKey.generate().sign(f"{header}.{payload}".encode())
    forgery = f"{header}.{payload}." + base64.urlsafe_b64encode(forged).rstrip(b"=").decode()
    with pytest.raises(Rejected, match="bad signature"):
        verify_credential(forgery, fetch)


def test_a_revoked_certificate_is_rejected_through_the_status_list(
    client, certificates, coordinator, fetch
):
    first, second, _ = certificates
    token = wallet_file(client, first)
    verify_credential(token, fetch)
    issuing.certificate_revoke(certificate=first, revoked_by=coordinator, reason="Left the post.")
    with pytest.raises(Rejected, match="revoked"):
        verify_credential(token, fetch)
    verify_credential(wallet_file(client, second), fetch)  # only its own bit is set
    assert client.get(f"/v/{first.code}.jwt").status_code == 404  # no wallet for a revoked one


def test_a_reissued_certificate_revokes_the_old_credential_and_signs_the_new(
    client, certificates, coordinator, fetch
):
    old = certificates[0]
    old_token = wallet_file(client, old)
    new = issuing.certificate_reissue(certificate=old, issued_by=coordinator, reason="Name.")
    verify_credential(wallet_file(client, new), fetch)
    with pytest.raises(Rejected, match="revoked"):
        verify_credential(old_token, fetch)


def test_rotation_keeps_old_credentials_valid_and_voids_the_old_keys_later_signatures(
    client, certificates, settings, fetch, training, coordinator
):
    before = wallet_file(client, certificates[0])
    ring = keys.issuer_keyring()
    old_key = ring.current()
    new_key = keys.key_rotate(settings.CREDENTIALS_KEY_DIR)
    assert new_key.kid != old_key.kid
    after = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Tanvi Jain", name_hi="तन्वी जैन"),
        issued_by=coordinator,
    )
    after_token = wallet_file(client, after)
    assert json.loads(b64url(after_token.split(".")[0]))["kid"].endswith("#" + new_key.kid)
    verify_credential(before, fetch)
    verify_credential(after_token, fetch)
    # The old key's private half still exists here; a signature it makes after the
    # rotation's second (its window ends at the next whole second: "iat" has whole
    # seconds) is outside its window and is rejected.
    late = signing.sign(
        leadership_credential(after, issuer_en="x", issuer_hi="x"),
        old_key,
        now=timezone.now() + datetime.timedelta(seconds=2),
    )
    with pytest.raises(Rejected, match="expires"):
        verify_credential(late, fetch)
    did = client.get("/.well-known/did.json").json()
    assert len(did["verificationMethod"]) == 2  # the old key is still published


def test_a_revoked_keys_signatures_after_its_revocation_do_not_verify(
    client, certificates, settings, fetch
):
    certificate = certificates[0]
    key = keys.issuer_keyring().current()
    compromised_at = timezone.now() - datetime.timedelta(hours=1)
    document = leadership_credential(certificate, issuer_en="x", issuer_hi="x")
    before = signing.sign(document, key, now=compromised_at - datetime.timedelta(days=1))
    after = signing.sign(document, key, now=compromised_at + datetime.timedelta(minutes=5))
    verify_credential(before, fetch)
    verify_credential(after, fetch)

    keys.key_revoke(settings.CREDENTIALS_KEY_DIR, key.kid, compromised_at)
    with pytest.raises(Rejected, match="revoked"):  # its certificates' too, for now
        verify_credential(wallet_file(client, certificate), fetch)
    keys.key_rotate(settings.CREDENTIALS_KEY_DIR)
    # What manage.py credentials_key_revoke does next: sign again, with the new key, what
    # the key signed since the compromise (the certificates and the status list).
    assert credentials_resign(kid=key.kid, since=compromised_at) == 3

    verify_credential(before, fetch)
    with pytest.raises(Rejected, match="revoked"):
        verify_credential(after, fetch)
    for each in certificates:
        verify_credential(wallet_file(client, each), fetch)
