"""One certificate as a PDF: plain data in, bytes out (no database).

The generation layer builds a :class:`~certificates.design.data.CertificateData` from
its models and calls ``CertificateRenderer(design).render_pdf(data)``; bulk generation
goes through :func:`certificates.design.batch.render_batch`, which gives the same pages
much faster. The page itself is ``templates/certificates/certificate.html`` with
``static/certificates/certificate.css``.

Safety: names and wording are escaped by the template, and WeasyPrint may load only
our own static and media files (:mod:`certificates.design.url_fetcher`). Attachments
in the HTML are dropped before the PDF is written; the only file attached is the
certificate's signed credential, in a PDF/A-3b (:mod:`certificates.design.archival`).
Output is byte-identical for identical input.
"""

from __future__ import annotations

import datetime
import re
from functools import cached_property, partial
from pathlib import Path

import weasyprint
from weasyprint.text.fonts import FontConfiguration

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from . import weasyprint_private
from .archival import PDF_VARIANT, credential_attachment, one_entry_per_file
from .data import LEVELS, CertificateData, CertificateDesign, default_design
from .pages import drop_attachments, overflowing_blocks, paint_certificate_page
from .qr import qr_svg
from .url_fetcher import RestrictedURLFetcher

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_HI = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
]

#: No text is made smaller than this share of its designed size (the longest values
#: the forms accept fit above it; see certificates/tests/test_certificate_layout.py).
MIN_FIT = 0.3
MAX_FIT_PASSES = 6

# Layers of the certificate page (see templates/certificates/certificate.html).
LAYER_ALL, LAYER_STATIC, LAYER_VARIABLE = "all", "static", "variable"


def format_date_en(value: datetime.date) -> str:
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def format_date_hi(value: datetime.date) -> str:
    return f"{value.day} {MONTHS_HI[value.month - 1]} {value.year}"


