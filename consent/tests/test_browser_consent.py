"""As a new volunteer meets it, in headless Chromium on a phone, without JavaScript: signs
up in Hindi, reads the privacy notice on the sign-up page and agrees; a new version is
published, and their next visit asks again, saying what changed."""

from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from consent.models import Method, NoticeConsent
from consent.selectors import channels_allowed
from lms.chromium import PHONE
from testing.browser import PageWatch
from testing.consent import publish_notice

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "verify-before-sharing-42"  # noqa: S105 (a test account's)


def test_a_volunteer_agrees_at_sign_up_and_is_asked_again_after_a_new_version(
    live_server, chromium_browser, privacy_notice
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = chromium_browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    # axe needs scripts: it runs on the same pages in a second browser, below.
    watch = PageWatch(page, axe=False)
    page.goto(f"{live_server.url}/hi/accounts/signup/?state=in-mp")
    page.fill("#id_username", "सविता")
    page.fill("#id_name_en", "Savita Patel")
    page.fill("#id_phone", "98765 43210")
    page.select_option("#id_district", label="इंदौर")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)

    # The notice is on the page, folded; opening it needs no script.
    notice = page.locator("details.notice-details")
    assert not notice.locator("h3").first.is_visible()
    notice.locator("summary").click()
    assert notice.get_by_role("heading", name="हम कौन-सी जानकारी लेते हैं").is_visible()
    assert "हम आपसे कभी भी आधार नंबर" in notice.inner_text()
    watch.check("sign-up with the notice open")
    page.screenshot(path=SCREENSHOTS / "hi-signup-privacy-notice.png", full_page=True)

    page.get_by_label("एसएमएस").check()
    page.get_by_label("मैंने निजता सूचना पढ़ ली है और मैं इससे सहमत हूँ").check()
    page.get_by_role("button", name="मेरा खाता बनाएँ").click()
    page.wait_for_url(f"{live_server.url}/hi/learn/")
    user = get_user_model().objects.get(username="सविता")
    consent = NoticeConsent.objects.get(user=user)
    assert (consent.notice_id, consent.method) == (privacy_notice.pk, Method.SIGNUP)
    assert channels_allowed([user.pk], "sms") == {user.pk}

    # An administrator publishes a new version: the next page asks again.
    publish_notice(
        changes_en="Reminders can now also come by WhatsApp, if you agree.",
        changes_hi="अगर आप सहमति दें, तो याद दिलाने वाले संदेश अब WhatsApp पर भी आ सकते हैं।",
    )
    page.goto(f"{live_server.url}/hi/learn/")
    assert page.url == f"{live_server.url}/hi/consent/agree/?next=/hi/learn/"
    main = page.locator("main").inner_text()
    assert "हमारी निजता सूचना बदल गई है" in main
    assert "याद दिलाने वाले संदेश अब WhatsApp पर भी" in main
    assert page.get_by_label("एसएमएस").is_checked()  # what they chose before
    watch.check("asked again")
    page.screenshot(path=SCREENSHOTS / "hi-privacy-notice-asked-again.png", full_page=True)
    page.get_by_label("व्हाट्सऐप").check()
    page.get_by_label("मैंने निजता सूचना पढ़ ली है और मैं इससे सहमत हूँ").check()
    page.get_by_role("button", name="सहमत हूँ, आगे बढ़ें").click()
    page.wait_for_url(f"{live_server.url}/hi/learn/")
    assert NoticeConsent.objects.filter(user=user).count() == 2
    assert channels_allowed([user.pk], "whatsapp") == {user.pk}

    watch.check("back to learning")

    # The same person's pages, checked by axe (a browser with scripts), in English.
    page = chromium_browser.new_context(**PHONE, storage_state=context.storage_state()).new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/en/consent/messages/")
    main = page.locator("main").inner_text()
    assert "You agreed to version 2" in main and "You agreed to version 1" in main
    watch.check("message settings")
    page.screenshot(path=SCREENSHOTS / "en-message-settings.png", full_page=True)
    page.goto(f"{live_server.url}/en/consent/notice/")
    watch.check("privacy notice")
    page.screenshot(path=SCREENSHOTS / "en-privacy-notice.png", full_page=True)
    publish_notice(changes_en="Your district coordinator is now your first contact.")
    page.goto(f"{live_server.url}/en/learn/")
    assert "Our privacy notice has changed" in page.locator("main").inner_text()
    watch.check("asked again, in English")
    page.screenshot(path=SCREENSHOTS / "en-privacy-notice-asked-again.png", full_page=True)
    page = chromium_browser.new_context(**PHONE).new_page()  # signed out
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/hi/accounts/signup/?state=in-mp")
    page.locator("details.notice-details summary").click()
    watch.check("sign-up with the notice open")
