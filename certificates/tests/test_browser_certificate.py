"""The certificate's journey in a real headless Chromium.

A coordinator promotes a volunteer and issues the certificate; the leader
downloads it on a phone; the QR code printed on it is decoded from the PDF's
image and opened: valid. The coordinator revokes it; the same scan: revoked.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings

from courses.models import CourseCompletion
from lms.chromium import PHONE
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def decode_qr(pdf: Path) -> str:
    if not shutil.which("zbarimg"):
        pytest.skip("zbarimg not found: `apt-get install zbar-tools` (make system-deps)")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(pdf.with_suffix(".png"))],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_promote_issue_download_scan_revoke_scan(
    chromium_browser, live_server, training, settings, tmp_path
):
    settings.SITE_URL = live_server.url
    coordinator = coordinator_create("in-mp", username="meera")
    volunteer = VolunteerFactory(
        stage=Stage.TRAINED,
        name_en="Asha Verma",
        name_hi="आशा वर्मा",
        user__username="asha",
        district=unit("in-mp-indore"),
    )
    CourseCompletion.objects.create(
        user=volunteer.user, course=training["required"], score_percent=92
    )
    assert coordinator.pk

    desk = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk.goto(f"{live_server.url}/admin/login/")
    desk.fill("#id_username", "meera")
    desk.fill("#id_password", "a-good-test-password")
    desk.click("button[type=submit]")
    desk.goto(f"{live_server.url}/admin/volunteers/?eligible=yes")
    desk.click("text=Asha Verma")
    desk.click("text=Promote to leader")
    desk.wait_for_selector("text=District leader of Indore")
    desk.click("text=Issue the leadership certificate")
    desk.wait_for_selector("text=Download PDF")
    shot(desk, "coordinator-certificate-issued")

    phone = chromium_browser.new_context(**PHONE, locale="hi-IN").new_page()
    phone.goto(f"{live_server.url}/hi/accounts/login/")
    phone.fill("#id_username", "asha")
    phone.fill("#id_password", "a-good-test-password")
    phone.click("main button[type=submit]")
    phone.goto(f"{live_server.url}/hi/learn/")
    shot(phone, "leader-dashboard-certificate-hi")
    with phone.expect_download() as download:
        phone.click(".my-certificates .button")
    pdf = tmp_path / "certificate.pdf"
    download.value.save_as(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "आशा वर्मा" in text and "Asha Verma" in text

    url = decode_qr(pdf)
    assert url.startswith(f"{live_server.url}/v/")
    phone.goto(url)
    assert "/hi/verify/" in phone.url
    assert "मान्य" in phone.inner_text(".verdict")
    shot(phone, "verify-valid-hi")

    desk.reload()
    desk.click("text=Revoke or correct")
    revoke = "form[action*='/admin/certificates/'][action$='/revoke/']"
    desk.fill(f"{revoke} input[name=reason]", "Issued for the wrong district.")
    desk.click(f"{revoke} button")
    shot(desk, "coordinator-certificate-revoked")
    desk.wait_for_selector("text=Issued for the wrong district.")

    phone.goto(url)
    assert "रद्द" in phone.inner_text(".verdict")
    shot(phone, "verify-revoked-hi")
