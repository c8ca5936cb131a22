"""Sign a credential as a compact JWS (VC-JWT, W3C "Securing Verifiable Credentials
using JOSE and COSE"), and verify one of ours.

The payload is the credential itself (JSON-LD, VC Data Model 2.0) with the JWT
claims a JOSE verifier reads: ``iss`` (the issuer's DID), ``jti`` (the credential's
id) and ``iat`` (when it was signed: the key's validity window is checked against
it). The header is ``{"alg": "EdDSA", "kid": "<did>#<kid>", "typ": "vc+jwt", "cty": "vc"}``.

Verification accepts EdDSA only, with a key of ours named by ``kid``: a token with
``alg`` "none", an HMAC algorithm (the public key used as a shared secret) or any
other is refused before a key is looked at.
"""

from __future__ import annotations

import datetime
import json
import warnings

from joserfc import jws
from joserfc.errors import JoseError, SecurityWarning
from joserfc.jwk import OKPKey

from certificates.credentials.documents import issuer_did, method_id
from certificates.credentials.keys import IssuerKey, KeyRing

ALGORITHM = "EdDSA"
MEDIA_TYPE = "application/vc+jwt"
# A credential of ours is about 2 KB; anything far larger is not one.
MAX_TOKEN_LENGTH = 16_384


class InvalidCredential(Exception):
    """Not a credential we signed, or no longer valid; the message says why."""


def canonical_json(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def sign(document: dict, key: IssuerKey, *, now: datetime.datetime, typ: str = "vc+jwt") -> str:
    """``document`` with its JWT claims, signed by ``key``, as a compact JWS."""
    claims = {**document, "iss": issuer_did(), "jti": document["id"], "iat": int(now.timestamp())}
    header = {"alg": ALGORITHM, "kid": method_id(key), "typ": typ, "cty": "vc"}
    with warnings.catch_warnings():
        # RFC 9864 names "Ed25519" as the fully specified successor of "EdDSA"; wallets
        # and the VC-JOSE examples still expect "EdDSA", the same signature.
        warnings.simplefilter("ignore", SecurityWarning)
        return jws.serialize_compact(header, canonical_json(claims), key.private, [ALGORITHM])


def verify(token: str, ring: KeyRing) -> dict:
    """The claims of a token we signed, checked against the key ring (signature, key,
    key window); :class:`InvalidCredential` otherwise. Status is the caller's check."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidCredential("not a credential of a plausible size")
    token = token.strip()
    if token.count(".") != 2:
        raise InvalidCredential("not a compact JWS")
    try:
        header = jws.extract_compact(token.encode()).headers()
    except (JoseError, ValueError, TypeError, UnicodeError) as error:
        raise InvalidCredential(f"malformed: {error}") from error
    if header.get("alg") != ALGORITHM:
        raise InvalidCredential(f"algorithm {header.get('alg')!r} is not accepted")
    did = issuer_did()
    kid = str(header.get("kid", ""))
    if not kid.startswith(did + "#"):
        raise InvalidCredential("not signed by this issuer")
    key = ring.get(kid.removeprefix(did + "#"))
    if key is None:
        raise InvalidCredential("unknown key")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SecurityWarning)
            public = OKPKey.import_key(key.public_jwk)
            claims = json.loads(jws.deserialize_compact(token, public, [ALGORITHM]).payload)
    except (JoseError, ValueError, TypeError, UnicodeError) as error:
        raise InvalidCredential(f"bad signature: {error}") from error
    if not isinstance(claims, dict) or not isinstance(claims.get("iat"), int):
        raise InvalidCredential("no signing time")
    signed_at = datetime.datetime.fromtimestamp(claims["iat"], datetime.UTC)
    if not key.signs_at(signed_at):
        raise InvalidCredential("signed outside the key's validity")
    if claims.get("iss") != did:
        raise InvalidCredential("issued by someone else")
    return claims


def unverified_claims(token: str) -> dict:
    """The payload of a token we just read from our own database (no check)."""
    return json.loads(jws.extract_compact(token.encode()).payload)


def unverified_header_and_claims(token: str) -> tuple[dict, dict]:
    compact = jws.extract_compact(token.encode())
    return compact.headers(), json.loads(compact.payload)
