"""The QR code's own proof: the printed fields' digest and the issuer's signature, in
the fragment of the address the QR code opens (``/v/<code>#c1.<key>.<digest>.<sig>``).

A fragment never reaches the server; the verification page checks it in the browser
(``static/js/verify-qr.js``) against the issuer's published key and the certificate's
fields, and says field by field what the printout must read, so a PDF edited in any
viewer is caught by the person comparing. Compact enough for QR version 13 at
error correction M with our longest addresses (tests/test_credentials_qr.py).

- printed text: ``lms-certificate-1`` and the fields below, one per line, Unicode NFC;
- digest: SHA-256 of the printed text (base64url, 43 characters);
- signature: Ed25519 over ``lms-certificate-qr-1.`` + the digest (base64url, 86);
- key: the last part of the signing key's id (``key-YYYYMMDD-<hex>``), 8 characters.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.credentials.keys import IssuerKey

VERSION = "c1"
TEXT_PREFIX = "lms-certificate-1"
SIGNED_PREFIX = b"lms-certificate-qr-1."
FIELDS = ("code", "name_en", "name_hi", "level", "unit_en", "unit_hi", "issued_on")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def printed_fields(certificate) -> dict[str, str]:
    return {
        "code": certificate.code,
        "name_en": certificate.name_en,
        "name_hi": certificate.name_hi or certificate.name_en,
        "level": certificate.level,
        "unit_en": certificate.unit_en,
        "unit_hi": certificate.unit_hi or certificate.unit_en,
        "issued_on": certificate.issued_on.isoformat(),
    }


def printed_digest(fields: dict[str, str]) -> bytes:
    lines = [TEXT_PREFIX, *(unicodedata.normalize("NFC", fields[name]) for name in FIELDS)]
    return hashlib.sha256("\n".join(lines).encode()).digest()


def key_tag(key: IssuerKey) -> str:
    return key.kid.rsplit("-", 1)[-1]


def qr_fragment(certificate, key: IssuerKey) -> str:
    digest = printed_digest(printed_fields(certificate))
    private: Ed25519PrivateKey = key.private.private_key  # joserfc's, from cryptography
    signature = private.sign(SIGNED_PREFIX + digest)
    return ".".join([VERSION, key_tag(key), b64(digest), b64(signature)])
