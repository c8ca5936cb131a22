"""Certificate pages parsed by expat give the tree WeasyPrint's own HTML parser gives
(certificates/design/weasyprint_private.py, parsed_html), and markup that is not
well-formed XML is still parsed, by WeasyPrint."""

import dataclasses
from xml.etree import ElementTree

import pytest
import tinyhtml5
import weasyprint

from certificates.design import weasyprint_private
from certificates.design.data import default_design, sample_certificate
from certificates.design.renderer import (
    LAYER_ALL,
    LAYER_STATIC,
    LAYER_VARIABLE,
    CertificateRenderer,
)
from certificates.tests.test_rendering import HOSTILE, NAME_HI


def html_parser_tree(html: str) -> str:
    return ElementTree.tostring(
        tinyhtml5.parse(html, namespace_html_elements=False), encoding="unicode"
    )


def expat_tree(html: str) -> str:
    document = weasyprint_private.parsed_html(html, url_fetcher=None)
    return ElementTree.tostring(document.etree_element, encoding="unicode")


def certificates():
    plain = sample_certificate(3)
    return [
        plain,
        dataclasses.replace(sample_certificate(4), name_hi=NAME_HI),
        dataclasses.replace(plain, name_hi=plain.name_en),  # one name line
        dataclasses.replace(plain, name_en=HOSTILE, unit_hi=HOSTILE, courses=()),
        dataclasses.replace(plain, name_en='O\'Brien & <Sons> "quoted" ' + "long " * 60),
    ]


DESIGNS = {
    "default": default_design(),
    "images and hostile text": dataclasses.replace(
        default_design(),
        title_en=HOSTILE,
        signatories=(("A", "B", "certificates/sign.png"), (HOSTILE, "C", "")),
        logo_path="certificates/logo.png",
    ),
}


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("layer", [LAYER_ALL, LAYER_STATIC, LAYER_VARIABLE])
@pytest.mark.parametrize("qr_in_html", [False, True])
def test_expat_gives_the_html_parsers_tree(design, layer, qr_in_html):
    renderer = CertificateRenderer(DESIGNS[design])
    renderer.qr_in_html = qr_in_html
    items = [None] if layer == LAYER_STATIC else certificates()
    html = renderer.render_batch_html(items, layer=layer)
    # The fast path is taken, except for an inline SVG (the QR code of a preview).
    assert (weasyprint_private.xml_tree(html) is None) == (qr_in_html and layer != LAYER_STATIC)
    assert expat_tree(html) == html_parser_tree(html)


def test_markup_that_is_not_xml_is_parsed_by_weasyprint():
    html = "<p>one<br>two &nbsp; <b>three</p>"
    assert weasyprint_private.xml_tree(html) is None
    document = weasyprint_private.parsed_html(html, url_fetcher=None)
    assert isinstance(document, weasyprint.HTML)
    assert expat_tree(html) == html_parser_tree(html)


def test_entity_declarations_are_not_expanded():
    html = '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">]><html><body><p>&a;</p></body></html>'
    assert weasyprint_private.xml_tree(html) is None
    assert "aaaaaaaaaa" not in expat_tree(html)
