"""QR codes for certificates, as inline SVG (segno: pure Python, no Pillow)."""

from __future__ import annotations

import io
from functools import lru_cache

import segno


@lru_cache(maxsize=256)
def qr_svg(data: str, *, error: str = "m", border: int = 2) -> str:
    """The QR code of ``data`` as an ``<svg>`` element, sized by the surrounding CSS.

    segno writes only the modules as one path: the encoded text is never copied into
    the markup, so a hostile URL cannot inject anything into the document.
    """
    buffer = io.BytesIO()
    segno.make(data, error=error, micro=False).save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        nl=False,
        omitsize=True,
        border=border,
        svgclass="qr",
        lineclass=None,
        dark="#000",
    )
    return buffer.getvalue().decode("ascii")
