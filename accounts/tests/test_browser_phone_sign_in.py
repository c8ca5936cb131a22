"""A volunteer imported from a CSV with only a mobile number signs in with a code, on a
phone, in Hindi, without a password, and starts the course (issue 15).

Headless Chromium at phone size. The code is read from the outbox row the request made:
the message the SMS or WhatsApp adapter sends. The Hindi journey runs without JavaScript;
the English pages pass axe-core. No page raises a CSP violation or script error;
screenshots go to artifacts/screenshots/.
"""

from pathlib import Path

import pytest

from django.conf import settings

from courses.models import Enrollment
from lms.chromium import PHONE
from messaging.models import OutboxMessage
from organisation.models import VolunteerProfile
from organisation.tests.volunteer_files import csv_bytes, run_import
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def test_an_imported_volunteer_signs_in_with_a_code_in_hindi_and_starts_the_course(
    live_server, chromium_browser, course_tree
):
    # Imported with a mobile number and no e-mail: no password, nothing to reset it with.
    record, result = run_import(csv_bytes("98765 43210,Meena Devi,मीना देवी,,MP,Indore,"))
    assert result.imported == 1
    volunteer = VolunteerProfile.objects.get(phone="9876543210")
    assert volunteer.user.email == "" and not volunteer.user.has_usable_password()

    # Without JavaScript: the pages must not need it. (axe-core needs it: the English
    # test below runs it on the same pages.)
    page = chromium_browser.new_context(**PHONE, java_script_enabled=False).new_page()
    watch = PageWatch(page, axe=False)
    base = f"{live_server.url}/hi"
    page.goto(f"{base}/accounts/login/")
    watch.check("log-in page")
    page.get_by_role("link", name="फ़ोन पर आए कोड से लॉग इन करें").click()
    page.wait_for_url(f"{base}/accounts/code/")
    assert page.locator("h1").inner_text() == "अपने मोबाइल नंबर से लॉग इन करें"
    watch.check("code request")

    # A mistake first: nine digits, told in Hindi.
    page.fill("#id_phone", "98765 4321")
    page.get_by_role("button", name="मुझे कोड भेजें").click()
    page.wait_for_load_state()
    assert "मोबाइल नंबर में 10 अंक होते हैं; इसमें 9 हैं।" in page.locator("main").inner_text()
    shot(page, "hi-phone-sign-in-wrong-number")
    watch.check("code request, nine digits")

    page.fill("#id_phone", "98765 43210")
    page.get_by_label("व्हाट्सऐप").check()
    shot(page, "hi-phone-sign-in-request")
    page.get_by_role("button", name="मुझे कोड भेजें").click()
    page.wait_for_url(f"{base}/accounts/code/enter/")
    assert "98765 43210" in page.locator("main").inner_text()
    shot(page, "hi-phone-sign-in-enter-code")
    watch.check("code entry")

    message = OutboxMessage.objects.get(recipient=volunteer.user)
    assert (message.channel, message.language) == ("whatsapp", "hi")
    page.fill("#id_code", message.context["code"])
    page.get_by_role("button", name="लॉग इन करें").click()
    page.wait_for_url(f"{base}/learn/")
    shot(page, "hi-phone-sign-in-dashboard")
    watch.check("dashboard, signed in by code")

    page.goto(f"{base}/courses/verification/")
    page.get_by_role("button", name="इस पाठ्यक्रम में नामांकन करें").click()
    page.wait_for_load_state()
    page.locator("section a.button").first.click()
    page.wait_for_load_state()
    assert "रुकिए" in page.locator("h1").inner_text()
    shot(page, "hi-phone-sign-in-first-lesson")
    watch.check("first lesson")
    assert Enrollment.objects.filter(user=volunteer.user).exists()


def test_the_english_pages_at_phone_size(live_server, chromium_browser):
    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/en/accounts/code/")
    page.fill("#id_phone", "0755 255 1234")
    page.get_by_role("button", name="Send me a code").click()
    page.wait_for_load_state()
    assert "This is not a mobile number (it may be a landline)" in page.locator("main").inner_text()
    shot(page, "en-phone-sign-in-landline")
    watch.check("code request, a landline")
    page.fill("#id_phone", "98765 43210")
    page.get_by_role("button", name="Send me a code").click()
    page.wait_for_url(f"{live_server.url}/en/accounts/code/enter/")
    page.fill("#id_code", "12345")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "The code has 6 digits." in page.locator("main").inner_text()
    shot(page, "en-phone-sign-in-enter-code")
    watch.check("code entry, five digits")
