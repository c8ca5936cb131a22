"""A laid-out certificate page: which blocks' text overflows its box, the QR codes
painted straight into the PDF, attachments dropped. WeasyPrint's layout boxes are read
through :mod:`certificates.design.weasyprint_private`.
"""

from __future__ import annotations

import weasyprint
from weasyprint.document import Page
from weasyprint.formatting_structure import boxes

from . import weasyprint_private
from .qr import draw_qr

#: Blocks of certificate.css whose text must stay inside their fixed box. Each one's
#: font sizes are multiplied by its ``--fit`` (1 by default): a block whose text
#: overflows is laid out again smaller (:meth:`CertificateRenderer.layout`).
FIT_BLOCKS = frozenset(
    {
        "issuer",
        "title",
        "recipient",
        "appointment",
        "wording",
        "courses",
        "signatures",
        "issued-on",
        "verify-url",
        "code",
    }
)


def overflowing_blocks(page: Page) -> dict[str, float]:
    """``{block: factor}`` for each of the page's FIT_BLOCKS whose text leaves its box:
    by how much to scale its font sizes for the text to fit (a first guess: below 1)."""
    found = {}
    for box in weasyprint_private.page_boxes(page):
        element = getattr(box, "element", None)
        if element is None or not isinstance(box, boxes.BlockLevelBox):
            continue
        names = FIT_BLOCKS.intersection((element.get("class") or "").split())
        if not names:
            continue
        (name,) = names
        if name in found:
            continue
        left, top = box.border_box_x(), box.border_box_y()
        right, bottom = left + box.border_width(), top + box.border_height()
        text_left, text_right, text_bottom = right, left, top
        for inner in box.descendants(placeholders=True):
            if isinstance(inner, boxes.LineBox):
                text_bottom = max(text_bottom, inner.position_y + inner.height)
            elif isinstance(inner, boxes.TextBox):
                text_left = min(text_left, inner.position_x)
                text_right = max(text_right, inner.position_x + inner.width)
        slack = 0.5  # px: rounding, not overflow
        wide = text_right - text_left > right - left + slack
        wide = wide or text_left < left - slack or text_right > right + slack
        tall = text_bottom > bottom + slack
        if not (wide or tall):
            found.setdefault(name, None)
            continue
        factor = 1.0
        if wide:  # a line too long to break: its width goes down with the font size
            factor = min(factor, (right - left) / max(text_right - text_left, 1))
        if tall:  # lines wrap: height goes down with the square of the font size
            factor = min(factor, ((bottom - top) / max(text_bottom - top, 1)) ** 0.5)
        found[name] = min(factor * 0.98, 0.95)
    return {name: factor for name, factor in found.items() if factor is not None}


def find_qr_boxes(page: Page):
    """``(url, x, y, size)`` of each empty QR box (``data-qr``) laid out on ``page``."""
    for box in weasyprint_private.page_boxes(page):
        element = getattr(box, "element", None)
        if (
            element is not None
            and isinstance(box, boxes.BlockBox)
            and element.get("data-qr")
            and box.element_tag == "div"
        ):
            size = min(box.width, box.height)
            yield element.get("data-qr"), box.content_box_x(), box.content_box_y(), size


def paint_certificate_page(
    page: Page, stream, scale=1, *, background: Page | None = None, groups=None
):
    """Paint a certificate page: ``background`` (if any), the page, then its QR codes.

    The background (the static layer, for the bulk generator) is painted once per PDF
    into a form XObject that every page then draws: ``groups`` remembers it.
    """
    if background is not None:
        key = weasyprint_private.resources_key(stream)
        group_id = groups.get(key)
        if group_id is None:
            group = stream.add_group(0, 0, background.width, background.height)
            Page.paint(background, group)
            group_id = groups[key] = group.id
        with stream.stacked():
            stream.transform(a=scale, d=scale)
            stream.draw_x_object(group_id)
    Page.paint(page, stream, scale)
    with stream.stacked():
        stream.transform(a=scale, d=scale)
        for url, x, y, size in find_qr_boxes(page):
            draw_qr(stream, url, x, y, size)


def drop_attachments(document: weasyprint.Document) -> None:
    """Forget ``<link rel=attachment>`` and ``<a rel=attachment>`` before the PDF is written.

    WeasyPrint fetches attachments only when writing, so nothing is loaded either.
    """
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
