"""Sign certificates' credentials: what generation calls before it renders a PDF."""

from __future__ import annotations

from django.utils import timezone

from certificates.credentials import signing
from certificates.credentials.badge import leadership_credential
from certificates.credentials.keys import IssuerKey, signing_key


def credentials_sign(certificates, *, issuer_en: str, issuer_hi: str) -> dict[int, str]:
    """{certificate pk: its signed credential}, all with the current key.

    Raises :class:`~certificates.credentials.keys.CredentialsUnavailable` before
    signing anything when there is no key: the caller leaves every certificate as
    it was (still generating), to be resumed once a key is set up.
    """
    key: IssuerKey = signing_key()
    now = timezone.now()
    return {
        certificate.pk: signing.sign(
            leadership_credential(certificate, issuer_en=issuer_en, issuer_hi=issuer_hi),
            key,
            now=now,
        )
        for certificate in certificates
    }
