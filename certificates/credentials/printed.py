"""The QR code's own proof: the printed fields' digest and the issuer's signature, in
the fragment of the address the QR code opens
(``/v/<code>#c2.<key>.<list>.<index>.<digest>.<sig>``).

A fragment never reaches the server; the verification page checks it in the browser
(``static/js/verify-qr.js``) against the issuer's published key and the certificate's
fields, and says field by field what the printout must read, so a PDF edited in any
viewer is caught by the person comparing. Compact enough for QR version 13 at
error correction M with our longest addresses (tests/test_credentials_qr.py).

- printed text: ``lms-certificate-1`` and the fields below, one per line, Unicode NFC;
- digest: SHA-256 of the printed text (base64url, 43 characters);
- list, index: the certificate's place in the Bitstring Status List (status_list.py);
- signature: Ed25519 over ``lms-certificate-qr-2.<code>.<list>.<index>.`` + the digest
  (base64url, 86);
- key: the last part of the signing key's id (``key-YYYYMMDD-<hex>``), 8 characters.

Version 2 signs the code and the status list's place beside the digest, so that the
offline verifier (``/<lang>/verify/offline/``), which holds the keys and the status
lists but no certificate, can say from the QR code alone that it is the issuer's, for
this code, and whether it was revoked. Version 1 (``c1.<key>.<digest>.<sig>``, the
signature over ``lms-certificate-qr-1.`` + the digest) is still checked where the
fields are at hand: on the verification page.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates.credentials.keys import IssuerKey
from certificates.credentials.status_list import position

VERSION = "c2"
TEXT_PREFIX = "lms-certificate-1"
SIGNED_PREFIX = b"lms-certificate-qr-2."
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


def signed_message(code: str, number: int, index: int, digest: bytes) -> bytes:
    return SIGNED_PREFIX + f"{code}.{number}.{index}.".encode() + digest


def qr_fragment(certificate, key: IssuerKey) -> str:
    digest = printed_digest(printed_fields(certificate))
    number, index = position(certificate.pk)
    private: Ed25519PrivateKey = key.private.private_key  # joserfc's, from cryptography
    signature = private.sign(signed_message(certificate.code, number, index, digest))
    parts = [VERSION, key_tag(key), str(number), str(index), b64(digest), b64(signature)]
    return ".".join(parts)
