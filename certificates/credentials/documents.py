"""What the issuer publishes about its keys: a ``did:web`` document and a JWKS.

The issuer's identifier is ``did:web:<host>`` of ``SITE_URL`` (a port is written
``%3A``), resolved by anyone at ``https://<host>/.well-known/did.json``. Each key is
a verification method ``did:web:<host>#<kid>`` with its public JWK and, when it no
longer signs, ``expires`` (rotated out) or ``revoked`` (compromised): the properties
the W3C Controlled Identifiers recommendation gives verification methods. A JWS
header names the key by that full id, so a JOSE library can match it in the JWKS.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from django.conf import settings

from certificates.credentials.keys import IssuerKey, KeyRing, utc_stamp

DID_CONTEXTS = ["https://www.w3.org/ns/did/v1", "https://www.w3.org/ns/cid/v1"]


def issuer_did(site_url: str | None = None) -> str:
    parts = urlsplit(site_url or settings.SITE_URL)
    did = "did:web:" + quote(parts.netloc, safe="")
    path = parts.path.strip("/")
    return did + "".join(":" + quote(segment, safe="") for segment in path.split("/") if segment)


def method_id(key: IssuerKey) -> str:
    return f"{issuer_did()}#{key.kid}"


def did_document(ring: KeyRing) -> dict:
    did = issuer_did()
    methods = []
    for key in ring.keys:
        method = {
            "id": f"{did}#{key.kid}",
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": {**key.public_jwk, "kid": f"{did}#{key.kid}"},
        }
        if key.expires:
            method["expires"] = utc_stamp(key.expires)
        if key.revoked:
            method["revoked"] = utc_stamp(key.revoked)
        methods.append(method)
    return {
        "@context": DID_CONTEXTS,
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def jwks(ring: KeyRing) -> dict:
    """Every published key (validity windows are in the DID document)."""
    did = issuer_did()
    return {
        "keys": [
            {**key.public_jwk, "kid": f"{did}#{key.kid}", "alg": "EdDSA", "use": "sig"}
            for key in ring.keys
        ]
    }
