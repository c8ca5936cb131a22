"""Signed credentials under bad conditions: no key (refused, nothing half-issued), bad
tokens (rejected, never a 500), and the published keys and lists (cacheable)."""

import base64
import hashlib
import hmac
import json

import pytest

from django.urls import reverse

from certificates import issuing
from certificates.credentials import keys, status_list
from certificates.credentials.keys import CredentialsUnavailable
from certificates.models import Certificate, CertificateBatch, StatusList
from certificates.tests.test_certificates import leader
from organisation.tests.factories import coordinator_create, unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


@pytest.fixture
def certificate(training, coordinator):
    return issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Lata Chouhan", name_hi="लता चौहान"),
        issued_by=coordinator,
    )


@pytest.fixture
def no_key(settings, tmp_path):
    settings.CREDENTIALS_KEY_DIR = tmp_path / "empty"
    settings.CREDENTIALS_KEY_AUTOCREATE = False


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def check(client, token):
    response = client.get("/credentials/verify", {"credential": token})
    assert response.status_code < 500
    return response


# No key --------------------------------------------------------------------------------------


def test_without_a_key_issuing_is_refused_clearly_with_nothing_recorded(
    training, coordinator, no_key, client
):
    leadership = leader(training, coordinator)
    with pytest.raises(CredentialsUnavailable, match="signing key is not set up"):
        issuing.certificate_issue(leadership=leadership, issued_by=coordinator)
    with pytest.raises(CredentialsUnavailable):
        issuing.certificate_batch_create(unit=unit("in-mp"), created_by=coordinator)
    assert not Certificate.objects.exists() and not CertificateBatch.objects.exists()
    # The public documents say so without a server error.
    assert client.get("/.well-known/did.json").json()["verificationMethod"] == []
    assert client.get("/credentials/status/0").status_code == 503


def test_without_a_key_revoking_is_refused_and_the_certificate_stays_valid(
    certificate, coordinator, settings, tmp_path
):
    settings.CREDENTIALS_KEY_DIR = tmp_path / "empty"
    settings.CREDENTIALS_KEY_AUTOCREATE = False
    with pytest.raises(CredentialsUnavailable):
        issuing.certificate_revoke(certificate=certificate, revoked_by=coordinator, reason="x")
    certificate.refresh_from_db()
    assert certificate.status == "issued"  # not revoked without a list that says so


def test_the_coordinator_screen_shows_the_refusal(training, coordinator, no_key, client):
    leadership = leader(training, coordinator)
    client.force_login(coordinator)
    response = client.post(
        reverse("leaderships:issue_certificate", args=[leadership.pk]), follow=True
    )
    assert response.status_code == 200
    assert "signing key is not set up" in response.content.decode()
    assert not Certificate.objects.exists()


# Bad tokens ----------------------------------------------------------------------------------


def test_a_genuine_credential_verifies_and_then_shows_revoked(client, certificate, coordinator):
    answer = check(client, certificate.credential)
    assert (answer.status_code, answer.json()["status"]) == (200, "valid")
    issuing.certificate_revoke(certificate=certificate, revoked_by=coordinator, reason="x")
    answer = check(client, certificate.credential).json()
    assert (answer["verified"], answer["status"]) == (False, "revoked")


