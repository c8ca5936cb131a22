"""Leadership certificate PDFs: content, fonts, QR, safety, determinism, bulk."""

import dataclasses
import datetime
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from certificates.design.batch import BatchRenderer, render_batch
from certificates.design.data import CertificateDesign, default_design, sample_certificate
from certificates.design.renderer import CertificateRenderer
from certificates.design.url_fetcher import RefusedURL, RestrictedURLFetcher

NAME_HI = "डॉ. विकास प्रिया सिंह सुब्रमण्यम"  # vowel sign ि: glyphs drawn out of order

HOSTILE = (
    '<img src="file:///etc/passwd"> <link rel=attachment href="file:///etc/hostname">'
    " <a rel=attachment href=file:///etc/hostname>x</a>"
    ' <span style="background:url(http://127.0.0.1:9/beacon)">s</span>'
    " </style><style>*{background:url(http://127.0.0.1:9/css)}</style>"
    " <svg><image href=file:///etc/passwd /></svg> ]]> --> MARKER"
)


def run(*command, input=None) -> str:
    return subprocess.run(command, input=input, capture_output=True, check=True).stdout.decode()


def pdf_text(pdf: bytes, tmp_path: Path, *args) -> str:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    return run("pdftotext", *args, str(path), "-")


def pdf_tool(tool: str, pdf: bytes, tmp_path: Path, *args) -> str:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    return run(tool, *args, str(path))


def shows_escaped(text: str) -> bool:
    """The start of HOSTILE, as text (a long payload may overflow its box at the end)."""
    return '<imgsrc="file:///etc/passwd">' in "".join(text.split()).lower()  # or UPPER


def words(text: str) -> list[str]:
    return sorted(text.split())


@pytest.fixture(scope="module")
def renderer():
    return CertificateRenderer()


@pytest.fixture
def data():
    return dataclasses.replace(sample_certificate(7), name_hi=NAME_HI)


class CountingFetcher(RestrictedURLFetcher):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.urls = []

    def fetch(self, url, headers=None):
        self.urls.append(url)
        return super().fetch(url, headers)


def test_text_in_both_languages_is_extractable(renderer, data, tmp_path):
    text = pdf_text(renderer.render_pdf(data), tmp_path)
    assert data.name_en in text
    assert NAME_HI in text
    assert "पूर्वी सिंहभूम, झारखंड" in text
    assert "ज़िला लीडर" in text
    assert data.verification_code in text
    assert data.verification_url in "".join(text.split())  # wraps in its box
    assert "14 March 2026" in text and "14 मार्च 2026" in text
    assert "Leading a team of ten" in text and "दस की टीम का नेतृत्व" in text
    assert "प्रमाणित किया जाता है कि" in text  # static wording extracts right too


def test_one_a4_landscape_page_with_fonts_embedded(renderer, data, tmp_path):
    pdf = renderer.render_pdf(data)
    info = pdf_tool("pdfinfo", pdf, tmp_path)
    assert "Pages:           1" in info
    assert "841.89 x 595.276 pts (A4)" in info
    fonts = pdf_tool("pdffonts", pdf, tmp_path).splitlines()[2:]
    assert any("Noto-Sans-Devanagari" in line for line in fonts)
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb


def decode_qr(pdf: bytes, tmp_path: Path) -> str:
    if not shutil.which("zbarimg"):
        pytest.skip("zbarimg missing: apt-get install zbar-tools (make system-deps)")
    (tmp_path / "certificate.pdf").write_bytes(pdf)
    run(
        "pdftoppm",
        "-r",
        "150",
        "-png",
        "-singlefile",
        str(tmp_path / "certificate.pdf"),
        str(tmp_path / "page"),
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")],
        capture_output=True,
        check=True,
    )
    return result.stdout.decode().strip()


def test_qr_code_decodes_to_the_verification_url(renderer, data, tmp_path):
    assert decode_qr(renderer.render_pdf(data), tmp_path) == data.verification_url


def test_same_input_gives_the_same_bytes(renderer, data):
    first = renderer.render_pdf(data)
    assert renderer.render_pdf(data) == first
    assert CertificateRenderer().render_pdf(data) == first
    assert renderer.render_pdf(sample_certificate(8)) != first


