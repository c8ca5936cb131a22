"""Archival certificates: PDF/A-3b with the signed credential inside the file.

A certificate kept for decades must still open and still prove itself: PDF/A-3b
(ISO 19005-3, level B) fixes what the file may depend on (every font embedded, an
sRGB output intent, XMP metadata that agrees with the document information) and
allows embedded files. The certificate's signed credential (the VC-JWT served at
``/v/<code>.jwt``, byte for byte) is attached as ``certificate-<code>.jwt`` with the
relationship ``Data`` (the data the page shows), so whoever holds the PDF also holds
what an independent verifier checks, with no request to us.

The single renderer passes these to WeasyPrint's ``write_pdf``; the bulk renderer
writes the same objects into each page's own PDF (:mod:`certificates.design.pdf_split`).
"""

from __future__ import annotations

import datetime
import mimetypes
from functools import cache

import weasyprint

from .data import CertificateData
from .url_fetcher import RestrictedURLFetcher

PDF_VARIANT = "pdf/a-3b"
#: ISO 32000-2 7.11.3: the embedded file is the data the page presents.
RELATIONSHIP = "Data"
CREDENTIAL_MEDIA_TYPE = "application/vc+jwt"
CREDENTIAL_DESCRIPTION = "Signed credential (Open Badges 3.0, VC-JWT)"

# WeasyPrint takes an attachment's media type from its file name; ".jwt" is in no
# system table, and the embedded file's /Subtype should say what it is.
mimetypes.add_type(CREDENTIAL_MEDIA_TYPE, ".jwt")


def credential_filename(code: str) -> str:
    """The attachment's name: the name the ``.jwt`` download is saved under."""
    return f"certificate-{code}.jwt"


@cache
def _fetch_nothing() -> RestrictedURLFetcher:
    """A fetcher that refuses every URL, made once: an attachment made without one
    builds WeasyPrint's default fetcher (a urllib opener, 0.2 ms a certificate in bulk),
    and ours is a string that nothing fetches."""
    return RestrictedURLFetcher(roots=[], allow_data_images=False)


def credential_attachment(data: CertificateData) -> weasyprint.Attachment | None:
    """The signed credential as a PDF attachment, or None for an unsigned certificate.

    Its dates are the issue date (not "now"), so the same certificate always gives
    the same bytes.
    """
    if not data.credential:
        return None
    issued = datetime.datetime.combine(data.issued_on, datetime.time(), tzinfo=datetime.UTC)
    return weasyprint.Attachment(
        string=data.credential,
        url_fetcher=_fetch_nothing(),
        name=credential_filename(data.verification_code),
        description=CREDENTIAL_DESCRIPTION,
        created=issued,
        modified=issued,
        relationship=RELATIONSHIP,
    )


def one_entry_per_file(document, pdf) -> None:
    """A ``write_pdf`` finisher: list each attachment once in the catalogue's ``/AF``.

    WeasyPrint 70's PDF/A-3 step adds each file specification twice (once from the
    ``/EmbeddedFiles`` names, once from the objects).
    """
    entries = pdf.catalog.get("AF")
    if entries:
        unique = list(dict.fromkeys(entries))
        entries.clear()
        entries.extend(unique)
