"""Every field of the certificate stays inside its box with the longest values the
forms accept: a 150-character name without spaces, a title on two lines, the longest
wording, four signatories with long titles... (text shrinks to fit, it never runs off
the page or over the printed labels).

Checked on the PDF itself: pdftotext's word boxes against the boxes of the design
(static/certificates/certificate.css, in mm on A4 landscape).
"""

import dataclasses
import datetime
import re
import subprocess
from html import unescape
from pathlib import Path

import pytest

from certificates.design.batch import render_batch
from certificates.design.data import CompletedCourse, Signatory, default_design, sample_certificate
from certificates.design.renderer import CertificateRenderer
from certificates.models import Certificate, CertificateSettings
from certificates.models.certificate import SignatoryBlock
from courses.models import CoursePage
from organisation.models import Unit, VolunteerProfile

MM = 72 / 25.4  # PDF points per millimetre

#: (left, top, width, height) in mm of each field's box, as certificate.css places it.
BOXES = {
    "issuer": (45, 16, 207, 12.5),
    "title": (20, 29, 257, 26),
    "recipient": (20, 62, 257, 28),
    "appointment": (25, 90, 247, 17),
    "wording": (24, 108, 249, 30),
    "courses": (24, 144.5, 150, 17),
    "signatures": (24, 164, 150, 30),
    "issued-on": (182, 148, 54, 8),
    "verify-url": (182, 161, 54, 14),
    "code": (182, 180, 54, 8),
}
#: The printed labels no field may cover.
LABELS = ["this", "certify", "courses", "completed", "issued", "verify", "code"]

field_length = {
    "name": VolunteerProfile._meta.get_field("name_en").max_length,
    "unit": Unit._meta.get_field("name_en").max_length,
    "title": CertificateSettings._meta.get_field("title_en").max_length,
    "issuer": CertificateSettings._meta.get_field("issuer_en").max_length,
    "wording": CertificateSettings._meta.get_field("wording_en").max_length,
    "signatory": SignatoryBlock.base_blocks["name"].field.max_length,
    "code": Certificate._meta.get_field("code").max_length,
    "course": CoursePage._meta.get_field("title").max_length,  # three such courses
}
MAX_SIGNATORIES = CertificateSettings._meta.get_field("signatories").stream_block.meta.max_num


def words_of(letter: str, length: int, word: int) -> str:
    """``length`` characters: words of ``word`` letters (no spaces if ``word`` is 0)."""
    if not word:
        return letter * length
    text = " ".join([letter * word] * (length // (word + 1) + 1))
    return text[:length].strip()


def longest(script: str):
    """The longest certificate the forms allow, each field written in its own letter."""
    latin = script == "latin"
    # Latin: capitals, wide; Devanagari: full-height consonants (one letter a field).
    letter = dict(
        zip(
            [
                "name",
                "name_hi",
                "unit",
                "unit_hi",
                "title",
                "title_hi",
                "wording",
                "wording_hi",
                "issuer",
                "issuer_hi",
                "sign",
                "sign_title",
                "course",
                "course_hi",
                "code",
            ],
            "WमMणTतKकHहNSCचZ" if latin else "WमMणTतKकHहNनCचZ",
            strict=True,
        )
    )
    n = field_length
    design = dataclasses.replace(
        default_design(),
        title_en=words_of(letter["title"], n["title"], 9),
        title_hi=words_of(letter["title_hi"], n["title"], 9),
        wording_en=words_of(letter["wording"], n["wording"], 7),
        wording_hi=words_of(letter["wording_hi"], n["wording"], 7),
        issuer_en=words_of(letter["issuer"], n["issuer"], 9),
        issuer_hi=words_of(letter["issuer_hi"], n["issuer"], 9),
        signatories=[
            Signatory(
                words_of(letter["sign"], n["signatory"], 0 if latin else 8),
                words_of(letter["sign_title"], n["signatory"], 8),
            )
            for _index in range(MAX_SIGNATORIES)
        ],
    )
    code = letter["code"] * n["code"]
    data = dataclasses.replace(
        sample_certificate(1),
        name_en=letter["name"] * n["name"],  # no spaces: a name cannot wrap between words
        name_hi=letter["name_hi"] * n["name"],
        unit_en=words_of(letter["unit"], n["unit"], 0 if latin else 12),
        unit_hi=words_of(letter["unit_hi"], n["unit"], 12),
        courses=[
            CompletedCourse(
                words_of(letter["course"], n["course"], 8),
                words_of(letter["course_hi"], n["course"], 8),
                datetime.date(2026, 9, 30),
            )
            for _index in range(3)
        ],
        verification_code=code,
        verification_url=f"https://training.example.org/v/{code.lower()}",
    )
    fields = {
        "issuer": [letter["issuer"], letter["issuer_hi"]],
        "title": [letter["title"], letter["title_hi"]],
        "recipient": [letter["name"], letter["name_hi"]],
        "appointment": [letter["unit"], letter["unit_hi"]],
        "wording": [letter["wording"], letter["wording_hi"]],
        "courses": [letter["course"], letter["course_hi"]],
        "signatures": [letter["sign"], letter["sign_title"]],
        "code": [letter["code"]],
    }
    return design, data, fields


def word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float, float, float]]:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [
        (unescape(text), float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            html,
        )
    ]