CERTIFICATE_FIELDS = [
    "name_en",
    "name_hi",
    "role_en",
    "role_hi",
    "unit_en",
    "unit_hi",
    "verification_code",
    "verification_url",
]


@pytest.mark.parametrize("field", [*CERTIFICATE_FIELDS, "courses"])
def test_hostile_certificate_fields_are_shown_not_followed(field, data, tmp_path):
    if field == "courses":
        hostile = dataclasses.replace(
            data, courses=((HOSTILE, HOSTILE, datetime.date(2026, 1, 2)),)
        )
    else:
        hostile = dataclasses.replace(data, **{field: HOSTILE})
    fetcher = CountingFetcher()
    pdf = CertificateRenderer(url_fetcher=fetcher).render_pdf(hostile)
    assert fetcher.urls == []
    assert pdf_tool("pdfdetach", pdf, tmp_path, "-list").startswith("0 embedded files")
    assert b"/EmbeddedFile" not in pdf and b"/URI (file" not in pdf
    assert "Pages:           1" in pdf_tool("pdfinfo", pdf, tmp_path)
    if field != "verification_url":  # the URL is printed, but not as a link
        assert shows_escaped(pdf_text(pdf, tmp_path, "-raw"))


@pytest.mark.parametrize(
    "field", ["title_en", "title_hi", "wording_en", "wording_hi", "issuer_en", "issuer_hi"]
)
def test_hostile_design_text_is_shown_not_followed(field, data, tmp_path):
    design = dataclasses.replace(default_design(), **{field: HOSTILE})
    fetcher = CountingFetcher()
    pdf = CertificateRenderer(design, url_fetcher=fetcher).render_pdf(data)
    assert fetcher.urls == []
    assert pdf_tool("pdfdetach", pdf, tmp_path, "-list").startswith("0 embedded files")
    assert shows_escaped(pdf_text(pdf, tmp_path, "-raw"))


def test_hostile_signatory_and_image_paths_are_refused(data, tmp_path):
    design = dataclasses.replace(
        default_design(),
        signatories=((HOSTILE, HOSTILE, "/etc/passwd"), ("B", "C", "../../../etc/hosts")),
        logo_path="/proc/self/environ",
    )
    fetcher = CountingFetcher()
    pdf = CertificateRenderer(design, url_fetcher=fetcher).render_pdf(data)
    assert fetcher.refused == 3 and fetcher.calls == 3
    assert shows_escaped(pdf_text(pdf, tmp_path, "-raw"))
    assert b"/Subtype /Image" not in pdf


def test_attachments_in_the_html_are_dropped_unfetched(renderer, tmp_path):
    css = Path(__file__).resolve().parents[2] / "static/certificates/certificate.css"
    fetcher = CountingFetcher()
    own = CertificateRenderer(url_fetcher=fetcher)
    html = (
        f'<link rel="attachment" href="{css.as_uri()}"><p>x</p>'
        f'<a rel="attachment" href="{css.as_uri()}">y</a>'
    )
    pdf = own.write_pdf(own.render_document(html))
    assert fetcher.urls == []
    assert pdf_tool("pdfdetach", pdf, tmp_path, "-list").startswith("0 embedded files")


def test_logo_and_signatures_from_media_are_drawn(settings, data):
    media = Path(settings.MEDIA_ROOT)
    (media / "certificates").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (60, 30), "navy").save(media / "certificates/logo.png")
    Image.new("RGB", (90, 30), "black").save(media / "certificates/sign.png")
    design = dataclasses.replace(
        default_design(),
        logo_path="certificates/logo.png",
        signatories=(("A. Person", "Director", media / "certificates/sign.png"),),
    )
    fetcher = CountingFetcher()
    pdf = CertificateRenderer(design, url_fetcher=fetcher).render_pdf(data)
    assert fetcher.calls == 2 and fetcher.refused == 0
    assert pdf.count(b"/Subtype /Image") == 2


