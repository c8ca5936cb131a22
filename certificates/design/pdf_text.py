"""Hindi text that copies and extracts correctly from WeasyPrint's PDFs.

WeasyPrint maps each glyph to Unicode once per font (a ToUnicode table). In Devanagari
one glyph often stands for several characters, or is drawn before the consonant it
follows in the text (the vowel sign ि in कि): the table then gives back "कया" for
"किया", and the first word that used a glyph decides its text for the whole document.

PDF has the answer for this: a marked-content span with an ``/ActualText`` entry,
which text extractors (poppler's pdftotext, Acrobat, pdf.js) use instead of the glyphs.
:func:`install` wraps WeasyPrint's ``draw_text`` so that every line of text holding
Devanagari is drawn inside such a span. Latin text is left as it is.
"""

from __future__ import annotations

import re

from certificates.design import weasyprint_private

# Devanagari, Devanagari Extended, Vedic Extensions.
COMPLEX_SCRIPT = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]")


def actual_text_operand(text: str) -> str:
    """A PDF text string (UTF-16BE with its byte-order mark) as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_text_with_actual_text(stream, textbox, *args, **kwargs):
    text = textbox.text
    if not COMPLEX_SCRIPT.search(text):
        return weasyprint_private.original_draw_text(stream, textbox, *args, **kwargs)
    stream.begin_marked_content("Span", f"<< /ActualText {actual_text_operand(text)} >>")
    try:
        return weasyprint_private.original_draw_text(stream, textbox, *args, **kwargs)
    finally:
        stream.end_marked_content()


def install() -> None:
    """Make WeasyPrint draw Devanagari lines with their actual text (idempotent).

    Called by ``CertificatesConfig.ready()``, before any certificate is rendered."""
    weasyprint_private.draw_text_wrap(draw_text_with_actual_text)
