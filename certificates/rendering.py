"""Leadership certificates as PDF: plain data in, bytes out (no database).

The service layer builds a :class:`CertificateData` from its models and calls
``CertificateRenderer(design).render_pdf(data)``; bulk generation goes through
:func:`certificates.batch.render_batch`, which gives the same pages much faster.

Safety: names and wording are escaped by the template, and WeasyPrint may load only
our own static and media files (:mod:`certificates.url_fetcher`). Attachments are
dropped before the PDF is written. Output is byte-identical for identical input.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import NamedTuple

import weasyprint
from weasyprint.document import Page
from weasyprint.formatting_structure import boxes
from weasyprint.text.fonts import FontConfiguration

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from . import weasyprint_private
from .qr import draw_qr, qr_svg
from .url_fetcher import RestrictedURLFetcher

LEVELS = {
    "national": ("National", "राष्ट्रीय"),
    "state": ("State", "राज्य"),
    "district": ("District", "ज़िला"),
}

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
#: No text is made smaller than this share of its designed size (the longest values
#: the forms accept fit above it; see certificates/tests/test_certificate_layout.py).
MIN_FIT = 0.3
MAX_FIT_PASSES = 6

# Layers of the certificate page (see templates/certificates/certificate.html).
LAYER_ALL, LAYER_STATIC, LAYER_VARIABLE = "all", "static", "variable"


class CompletedCourse(NamedTuple):
    title_en: str
    title_hi: str
    completed_on: datetime.date


class Signatory(NamedTuple):
    name: str
    title: str
    signature_image_path: str | Path | None = None


@dataclass(frozen=True)
class CertificateData:
    """What changes from one certificate to the next."""

    name_en: str
    name_hi: str
    role_en: str
    role_hi: str
    level: str  # "national", "state" or "district"
    unit_en: str
    unit_hi: str
    courses: tuple[CompletedCourse, ...]
    issued_on: datetime.date
    verification_code: str
    verification_url: str

    def __post_init__(self):
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {self.level!r}")
        object.__setattr__(self, "courses", tuple(CompletedCourse(*c) for c in self.courses))


@dataclass(frozen=True)
class CertificateDesign:
    """What every certificate of one issue shares. Wording is plain text, not HTML."""

    title_en: str
    title_hi: str
    wording_en: str
    wording_hi: str
    issuer_en: str
    issuer_hi: str
    signatories: tuple[Signatory, ...] = ()
    logo_path: str | Path | None = None

    def __post_init__(self):
        object.__setattr__(self, "signatories", tuple(Signatory(*s) for s in self.signatories))


def default_design() -> CertificateDesign:
    """The organisation's standard leadership certificate, in English and Hindi."""
    return CertificateDesign(
        title_en="Certificate of Leadership",
        title_hi="नेतृत्व प्रमाण-पत्र",
        wording_en=(
            "Having completed the programme's training in verification, fact-checking, "
            "civil rapid response and digital safety, and having shown sound judgement "
            "and care for facts, the holder is entrusted with leading a team of ten "
            "volunteers.\n\n"
            "A leader carries the organisation's programmes to social media with evidence "
            "and courtesy, answers misinformation with verified facts, and helps every "
            "member of the team grow."
        ),
        wording_hi=(
            "सत्यापन, तथ्य-जाँच, शालीन त्वरित प्रतिक्रिया और डिजिटल सुरक्षा का प्रशिक्षण "
            "पूरा करने तथा तथ्यों के प्रति सजगता और विवेक दिखाने पर धारक को दस "
            "स्वयंसेवकों की टीम का नेतृत्व सौंपा जाता है।\n\n"
            "लीडर संगठन के कार्यक्रमों को प्रमाण और शिष्टता के साथ सोशल मीडिया तक "
            "पहुँचाते हैं, सत्यापित तथ्यों से भ्रामक सूचनाओं का उत्तर देते हैं और टीम के "
            "हर सदस्य को आगे बढ़ने में मदद करते हैं।"
        ),
        issuer_en="Volunteer Social Media Training Programme",
        issuer_hi="स्वयंसेवक सोशल मीडिया प्रशिक्षण कार्यक्रम",
        signatories=(
            Signatory("Director, Volunteer Training", "निदेशक, स्वयंसेवक प्रशिक्षण"),
            Signatory("National Coordinator", "राष्ट्रीय समन्वयक"),
        ),
    )


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
    # painted straight into the PDF (certificates.qr.draw_qr), 8 ms faster per page than
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
                mark_safe(qr_svg(data.verification_url))  # noqa: S308
                if self.qr_in_html
                else ""
            ),
            "verification_link": safe_link(data.verification_url),
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
        return self._template.render(self._pages_context(batch, layer=layer, fits=fits))

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
        document = weasyprint.HTML(string=html, url_fetcher=self.url_fetcher).render(
            font_config=self.font_config,
            stylesheets=self.get_stylesheets(),
            cache={} if images is None else images,
        )
        drop_attachments(document)
        for page in document.pages:
            page.paint = partial(paint_certificate_page, page)
        return document

    def write_pdf(self, document: weasyprint.Document) -> bytes:
        return document.write_pdf()

    def render_pdf(self, data: CertificateData) -> bytes:
        """The certificate as a one-page PDF (bytes)."""
        return self.write_pdf(self.layout([data]))

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


def sample_certificate(index: int = 0) -> CertificateData:
    """A long bilingual sample certificate; ``index`` varies the code and URL."""
    code = f"LDR-{index:06d}-{(index * 7919) % 100000:05d}"
    return CertificateData(
        name_en="Dr. Anuradha Venkataraman Subramaniam",
        name_hi="डॉ. अनुराधा वेंकटरमन सुब्रमण्यम",
        role_en="District leader",
        role_hi="ज़िला लीडर",
        level="district",
        unit_en="Purbi Singhbhum, Jharkhand",
        unit_hi="पूर्वी सिंहभूम, झारखंड",
        courses=(
            CompletedCourse(
                "Social media skills for volunteers",
                "स्वयंसेवकों के लिए सोशल मीडिया कौशल",
                datetime.date(2026, 1, 20),
            ),
            CompletedCourse(
                "Leading a team of ten", "दस की टीम का नेतृत्व", datetime.date(2026, 2, 27)
            ),
        ),
        issued_on=datetime.date(2026, 3, 14),
        verification_code=code,
        verification_url=f"https://training.example.org/verify/{code}/",
    )