def test_fetcher_serves_only_our_files(settings, tmp_path):
    media = Path(settings.MEDIA_ROOT)
    (media / "escape").unlink(missing_ok=True)
    (media / "escape").symlink_to("/etc/passwd")
    fetcher = RestrictedURLFetcher()
    css = Path(__file__).resolve().parents[2] / "static/certificates/certificate.css"
    assert b"@page" in fetcher.fetch(css.as_uri()).read()
    for url in [
        "file:///etc/passwd",
        (media / "escape").as_uri(),
        (media / ".." / "etc" / "passwd").as_uri(),
        "file://evil.example/share/x.png",
        "http://127.0.0.1:9/x.png",
        "https://example.org/x.css",
        "ftp://example.org/x",
        "data:text/html,<p>x</p>",
        "data:image/svg+xml,<svg/>",
        "javascript:alert(1)",
    ]:
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert fetcher.refused == 10
    png = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4"
        "nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
    )
    assert fetcher.fetch(png).read().startswith(b"\x89PNG")


def test_design_wording_is_plain_text_paragraphs(data, tmp_path):
    design = dataclasses.replace(
        default_design(), wording_en="First <b>para</b>.\n\nSecond\npara.", wording_hi="एक।"
    )
    renderer = CertificateRenderer(design)
    html = renderer.render_html(data)
    assert "<p>First &lt;b&gt;para&lt;/b&gt;.</p><p>Second para.</p>" in html
    assert "First <b>para</b>." in pdf_text(renderer.render_pdf(data), tmp_path)


def test_bulk_gives_the_same_certificates_as_the_single_renderer(renderer, tmp_path):
    people = [
        sample_certificate(1),
        dataclasses.replace(sample_certificate(2), name_en="Ravi Kumar", name_hi="रवि कुमार"),
        dataclasses.replace(
            sample_certificate(3),
            name_en="Meenakshi Iyer",
            name_hi="मीनाक्षी अय्यर",
            level="state",
            role_en="State leader",
            role_hi="राज्य लीडर",
            unit_en="Tamil Nadu",
            unit_hi="तमिलनाडु",
            courses=(),
        ),
    ]
    results = list(render_batch(people, batch_size=2))
    assert [result[0] for result in results] == people
    for person, pdf in results:
        assert "Pages:           1" in pdf_tool("pdfinfo", pdf, tmp_path)
        bulk_text = pdf_text(pdf, tmp_path)
        single_text = pdf_text(renderer.render_pdf(person), tmp_path)
        assert words(bulk_text) == words(single_text)
        assert person.name_hi in bulk_text
        others = [other.name_en for other in people if other is not person]
        assert not any(name in bulk_text for name in others)
        fonts = pdf_tool("pdffonts", pdf, tmp_path).splitlines()[2:]
        assert all(line.split()[-5] == "yes" for line in fonts)
        assert decode_qr(pdf, tmp_path) == person.verification_url


def test_bulk_is_deterministic_and_takes_any_iterable():
    design = CertificateDesign(**{**default_design().__dict__, "title_en": "Leadership"})
    bulk = BatchRenderer(design, batch_size=3)
    people = [sample_certificate(i) for i in range(5)]
    first = [pdf for _, pdf in bulk.render(iter(people))]
    assert len(first) == 5 and len(set(first)) == 5
    assert [pdf for _, pdf in bulk.render(p for p in people)] == first
    assert list(bulk.render([])) == []


def test_an_unchecked_weasyprint_version_is_a_system_check_warning(monkeypatch):
    import weasyprint

    from django.core import checks

    from certificates.design import weasyprint_private

    assert not [m for m in checks.run_checks() if m.id == "certificates.W001"]
    monkeypatch.setattr(weasyprint_private, "CHECKED_MAJOR_VERSIONS", ("1",))
    (warning,) = [m for m in checks.run_checks() if m.id == "certificates.W001"]
    assert f"WeasyPrint {weasyprint.VERSION} is not a version" in warning.msg


def test_the_devanagari_text_patch_is_installed_when_the_apps_are_ready():
    import weasyprint.draw

    from certificates.design import pdf_text

    assert weasyprint.draw.draw_text is pdf_text.draw_text_with_actual_text


def test_a_name_without_a_hindi_spelling_is_printed_once(renderer, data, tmp_path):
    """The certificate falls back to the English name for the Hindi line: print it once,
    not as "Ravi Kumar / Ravi Kumar"."""
    english_only = dataclasses.replace(data, name_en="Ravi Kumar", name_hi="Ravi Kumar")
    single = pdf_text(renderer.render_pdf(english_only), tmp_path)
    assert single.count("Ravi Kumar") == 1
    ((_, bulk),) = list(render_batch([english_only]))
    assert pdf_text(bulk, tmp_path).count("Ravi Kumar") == 1
