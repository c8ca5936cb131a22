"""Every use of WeasyPrint's private API, in one place, with the versions it was checked on.

The certificate pipeline needs things WeasyPrint does not offer publicly: the boxes
laid out on a page (shrink-to-fit and the QR codes' positions), its PDF objects before
they are written (one small PDF per page in bulk, and the shared static layer), its
``draw_text`` (Devanagari lines drawn with their actual text), and, for speed, a document
made from a tree parsed by expat and pages spared building empty margin boxes. They are
all here, so that upgrading WeasyPrint means reading this module and its tests, and a
system check (``certificates.W001``) says when the installed version is not one they were
checked on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import cssselect2
import weasyprint
import weasyprint.draw
import weasyprint.layout
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as parse_xml
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


#: The sixteen page-margin boxes of CSS Paged Media (``@top-left`` ... ``@right-bottom``).
MARGIN_BOX_KEYWORDS = tuple(
    f"@{side}-{place}"
    for side, places in (
        ("top", ("left-corner", "left", "center", "right", "right-corner")),
        ("bottom", ("left-corner", "left", "center", "right", "right-corner")),
        ("left", ("top", "middle", "bottom")),
        ("right", ("top", "middle", "bottom")),
    )
    for place in places
)
_original_make_margin_boxes = weasyprint.layout.make_margin_boxes


def _margin_boxes_unless_all_empty(context, page, state):
    """WeasyPrint's ``make_margin_boxes``, skipped for a page type none of whose margin
    boxes has content: it would build, style and size sixteen boxes per page only to
    generate none (5 % of a bulk certificate's time; the certificate has no margin
    boxes). Whether a page type has any is read once per layout context."""
    known = context.__dict__.setdefault("_page_types_without_margin_boxes", {})
    empty = known.get(page.page_type)
    if empty is None:
        empty = known[page.page_type] = all(
            _margin_box_style(context, page, keyword)["content"] in ("normal", "inhibit", "none")
            for keyword in MARGIN_BOX_KEYWORDS
        )
    return () if empty else _original_make_margin_boxes(context, page, state)


def _margin_box_style(context, page, keyword):
    """The style ``make_margin_boxes`` gives a margin box. (Not ``style_for(...) or ...``:
    a computed style is a dict filled as it is read, so a fresh one is falsy.)"""
    style = context.style_for(page.page_type, keyword)
    return page.style.anonymous_style if style is None else style


def skip_empty_margin_boxes(enabled: bool = True) -> None:
    """Install (or, for a benchmark's comparison, remove) the fast path above."""
    weasyprint.layout.make_margin_boxes = (
        _margin_boxes_unless_all_empty if enabled else _original_make_margin_boxes
    )


def xml_tree(html: str):
    """The element tree of ``html`` parsed by expat, or None where it may differ from
    what WeasyPrint's HTML parser gives: markup that is not well-formed XML (a stray
    ``<``, a character XML forbids) or that holds namespaced elements (an inline SVG,
    whose ``xmlns`` an HTML parser keeps as an attribute). defusedxml refuses entity
    declarations; the markup is our template's, every field escaped, but it costs
    nothing to be sure."""
    try:
        root = parse_xml(html)
    except (ParseError, DefusedXmlException):
        return None
    if any(element.tag[0] == "{" for element in root.iter()):
        return None
    return root


def parsed_html(html: str, *, url_fetcher) -> weasyprint.HTML:
    """``weasyprint.HTML(string=html, url_fetcher=url_fetcher)``, parsed by expat where
    :func:`xml_tree` can (the certificate templates are written for it).

    WeasyPrint's HTML parser is pure Python: a tenth of a bulk certificate's time went to
    parsing its page. For well-formed markup without whitespace between the structural
    tags, expat gives the same element tree (certificates/tests/test_parsed_html.py
    compares them); anything else is parsed by WeasyPrint as before.
    """
    root = xml_tree(html)
    if root is None:
        return weasyprint.HTML(string=html, url_fetcher=url_fetcher)
    # What HTML.__init__ sets after parsing (WeasyPrint 70).
    document = object.__new__(weasyprint.HTML)
    document.base_url = weasyprint._find_base_url(root, None)
    document.url_fetcher = url_fetcher
    document.media_type = "print"
    document.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
    document.etree_element = document.wrapper_element.etree_element
    return document
