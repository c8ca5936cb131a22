"""My data on a phone, in Hindi and English, with no script: the volunteer reads what is
held, downloads it and asks for erasure (headless Chromium, testing/browser.py).
Screenshots go to artifacts/screenshots/."""

import json
from pathlib import Path

import pytest

from django.conf import settings

from lms.chromium import PHONE
from organisation.models import Screening, Stage
from organisation.tests.factories import VolunteerFactory
from privacy.models import ErasureRequest
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "a-good-test-password"  # noqa: S105 (organisation.tests.factories.UserFactory's)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def test_a_volunteer_reads_downloads_and_asks_to_erase_their_data_on_a_phone(
    chromium_browser, live_server, tmp_path
):
    volunteer = VolunteerFactory(
        user__username="asha", name_en="Asha Verma", name_hi="आशा वर्मा", stage=Stage.SCREENED
    )
    Screening.objects.create(
        volunteer=volunteer, notes="Shy; keep an eye on her", decision="selected"
    )
    context = chromium_browser.new_context(
        **PHONE, java_script_enabled=False, accept_downloads=True
    )
    page = context.new_page()
    watch = PageWatch(page, axe=False)  # axe needs script; run below with it on

    for language in ("hi", "en"):
        base = f"{live_server.url}/{language}"
        page.goto(f"{base}/accounts/login/")
        page.fill("#id_username", "asha")
        page.fill("#id_password", PASSWORD)
        page.click("form.stacked-form button[type=submit]")
        page.goto(f"{base}/my-data/")
        assert page.locator("h1").inner_text() == ("मेरा डेटा" if language == "hi" else "My data")
        assert "keep an eye" not in page.content()
        # Nothing wider than the phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
        shot(page, f"privacy-my-data-{language}")
        watch.check(f"my data ({language})", axe=False)
        with page.expect_download() as download:
            page.click(f"a[href='/{language}/my-data/download.json']")
        path = tmp_path / f"{language}.json"
        download.value.save_as(path)
        held = json.loads(path.read_text(encoding="utf-8"))
        assert held["sections"]["profile"]["rows"][0]
        page.goto(f"{base}/my-data/erase/")
        shot(page, f"privacy-erase-{language}")
        page.click("form.stacked-form button[type=submit]")  # not ticked: refused, nothing done
        assert not ErasureRequest.objects.exists()

    page.check("#id_confirm")
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/en/my-data/")
    assert "Your data will be erased on" in page.content()
    shot(page, "privacy-erasure-pending-en")
    assert ErasureRequest.objects.get(user=volunteer.user).status == "pending"

    # The pages pass axe-core with script on (axe runs in the page).
    scripted = chromium_browser.new_context(**PHONE).new_page()
    axe_watch = PageWatch(scripted)
    scripted.goto(f"{live_server.url}/hi/accounts/login/")
    scripted.fill("#id_username", "asha")
    scripted.fill("#id_password", PASSWORD)
    scripted.click("form.stacked-form button[type=submit]")
    for path in ("/hi/my-data/", "/hi/my-data/erase/", "/en/my-data/"):
        scripted.goto(live_server.url + path)
        axe_watch.check(path)
