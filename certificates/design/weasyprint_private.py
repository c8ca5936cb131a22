"""Every use of WeasyPrint's private API, in one place, with the versions it was checked on.

The certificate pipeline needs three things WeasyPrint does not offer publicly: the boxes
laid out on a page (shrink-to-fit and the QR codes' positions), its PDF objects before
they are written (one small PDF per page in bulk, and the shared static layer), and its
``draw_text`` (Devanagari lines drawn with their actual text). They are all here, so that
upgrading WeasyPrint means reading this module and its tests, and a system check
(``certificates.W001``) says when the installed version is not one they were checked on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import weasyprint
import weasyprint.draw
from weasyprint.pdf import VARIANTS, generate_pdf
from weasyprint.pdf.anchors import write_pdf_attachment

#: Major versions of WeasyPrint whose internals this module was checked against.
CHECKED_MAJOR_VERSIONS = ("70",)

_original_draw_text = weasyprint.draw.draw_text


def version_checked() -> bool:
    return weasyprint.VERSION.split(".")[0] in CHECKED_MAJOR_VERSIONS


def page_boxes(page: weasyprint.Page) -> Iterator:
    """Every box laid out on ``page``, descendants of its page box, in tree order."""
    return page._page_box.descendants(placeholders=True)


def resources_key(stream) -> int:
    """One key per PDF being written: the pages of one PDF share a resources dictionary."""
    return id(stream._resources)


def pdf_objects(document: weasyprint.Document, **options):
    """WeasyPrint's ``pydyf.PDF`` for ``document``, before it is serialised.

    A ``pdf_variant`` brings its defaults (PDF version, output intent) as
    ``Document.write_pdf`` gives them.
    """
    if variant := options.get("pdf_variant"):
        for key, value in VARIANTS[variant][1].items():
            if options.get(key) is None:
                options[key] = value
    return generate_pdf(document, None, 1, **options)


def pdf_attachment(pdf, attachment: weasyprint.Attachment, *, compress: bool = True):
    """Add ``attachment``'s embedded-file stream and file specification to ``pdf``
    (a ``pydyf.PDF``) as ``write_pdf`` does; the file specification (a dictionary
    with its ``reference``), with its PDF/A-3 ``AFRelationship``."""
    filespec = write_pdf_attachment(pdf, attachment, compress)
    filespec["AFRelationship"] = f"/{attachment.relationship}"
    return filespec


def original_draw_text(stream, textbox, *args, **kwargs):
    return _original_draw_text(stream, textbox, *args, **kwargs)


def draw_text_wrap(wrapper: Callable) -> None:
    """Make WeasyPrint draw every text box through ``wrapper`` (idempotent); the wrapper
    calls :func:`original_draw_text` to draw."""
    weasyprint.draw.draw_text = wrapper
