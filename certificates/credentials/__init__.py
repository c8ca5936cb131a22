"""Certificates as signed credentials anyone can verify (issue #16).

- ``keys``: the issuer's Ed25519 key ring, in a folder (never the database), rotated
  and revoked by management commands; ``documents``: the ``did:web`` document and JWKS
  that publish it.
- ``badge``: a certificate as an Open Badges 3.0 credential (VC Data Model 2.0);
  ``signing``: VC-JWT (compact JWS, EdDSA) and our own verification;
  ``issue``/``resign``: what generation and the commands call.
- ``status_list``: revocation as a W3C Bitstring Status List, re-signed in the
  transaction of every revocation.
- ``contexts``: the JSON-LD contexts, pinned; ``views``/``urls``: the public endpoints.
"""