def inside(box, field, slack=1.0) -> bool:
    left, top, width, height = (value * MM for value in BOXES[field])
    _text, x0, y0, x1, y1 = box
    # pdftotext's word box spans the font's ascent and descent, which stand out of a
    # line set tighter than 1.36 (the titles, the names) by up to a tenth of it.
    rise = 0.12 * (y1 - y0)
    return (
        x0 >= left - slack
        and x1 <= left + width + slack
        and y0 >= top - slack - rise
        and y1 <= top + height + slack + rise
    )


def overlaps(a, b) -> bool:
    return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]


def check_every_field_in_its_box(pdf: bytes, fields: dict, tmp_path: Path):
    words = word_boxes(pdf, tmp_path)
    assert words, "no text extracted"
    page_w, page_h = 297 * MM, 210 * MM
    for word in words:
        assert word[1] >= 0 and word[3] <= page_w and word[2] >= 0 and word[4] <= page_h, word
    placed = []
    for field, letters in fields.items():
        for letter in letters:
            # Devanagari comes out a line at a time (spaces and the words around kept).
            mine = [w for w in words if letter * 4 in w[0]]
            assert mine, f"no {letter!r} text of {field} in the PDF"
            outside = [w for w in mine if not inside(w, field)]
            assert not outside, f"{field} leaves its box {BOXES[field]} mm: {outside[:3]}"
            placed += mine
    labels = [w for w in words if w[0].lower() in LABELS]  # some are in capitals
    assert {w[0].lower() for w in labels} == set(LABELS)
    for label in labels:
        covered = [w for w in placed if overlaps(w, label)]
        assert not covered, f"{label[0]!r} is covered by {covered[:3]}"


@pytest.mark.parametrize("script", ["latin", "devanagari"])
def test_the_longest_values_stay_inside_their_boxes(script, tmp_path):
    design, data, fields = longest(script)
    pdf = CertificateRenderer(design).render_pdf(data)
    (tmp_path / f"longest-{script}.pdf").write_bytes(pdf)
    check_every_field_in_its_box(pdf, fields, tmp_path)
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    # Nothing cut off: every letter of the name and the code is printed.
    assert "".join(text.split()).count(data.name_en) == 1
    assert "".join(text.split()).count(data.verification_code) == 1
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    assert b"Pages:           1" in info.stdout


def test_bulk_certificates_fit_the_same_way(tmp_path):
    design, data, fields = longest("latin")
    ordinary = sample_certificate(2)
    results = {item.verification_code: pdf for item, pdf in render_batch([ordinary, data], design)}
    check_every_field_in_its_box(results[data.verification_code], fields, tmp_path)
    single = CertificateRenderer(design).render_pdf(data)
    assert word_boxes(results[data.verification_code], tmp_path) == word_boxes(single, tmp_path)


def test_an_ordinary_certificate_keeps_its_designed_sizes(tmp_path):
    data = sample_certificate(3)
    words = word_boxes(CertificateRenderer().render_pdf(data), tmp_path)
    first_name = next(w for w in words if w[0] == data.name_en.split()[0])
    # Noto Serif bold at 22 pt: a word box about 22 pt high, not shrunk.
    assert 20 <= first_name[4] - first_name[2] <= 32, first_name
