"""What a certificate says and what every certificate of one issue shares: plain data,
no database, no WeasyPrint.

The generation layer (:mod:`certificates.generation`) builds these from the models;
the renderers (:mod:`certificates.design.renderer`, :mod:`certificates.design.batch`)
turn them into PDFs.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

LEVELS = {
    "national": ("National", "राष्ट्रीय"),
    "state": ("State", "राज्य"),
    "district": ("District", "ज़िला"),
}


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
    #: The QR code's own proof (certificates/credentials/printed.py), after a "#".
    qr_fragment: str = ""
    #: The signed credential (VC-JWT), embedded in the PDF (certificates/design/archival.py).
    credential: str = ""

    @property
    def qr_url(self) -> str:
        """What the QR code holds: the address, and the proof in its fragment."""
        return (
            f"{self.verification_url}#{self.qr_fragment}"
            if self.qr_fragment
            else (self.verification_url)
        )

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