def paragraphs(text: str) -> list[str]:
    """Plain text to paragraphs: blank lines separate them, other line breaks are spaces."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text or "") if block.strip()]


def media_file_url(path: str | Path | None) -> str | None:
    """A ``file://`` URL for a media file (relative paths are under MEDIA_ROOT), or
    the ``data:`` URL of one from an object store, unchanged.

    Whether WeasyPrint may read it is decided by the URL fetcher, not here.
    """
    if not path:
        return None
    if isinstance(path, str) and path.startswith("data:"):
        return path  # an image from an object store, embedded (the fetcher checks its type)
    path = Path(path)
    if not path.is_absolute():
        path = Path(settings.MEDIA_ROOT) / path
    return path.resolve().as_uri()


def safe_link(url: str) -> str | None:
    """The verification URL as a link target, only when it is a plain web address."""
    return url if re.match(r"https?://[^\s\"'<>]+\Z", url or "") else None


class CertificateRenderer:
    """Renders one design's certificates; override the ``get_*`` steps to customise.

    One renderer parses the stylesheet and sets up fonts once; reuse it for many
    certificates of the same design. Not thread-safe: use one per thread or process.
    """

    template_name = "certificates/certificate.html"
    stylesheet = "certificates/certificate.css"
    # False: the template leaves an empty box with the URL in ``data-qr`` and the QR is
    # painted straight into the PDF (certificates.design.qr.draw_qr), 8 ms faster per page than
    # WeasyPrint's SVG parser. True: inline SVG from segno (for HTML previews).
    qr_in_html = False

    def __init__(self, design: CertificateDesign | None = None, *, url_fetcher=None):
        self.design = design or default_design()
        self.url_fetcher = url_fetcher or RestrictedURLFetcher()
        self.font_config = FontConfiguration()

    # Overridable steps ---------------------------------------------------------------

    def get_template_name(self) -> str:
        return self.template_name

    def get_stylesheets(self) -> list[weasyprint.CSS]:
        return [self._stylesheet]

    def get_design_context(self) -> dict:
        """The context shared by every certificate of this design (computed once)."""
        design = self.design
        return {
            "design": design,
            "wording_en": paragraphs(design.wording_en),
            "wording_hi": paragraphs(design.wording_hi),
            "logo_url": media_file_url(design.logo_path),
            "signatories": [
                {
                    "name": s.name,
                    "title": s.title,
                    "image_url": media_file_url(s.signature_image_path),
                }
                for s in design.signatories
            ],
        }

    def get_certificate_context(self, data: CertificateData) -> dict:
        """What the template shows of one certificate (``cert`` in the sheet template)."""
        level_en, level_hi = LEVELS[data.level]
        return {
            "data": data,
            "level_en": level_en,
            "level_hi": level_hi,
            "issued_en": format_date_en(data.issued_on),
            "issued_hi": format_date_hi(data.issued_on),
            "courses": [
                {
                    "title_en": c.title_en,
                    "title_hi": c.title_hi,
                    "completed_en": format_date_en(c.completed_on),
                }
                for c in data.courses
            ],
            # segno writes only the modules, never the encoded text.
            "qr_svg": (
                mark_safe(qr_svg(data.qr_url))  # noqa: S308
                if self.qr_in_html
                else ""
            ),
            "verification_link": safe_link(data.verification_url),
            # Groups of four, each kept on one line: a code is copied by hand.
            "code_groups": data.verification_code.split("-"),
        }

    def get_context(
        self, data: CertificateData | None, *, layer: str = LAYER_ALL, fit: dict | None = None
    ) -> dict:
        """The template context for one certificate (or, with ``data=None``, none)."""
        return self._pages_context([data], layer=layer, fits=[fit or {}])

    def _pages_context(self, items, *, layer: str, fits: list[dict]) -> dict:
        pages = []
        for data, fit in zip(items, fits, strict=True):
            page = self.get_certificate_context(data) if data else {}
            # Strings, so that no locale's decimal separator reaches the CSS.
            page["fit"] = {block.replace("-", "_"): f"{scale:.3f}" for block, scale in fit.items()}
            pages.append(page)
        return {
            **self._design_context,
            "layer": layer,
            "show_static": layer in (LAYER_ALL, LAYER_STATIC),
            "show_variable": layer in (LAYER_ALL, LAYER_VARIABLE),
            "certificates": pages,
        }

    def render_html(
        self, data: CertificateData | None, *, layer: str = LAYER_ALL, fit: dict | None = None
    ) -> str:
        return self._template.render(self.get_context(data, layer=layer, fit=fit))

    def render_batch_html(
        self, batch, *, layer: str = LAYER_VARIABLE, fits: list[dict] | None = None
    ) -> str:
        """Several certificates as one HTML document, one page each."""
        fits = fits or [{} for _data in batch]
        # Nothing after </html>: an HTML parser would move it into the body.
        return self._template.render(self._pages_context(batch, layer=layer, fits=fits)).strip()

    def layout(self, items, *, layer: str = LAYER_ALL) -> weasyprint.Document:
        """Lay out ``items`` (certificates, or ``[None]`` for the static layer), a page
        each, every block's text made as much smaller as it needs to fit its box.

        Most certificates fit at once (one layout); a long name, title or wording is
        laid out again, each overflowing block shrunk by what it lacked.
        """
        items = list(items)
        fits = [{} for _item in items]
        images = {}  # each logo and signature fetched (or refused) once
        for _attempt in range(MAX_FIT_PASSES):
            html = self.render_batch_html(items, layer=layer, fits=fits)
            document = self.render_document(html, images=images)
            changed = False
            for page, fit in zip(document.pages, fits, strict=False):
                for block, factor in overflowing_blocks(page).items():
                    scale = fit.get(block, 1.0)
                    smaller = max(MIN_FIT, round(scale * factor, 3))
                    if smaller < scale:
                        fit[block] = smaller
                        changed = True
            if not changed:
                break
        return document

    def render_document(self, html: str, *, images: dict | None = None) -> weasyprint.Document:
        """Lay out HTML into pages, with nothing attached to the PDF.

        ``images``: WeasyPrint's image cache, to share between layouts of one page.
        """
        document = weasyprint_private.parsed_html(html, url_fetcher=self.url_fetcher).render(
            font_config=self.font_config,
            stylesheets=self.get_stylesheets(),
            cache={} if images is None else images,
        )
        drop_attachments(document)
        for page in document.pages:
            page.paint = partial(paint_certificate_page, page)
        return document

    def write_pdf(self, document: weasyprint.Document, *, attachments=()) -> bytes:
        """The document as a PDF/A-3b, with ``attachments`` (``weasyprint.Attachment``)."""
        return document.write_pdf(
            pdf_variant=PDF_VARIANT, attachments=list(attachments), finisher=one_entry_per_file
        )

    def render_pdf(self, data: CertificateData) -> bytes:
        """The certificate as a one-page PDF/A-3b (bytes), its credential attached."""
        attachment = credential_attachment(data)
        return self.write_pdf(self.layout([data]), attachments=[attachment] if attachment else [])

    # Set up once per renderer -----------------------------------------------------------

    @cached_property
    def _template(self):
        return get_template(self.get_template_name())

    @cached_property
    def _design_context(self) -> dict:
        return self.get_design_context()

    @cached_property
    def _stylesheet(self) -> weasyprint.CSS:
        path = finders.find(self.stylesheet)
        if path is None:
            raise FileNotFoundError(f"static file {self.stylesheet} not found")
        return weasyprint.CSS(
            filename=path, url_fetcher=self.url_fetcher, font_config=self.font_config
        )