def test_bad_tokens_are_rejected_without_a_server_error(client, certificate):
    header, payload, signature = certificate.credential.split(".")
    public_jwk = json.loads(client.get("/.well-known/jwks.json").content)["keys"][0]
    kid = public_jwk["kid"]
    none = b64(json.dumps({"alg": "none", "kid": kid}).encode())
    hs_header = b64(json.dumps({"alg": "HS256", "kid": kid}).encode())
    # The classic confusion: the public key used as an HMAC secret.
    secret = base64.urlsafe_b64decode(public_jwk["x"] + "==")
    hs_signature = b64(hmac.new(secret, f"{hs_header}.{payload}".encode(), hashlib.sha256).digest())
    cases = {
        "not a JWS": "hello",
        "truncated": certificate.credential[: len(certificate.credential) // 2],
        "no signature": f"{header}.{payload}.",
        "garbage parts": "!!!.???.***",
        "alg none": f"{none}.{payload}.",
        "HS256 with the public key": f"{hs_header}.{payload}.{hs_signature}",
        "another issuer's kid": b64(json.dumps({"alg": "EdDSA", "kid": "did:web:evil#k"}).encode())
        + f".{payload}.{signature}",
        "an unknown key of ours": b64(json.dumps({"alg": "EdDSA", "kid": kid + "x"}).encode())
        + f".{payload}.{signature}",
        "header not JSON": f"{b64(b'[1,2')}.{payload}.{signature}",
        "payload not an object": f"{header}.{b64(b'[]')}.{signature}",
    }
    for what, token in cases.items():
        response = check(client, token)
        assert response.status_code == 422, what
        assert response.json()["status"] == "invalid", what
    assert check(client, "x" * 20_000).status_code == 413  # huge: not even read
    assert check(client, "\xff\xfe binary ॐ").status_code == 422
    assert check(client, "a.b\x00.c").status_code == 400  # the NUL-byte guard, before us
    assert check(client, "").status_code == 400
    assert client.post("/credentials/verify").status_code == 405


# Published documents ----------------------------------------------------------------------------


def test_did_document_and_jwks_publish_every_key_and_are_cacheable(client, certificate, settings):
    first = keys.issuer_keyring().current()
    keys.key_rotate(settings.CREDENTIALS_KEY_DIR)
    response = client.get("/.well-known/did.json")
    assert response["Content-Type"] == "application/did+json"
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    did = json.loads(response.content)
    assert did["id"] == "did:web:127.0.0.1%3A8000"
    methods = {m["id"].split("#")[1]: m for m in did["verificationMethod"]}
    assert set(methods) == {k.kid for k in keys.issuer_keyring().keys}
    assert "expires" in methods[first.kid] and "d" not in methods[first.kid]["publicKeyJwk"]
    assert (
        client.get("/.well-known/did.json", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    )
    jwks = client.get("/.well-known/jwks.json").json()
    assert {k["kid"] for k in jwks["keys"]} == {m["id"] for m in did["verificationMethod"]}
    assert all("d" not in k for k in jwks["keys"])  # never the private half


def test_the_status_list_is_re_signed_on_revocation(client, certificate, coordinator):
    number, index = status_list.position(certificate.pk)
    before = client.get(f"/credentials/status/{number}")
    assert before["Content-Type"] == "application/vc+jwt"
    assert "max-age=60" in before["Cache-Control"]
    issuing.certificate_revoke(certificate=certificate, revoked_by=coordinator, reason="x")
    after = client.get(f"/credentials/status/{number}")
    assert after.content != before.content and after["ETag"] != before["ETag"]
    row = StatusList.objects.get(number=number)
    assert row.revoked_count == 1
    claims = json.loads(base64.urlsafe_b64decode(after.content.split(b".")[1] + b"=="))
    bits = status_list.decode(claims["credentialSubject"]["encodedList"])
    assert len(bits) * 8 == status_list.SIZE == 131_072
    assert [i for i in range(status_list.SIZE) if status_list.is_set(bits, i)] == [index]
    # A list no certificate can be in is not made (the 404 goes on to the language redirect).
    assert client.get("/credentials/status/99999").status_code != 200
    assert not StatusList.objects.filter(number=99999).exists()


def test_pinned_contexts_are_the_files_we_checked(settings):
    from certificates.credentials import contexts

    for url in contexts.PINNED:
        assert "@context" in contexts.context(url)
    with pytest.raises(KeyError):  # nothing else, and nothing fetched
        contexts.document_loader("https://example.org/context.jsonld")
