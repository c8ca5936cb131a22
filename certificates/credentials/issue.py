"""Sign certificates' credentials: what generation calls before it renders a PDF."""

from __future__ import annotations

from typing import NamedTuple

from django.utils import timezone

from certificates.credentials import signing
from certificates.credentials.badge import leadership_credential
from certificates.credentials.keys import IssuerKey, signing_key
from certificates.credentials.printed import qr_fragment


class Signed(NamedTuple):
    credential: str  # the VC-JWT
    qr_fragment: str  # the QR code's own proof (printed.py)


def credentials_sign(certificates, *, issuer_en: str, issuer_hi: str) -> dict[int, Signed]:
    """{certificate pk: its signed credential and QR proof}, all with the current key.

    Raises :class:`~certificates.credentials.keys.CredentialsUnavailable` before
    signing anything when there is no key: the caller leaves every certificate as
    it was (still generating), to be resumed once a key is set up.
    """
    key: IssuerKey = signing_key()
    now = timezone.now()
    return {
        certificate.pk: Signed(
            signing.sign(
                leadership_credential(certificate, issuer_en=issuer_en, issuer_hi=issuer_hi),
                key,
                now=now,
            ),
            qr_fragment(certificate, key),
        )
        for certificate in certificates
    }
