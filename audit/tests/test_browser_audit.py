"""A district coordinator on a phone, in English and Hindi: a long export asks why first,
the file comes after the purpose is given, and the audit trail shows the download."""

import pytest
from playwright.sync_api import expect

from lms.chromium import PHONE
from organisation.tests.factories import VolunteerFactory, coordinator_create
from testing.browser import PageWatch

from .screens import shot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TEXT = {
    "en": {"question": "Why do you need this list?", "trail": "Audit trail", "rows": "2 people"},
    "hi": {"question": "आपको यह सूची क्यों चाहिए?", "trail": "ऑडिट ट्रेल", "rows": "2 लोगों"},
}


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_long_export_asks_why_then_shows_in_the_trail(
    chromium_browser, live_server, settings, lang
):
    settings.AUDIT_PURPOSE_ROWS = 1
    coordinator_create("in-mp-indore", username="meena")
    VolunteerFactory(name_en="Asha Verma")
    VolunteerFactory(name_en="Ravi Kumar")
    text = TEXT[lang]
    context = chromium_browser.new_context(**PHONE, locale="hi-IN" if lang == "hi" else "en-IN")
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "meena")
    page.fill("#id_password", "a-good-test-password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/volunteer-imports/export.csv?stage=signed_up")
    expect(page.locator("main")).to_contain_text(text["question"])
    expect(page.locator("main")).to_contain_text(text["rows"])
    shot(page, f"audit-purpose-{lang}")
    watch.check(f"purpose ({lang})")
    page.fill("textarea[name=purpose]", "Calling Indore's volunteers for the June camp")
    with page.expect_download() as download:
        page.locator("main form button[type=submit]").click()
    assert download.value.suggested_filename.startswith("volunteers-in-mp-indore-signed_up")

    page.goto(f"{live_server.url}/admin/audit-trail/")
    expect(page.locator("h1")).to_contain_text(text["trail"])
    trail = page.locator("table.listing")
    expect(trail).to_contain_text("Calling Indore's volunteers for the June camp")
    shot(page, f"audit-trail-{lang}")
    watch.check(f"audit trail ({lang})")
    context.close()
