"""The fast path for pages without margin boxes (certificates/design/weasyprint_private.py):
it changes no PDF, and a document that has margin boxes still gets them."""

import re

import weasyprint
import weasyprint.layout

from certificates.design import weasyprint_private
from certificates.design.batch import BatchRenderer
from certificates.design.data import sample_certificate
from certificates.tests.test_rendering import pdf_text

PAGED = """<style>
@page { size: A6; margin: 20mm;
        @bottom-center { content: "Page " counter(page) " of " counter(pages) } }
@page :first { @top-right { content: "First" } }
p { break-after: page }
</style><p>One</p><p>Two</p>"""


def without_dates(pdf: bytes) -> bytes:
    return re.sub(rb"/(CreationDate|ModDate) \([^)]*\)|<xmp:\w+Date>[^<]*<", b"", pdf)


def test_the_fast_path_is_installed_when_the_apps_are_ready():
    assert weasyprint.layout.make_margin_boxes is weasyprint_private._margin_boxes_unless_all_empty


def test_margin_boxes_with_content_are_still_drawn(tmp_path):
    text = pdf_text(weasyprint.HTML(string=PAGED).write_pdf(), tmp_path)
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert text.count("First") == 1


def test_bulk_certificates_are_the_same_with_and_without_the_fast_path():
    bulk = BatchRenderer(batch_size=4)
    data = [sample_certificate(index) for index in range(6)]
    fast = [without_dates(pdf) for _, pdf in bulk.render(data)]
    weasyprint_private.skip_empty_margin_boxes(False)
    try:
        assert weasyprint.layout.make_margin_boxes is not (
            weasyprint_private._margin_boxes_unless_all_empty
        )
        slow = [without_dates(pdf) for _, pdf in bulk.render(data)]
    finally:
        weasyprint_private.skip_empty_margin_boxes()
    assert fast == slow
