"""A verifier that knows nothing of our code: the published ``did.json``, the status list
a credential names, and ``cryptography`` for Ed25519. What a third party would write
from the specifications (VC-JOSE-COSE, did:web, Controlled Identifiers, Bitstring
Status List), to prove our credentials verify without us.

``fetch(url) -> bytes`` is the only way out; the tests give it the test client.
"""

import base64
import datetime
import gzip
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class Rejected(Exception):
    pass


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _instant(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def verify_jws(token: str, did_document: dict) -> dict:
    """The claims of a compact JWS signed by a key of ``did_document``, in its window."""
    try:
        header_part, payload_part, signature_part = token.split(".")
        header = json.loads(b64url(header_part))
        claims = json.loads(b64url(payload_part))
        signature = b64url(signature_part)
    except ValueError as error:
        raise Rejected(f"malformed: {error}") from error
    if header.get("alg") != "EdDSA":
        raise Rejected(f"algorithm {header.get('alg')!r}")
    methods = {m["id"]: m for m in did_document["verificationMethod"]}
    method = methods.get(header.get("kid"))
    if method is None or method["id"] not in did_document["assertionMethod"]:
        raise Rejected("key not published by the issuer")
    jwk = method["publicKeyJwk"]
    if (jwk.get("kty"), jwk.get("crv")) != ("OKP", "Ed25519"):
        raise Rejected("not an Ed25519 key")
    try:
        Ed25519PublicKey.from_public_bytes(b64url(jwk["x"])).verify(
            signature, f"{header_part}.{payload_part}".encode()
        )
    except InvalidSignature as error:
        raise Rejected("bad signature") from error
    signed_at = datetime.datetime.fromtimestamp(claims["iat"], datetime.UTC)
    for end in ("expires", "revoked"):
        if end in method and signed_at >= _instant(method[end]):
            raise Rejected(f"signed after the key's {end} time")
    issuer = claims["issuer"]
    issuer_id = issuer["id"] if isinstance(issuer, dict) else issuer
    if issuer_id != did_document["id"] or claims.get("iss") != did_document["id"]:
        raise Rejected("issued by someone else")
    return claims


def verify_credential(token: str, fetch) -> dict:
    """A leadership credential's claims if it is genuine, intact and not revoked."""
    header = json.loads(b64url(token.split(".")[0]))
    did = header["kid"].split("#")[0]
    host = did.removeprefix("did:web:").replace("%3A", ":")
    # did:web resolves over HTTPS, always.
    did_document = json.loads(fetch(f"https://{host}/.well-known/did.json"))
    if did_document["id"] != did:
        raise Rejected("DID document of another DID")
    claims = verify_jws(token, did_document)
    entry = claims["credentialStatus"]
    if entry["type"] != "BitstringStatusListEntry" or entry["statusPurpose"] != "revocation":
        raise Rejected("no revocation entry")
    status_list = verify_jws(fetch(entry["statusListCredential"]).decode(), did_document)
    if status_list["id"] != entry["statusListCredential"]:
        raise Rejected("another status list")
    encoded = status_list["credentialSubject"]["encodedList"]
    if not encoded.startswith("u"):
        raise Rejected("encodedList is not multibase base64url")
    bits = gzip.decompress(b64url(encoded[1:]))
    index = int(entry["statusListIndex"])
    if bits[index // 8] & (0x80 >> (index % 8)):
        raise Rejected("revoked")
    return claims


def verify_qr_fragment(fragment: str, printed: dict, did_document: dict) -> tuple[int, int] | None:
    """The QR code's proof against the printed fields: the issuer's signature, and the
    digest of exactly these fields. ``c2.<key>.<list>.<index>.<digest>.<signature>``
    signs ``lms-certificate-qr-2.<code>.<list>.<index>.`` + digest and gives back the
    status list's (list, index); ``c1.<key>.<digest>.<signature>`` (older) signs
    ``lms-certificate-qr-1.`` + digest and gives back None."""
    import hashlib
    import unicodedata

    parts = fragment.split(".")
    try:
        if parts[0] == "c2" and len(parts) == 6:
            _version, tag, number, index, digest_part, signature_part = parts
            number, index = int(number), int(index)
        elif parts[0] == "c1" and len(parts) == 4:
            _version, tag, digest_part, signature_part = parts
        else:
            raise Rejected("malformed")
        digest, signature = b64url(digest_part), b64url(signature_part)
    except ValueError as error:
        raise Rejected(f"malformed: {error}") from error
    if len(digest) != 32 or len(signature) != 64:
        raise Rejected("malformed")
    methods = [m for m in did_document["verificationMethod"] if m["id"].endswith("-" + tag)]
    if not methods:
        raise Rejected("key not published by the issuer")
    public = Ed25519PublicKey.from_public_bytes(b64url(methods[0]["publicKeyJwk"]["x"]))
    if parts[0] == "c2":
        signed = f"lms-certificate-qr-2.{printed['code']}.{number}.{index}.".encode() + digest
    else:
        signed = b"lms-certificate-qr-1." + digest
    try:
        public.verify(signature, signed)
    except InvalidSignature as error:
        raise Rejected("bad signature") from error
    names = ("code", "name_en", "name_hi", "level", "unit_en", "unit_hi", "issued_on")
    lines = ["lms-certificate-1", *(unicodedata.normalize("NFC", printed[n]) for n in names)]
    text = "\n".join(lines)
    if hashlib.sha256(text.encode()).digest() != digest:
        raise Rejected("the printed fields differ from the signed ones")
    return (number, index) if parts[0] == "c2" else None
