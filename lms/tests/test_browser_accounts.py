"""First contact in a real headless Chromium on a phone-sized screen (issue 13).

A Hindi speaker signs up with a Devanagari user name, choosing the state and then one of
its districts, with JavaScript turned off; a mistake re-shows the form in Hindi with what
was typed, except the passwords. The home page's "log in" leads to the site's own log-in,
not the Wagtail admin's.
"""

import pytest

from django.contrib.auth import get_user_model

from lms.chromium import PHONE
from organisation.models import Unit
from testing.browser import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "verify-before-sharing-42"


def box(page, selector):
    """Height and font size, in CSS pixels, of the element the reader taps."""
    return page.eval_on_selector(
        selector,
        "e => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).fontSize)]",
    )


def test_a_hindi_speaker_signs_up_in_hindi_state_first_without_javascript(
    live_server, chromium_browser
):
    page = chromium_browser.new_context(**PHONE, java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}/hi/accounts/signup/")
    assert page.locator("html").get_attribute("lang") == "hi"
    # Step one: the state alone, a select as tall as the other fields.
    assert page.locator("select#id_district").count() == 0
    height, font_size = box(page, "select#id_state")
    assert height >= 44 and font_size >= 16
    page.select_option("#id_state", label="मध्य प्रदेश")
    page.get_by_role("button", name="आगे बढ़ें").click()
    page.wait_for_load_state()

    # Step two: only Madhya Pradesh's districts, in Hindi order.
    names = page.locator("#id_district option:not([value=''])").all_inner_texts()
    expected = Unit.objects.districts().filter(parent__code="in-mp")
    assert sorted(names) == sorted(d.name_hi for d in expected)
    assert names == sorted(names)
    height, font_size = box(page, "select#id_district")
    assert height >= 44 and font_size >= 16

    page.fill("#id_username", "राजेश560")
    page.fill("#id_name_en", "Rajesh Kumar")
    page.fill("#id_name_hi", "राजेश कुमार")
    page.fill("#id_phone", "98765 43210")
    page.select_option("#id_district", label="इंदौर")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", "something-else-42")
    page.get_by_role("button", name="मेरा खाता बनाएँ").click()
    page.wait_for_load_state()

    # The mistake is told in Hindi; the rest is kept, the passwords are not.
    main = page.locator("main").inner_text()
    assert "दोनों पासवर्ड एक जैसे नहीं हैं।" in main
    assert "कृपया पासवर्ड फिर से लिखें" in main
    assert "Enter a valid" not in main and "didn" not in main
    assert page.input_value("#id_username") == "राजेश560"
    assert page.input_value("#id_name_hi") == "राजेश कुमार"
    assert page.locator("#id_district option:checked").inner_text() == "इंदौर"
    assert page.input_value("#id_password1") == ""
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="मेरा खाता बनाएँ").click()
    page.wait_for_url(f"{live_server.url}/hi/learn/")

    user = get_user_model().objects.get(username="राजेश560")
    assert user.volunteer_profile.district.name_en == "Indore"
    assert user.volunteer_profile.phone == "9876543210"


@pytest.mark.parametrize(("language", "log_in"), [("en", "Log in"), ("hi", "लॉग इन करें")])
def test_the_home_pages_log_in_is_the_sites_own(live_server, chromium_browser, language, log_in):
    get_user_model().objects.create_user("asha", password=PASSWORD)
    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/{language}/")
    watch.check("home page")
    page.locator("main").get_by_role("link", name=log_in).click()
    page.wait_for_url(f"{live_server.url}/{language}/accounts/login/")
    watch.check("log-in page")
    page.fill("#id_username", "asha")
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/{language}/learn/")
    assert "/admin/" not in page.url
