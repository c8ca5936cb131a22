"""Dates as trainees, verifiers and coordinators read them: day first, one Hindi spelling.

Hindi: "5 दिसंबर 2026" on the verification page, the PDF, the dashboard and the admin
(Django's own catalogue gave "5 दिस् 2026" and the misspelt "5 दिसमबर 2026").
English: Indian order ("05/12/2026" in the admin's lists, never "12/05/2026").
"""

import datetime
import subprocess

import pytest
from freezegun import freeze_time

from django.utils import timezone

from wagtail.users.models import UserProfile

from certificates import issuing
from certificates.design.data import sample_certificate
from certificates.design.renderer import CertificateRenderer
from certificates.models import Certificate
from certificates.tests.test_certificates import leader
from courses.models import CourseCompletion
from courses.services import enrollment_create
from organisation.models import Unit, VolunteerImport
from organisation.tests.factories import coordinator_create

pytestmark = pytest.mark.django_db

HINDI_MONTHS = [
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


def pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


@pytest.fixture
def coordinator(db):
    return coordinator_create("in-mp")


@pytest.fixture
def issued(training, coordinator):
    certificate = issuing.certificate_issue(
        leadership=leader(training, coordinator, name_en="Asha Verma", name_hi="आशा वर्मा"),
        issued_by=coordinator,
    )
    assert certificate.status == Certificate.Status.ISSUED
    return certificate


@pytest.mark.parametrize("month", range(1, 13))
def test_hindi_pages_spell_every_month_one_way(client, training, issued, month):
    day = datetime.date(2026, month, 5)
    expected = f"5 {HINDI_MONTHS[month - 1]} 2026"
    Certificate.objects.filter(pk=issued.pk).update(issued_on=day)
    CourseCompletion.objects.filter(user=issued.leadership.volunteer.user).update(
        completed_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    )

    verify = client.get(f"/hi/verify/{issued.code}/").content.decode()
    assert f"<dd>{expected}</dd>" in verify

    user = issued.leadership.volunteer.user
    enrollment_create(user=user, course=training["required"])
    client.force_login(user)
    dashboard = client.get("/hi/learn/").content.decode()
    assert dashboard.count(expected) >= 2, dashboard  # the course done, the certificate


@pytest.mark.parametrize("month", [2, 9, 11, 12])
def test_the_certificate_pdf_spells_the_hindi_date_like_the_pages(month):
    data = sample_certificate(1)
    issued_on = datetime.date(2026, month, 5)
    pdf = CertificateRenderer().render_pdf(type(data)(**{**data.__dict__, "issued_on": issued_on}))
    text = pdf_text(pdf)
    assert f"5 {HINDI_MONTHS[month - 1]} 2026" in text
    assert f"5 {issued_on:%B} 2026" in text


def test_a_hindi_coordinator_reads_hindi_dates_in_the_admin(client, issued, coordinator):
    Certificate.objects.filter(pk=issued.pk).update(issued_on=datetime.date(2026, 12, 5))
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "hi"
    profile.save()
    client.force_login(coordinator)
    html = client.get(f"/admin/volunteers/{issued.leadership.volunteer_id}/").content.decode()
    assert "5 दिसंबर 2026" in html
    assert "दिस्" not in html and "दिसमबर" not in html


@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_import_list_shows_the_day_first(client, coordinator, language):
    with freeze_time("2026-05-12 09:30:00+05:30"):
        VolunteerImport.objects.create(
            file_name="mp.csv", created_by=coordinator, unit=Unit.objects.get(code="in-mp")
        )
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = language
    profile.save()
    client.force_login(coordinator)
    html = client.get("/admin/volunteer-imports/").content.decode()
    assert "12/05/2026" in html
    assert "05/12/2026" not in html
