"""Archival certificates (certificates/design/archival.py): every PDF is a PDF/A-3b with the
signed credential attached, the same bytes the server serves at /v/<code>.jwt, fonts
embedded and the Hindi still extractable; from the bulk renderer (what issuing uses) and
from the single one. Read back with poppler (pdfdetach, pdffonts, pdftotext) and pypdf."""

import dataclasses
import io
import re
import subprocess

import pypdf
import pytest

from certificates import issuing
from certificates.credentials import keys
from certificates.credentials.printed import qr_fragment
from certificates.design.batch import BatchRenderer
from certificates.design.data import sample_certificate
from certificates.design.renderer import CertificateRenderer
from certificates.generation import certificate_data
from certificates.tests.test_certificates import leader, pdf_text, stored
from organisation.tests.factories import coordinator_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


def attachments(pdf: bytes, tmp_path) -> dict[str, bytes]:
    """The embedded files, as poppler's pdfdetach saves them."""
    source = tmp_path / "certificate.pdf"
    source.write_bytes(pdf)
    out = tmp_path / "attached"
    out.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(out), str(source)], check=True)
    return {path.name: path.read_bytes() for path in out.iterdir()}


def fonts(pdf: bytes) -> list[list[str]]:
    """pdffonts' rows: name, type, encoding, emb, sub, uni, object, generation."""
    listing = subprocess.run(
        ["pdffonts", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows, listing
    return rows


def assert_pdfa3b(pdf: bytes, attached: list[str]) -> None:
    """What PDF/A-3b asks of the file that we control (ISO 19005-3, 6.x)."""
    assert re.match(rb"%PDF-1\.7\n%[\x80-\xff]{4}", pdf)  # header and binary comment
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert not reader.is_encrypted and reader.trailer["/ID"]
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    # The XMP metadata and the document information agree.
    info = reader.metadata
    assert f'pdf:Producer="{info["/Producer"]}"' in xmp
    assert f">{info['/Title']}</rdf:li>" in xmp
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object()["/N"] == 3  # an RGB ICC profile
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object()["/F"] & 4  # printed
    names = root.get("/Names", {}).get("/EmbeddedFiles", {}).get("/Names", [])
    listed = {str(names[i]): names[i + 1].get_object() for i in range(0, len(names), 2)}
    assert sorted(listed) == sorted(attached)
    assert [spec.get_object() for spec in root.get("/AF", [])] == list(listed.values())
    for spec in listed.values():
        assert spec["/AFRelationship"] == "/Data"
        embedded = spec["/EF"]["/F"].get_object()
        assert embedded["/Subtype"] == "/application/vc+jwt"
        assert embedded["/Params"]["/ModDate"]


def test_an_issued_certificate_is_pdfa3b_with_the_served_credential_inside(
    training, coordinator, client, tmp_path
):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Meera Iyer", name_hi="मीरा अय्यर"),
        issued_by=coordinator,
    )
    pdf = stored(certificate)
    name = f"certificate-{certificate.code}.jwt"
    assert_pdfa3b(pdf, [name])
    served = client.get(f"/v/{certificate.code}.jwt")
    assert served.status_code == 200
    assert attachments(pdf, tmp_path) == {name: served.content}
    assert served.content == certificate.credential.encode()
    assert all(row[-5] == "yes" for row in fonts(pdf)), fonts(pdf)  # emb
    text = pdf_text(pdf)
    assert "मीरा अय्यर" in text and "Meera Iyer" in text


def test_the_single_renderer_writes_the_same_archive_and_the_same_bytes_twice(
    training, coordinator, tmp_path
):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_hi="कविता शर्मा"), issued_by=coordinator
    )
    data = certificate_data(
        certificate,
        qr_fragment(certificate, keys.issuer_keyring().current()),
        certificate.credential,
    )
    renderer = CertificateRenderer()
    pdf = renderer.render_pdf(data)
    assert renderer.render_pdf(data) == pdf  # the attachment's dates are the issue date
    name = f"certificate-{certificate.code}.jwt"
    assert_pdfa3b(pdf, [name])
    assert attachments(pdf, tmp_path) == {name: certificate.credential.encode()}
    assert all(row[-5] == "yes" for row in fonts(pdf))
    assert "कविता शर्मा" in pdf_text(pdf)


def test_in_bulk_each_pdf_carries_its_own_credential_and_no_one_elses(tmp_path):
    items = [
        dataclasses.replace(sample_certificate(i), credential=f"header{i}.payload{i}.sig{i}")
        for i in range(3)
    ] + [sample_certificate(3)]  # not signed (a design preview): nothing attached
    pdfs = [pdf for _data, pdf in BatchRenderer(batch_size=4).render(items)]
    for index, (data, pdf) in enumerate(zip(items, pdfs, strict=True)):
        folder = tmp_path / str(index)
        folder.mkdir()
        if data.credential:
            name = f"certificate-{data.verification_code}.jwt"
            assert_pdfa3b(pdf, [name])
            assert attachments(pdf, folder) == {name: data.credential.encode()}
        else:
            assert_pdfa3b(pdf, [])
            assert attachments(pdf, folder) == {}
        assert all(row[-5] == "yes" for row in fonts(pdf))
        assert "सुब्रमण्यम" in pdf_text(pdf)
