"""The QR code's own proof: the printed fields' digest and signature in the address's
fragment, small enough for QR version 13 at error correction M, verified independently."""

import json

import pytest

from certificates.credentials import keys
from certificates.credentials.printed import printed_fields, qr_fragment
from certificates.design.qr import make_qr
from certificates.generation import certificate_data
from certificates.tests.independent_verifier import Rejected, verify_qr_fragment
from certificates.tests.test_credentials import LEADERS, certificates  # noqa: F401 (fixture)
from organisation.tests.factories import coordinator_create

pytestmark = pytest.mark.django_db

LONGEST_SITE = "https://training.organisation-example.org"


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


def test_every_certificate_qr_carries_a_proof_within_version_13_at_m(
    certificates,  # noqa: F811
    settings,
    client,
):
    settings.SITE_URL = LONGEST_SITE  # a longer address than the demo's
    did = json.loads(client.get("/.well-known/did.json").content)
    key = keys.issuer_keyring().current()
    for certificate in certificates:
        data = certificate_data(certificate, qr_fragment(certificate, key))
        qr = make_qr(data.qr_url)
        print(f"{certificate.code}: {len(data.qr_url)} characters, QR version {qr.version}")
        assert qr.version <= 13 and qr.error == "M", data.qr_url
        fragment = data.qr_url.split("#", 1)[1]
        # Version 2: the code and the status list's place are signed too (the offline
        # verifier checks revocation from the QR code alone).
        assert fragment.startswith("c2.")
        place = verify_qr_fragment(fragment, printed_fields(certificate), did)
        assert place == divmod(certificate.pk, 131_072)
        printed = printed_fields(certificate)
        for field in ("name_en", "name_hi", "unit_en", "issued_on", "level"):
            edited = {**printed, field: "x" + printed[field]}
            with pytest.raises(Rejected, match="differ"):
                verify_qr_fragment(fragment, edited, did)
        with pytest.raises(Rejected):
            verify_qr_fragment(fragment[:-10], printed_fields(certificate), did)
        # The proof under another certificate's code (a copied QR code): not signed.
        with pytest.raises(Rejected, match="bad signature"):
            verify_qr_fragment(fragment, {**printed, "code": "X" + printed["code"]}, did)
        # Another certificate's place in the status list (one not revoked): not signed.
        version, tag, number, index, digest, signature = fragment.split(".")
        moved = ".".join([version, tag, number, str(int(index) + 1), digest, signature])
        with pytest.raises(Rejected, match="bad signature"):
            verify_qr_fragment(moved, printed, did)
