"""Reading on a patchy network, in a real headless Chromium on a phone-sized screen.

A trainee signs in and reads a lesson; the network goes; the lesson still opens
(kept by the service worker), and a page never opened shows the offline page in
the page's language. Back online, a change a trainer published is what they see:
pages are fetched network-first, so a kept copy never hides the live one.
"""

import pytest
from playwright.sync_api import Error as PlaywrightError

from django.contrib.auth import get_user_model

from courses.tests.conftest import stream
from lms.chromium import PHONE
from lms.tests.browser_checks import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

KEPT_PAGES = "async () => (await (await caches.open('pages')).keys()).map((r) => r.url)"


def wait_until_kept(page, url):
    page.wait_for_function(
        "async (url) => !!(await (await caches.open('pages')).match(url))", arg=url
    )


def test_a_lesson_read_online_opens_offline_and_an_unseen_page_says_offline(
    live_server, chromium_browser, course_tree
):
    get_user_model().objects.create_user("kavya", password="verify-before-sharing-42")
    context = chromium_browser.new_context(**PHONE)
    page = context.new_page()
    watch = PageWatch(page)
    base = live_server.url

    page.goto(f"{base}/hi/accounts/login/")
    page.fill("#id_username", "kavya")
    page.fill("#id_password", "verify-before-sharing-42")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/*/learn/")
    page.wait_for_load_state()

    lesson = f"{base}/en/courses/verification/lesson-1/"
    lesson_hi = course_tree["lessons_hi"][0].get_url()
    page.goto(lesson)
    # The first visit installs the worker; the next page it fetches is kept.
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    page.goto(f"{base}{lesson_hi}")
    page.goto(lesson)
    wait_until_kept(page, lesson)
    watch.check("lesson, online, with the service worker")

    context.set_offline(True)
    page.goto(lesson)
    assert "English text of lesson 1." in page.content()
    page.goto(f"{base}{lesson_hi}")
    assert "रुकिए: हिंदी पाठ।" in page.content()

    page.goto(f"{base}/hi/courses/verification/lesson-2/")
    assert page.locator("h1").inner_text() == "आप ऑफ़लाइन हैं"
    assert page.locator("html").get_attribute("lang") == "hi"
    page.goto(f"{base}/en/courses/verification/lesson-3/")
    assert page.locator("h1").inner_text() == "You are offline"

    context.set_offline(False)
    first = course_tree["lessons"][0]
    first.body = stream(("paragraph", "<p>Updated: check the date first.</p>"))
    first.save_revision().publish()
    page.goto(lesson)
    assert "Updated: check the date first." in page.content()
    wait_until_kept(page, lesson)
    context.set_offline(True)
    page.goto(lesson)
    assert "Updated: check the date first." in page.content()
    context.close()


def test_signing_out_forgets_the_pages_kept_on_the_phone(
    live_server, chromium_browser, course_tree
):
    get_user_model().objects.create_user("kavya", password="verify-before-sharing-42")
    context = chromium_browser.new_context(**PHONE)
    page = context.new_page()
    base = live_server.url

    page.goto(f"{base}/en/accounts/login/")
    page.fill("#id_username", "kavya")
    page.fill("#id_password", "verify-before-sharing-42")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/*/learn/")
    page.wait_for_load_state()
    page.goto(f"{base}/en/learn/")
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    page.goto(f"{base}/en/learn/")
    wait_until_kept(page, f"{base}/en/learn/")

    page.locator("form[action$='/accounts/logout/'] button").first.click()
    page.wait_for_load_state()

    assert page.evaluate(KEPT_PAGES) == []
    context.set_offline(True)
    # Nothing of theirs is left to show: the browser's own "no internet" error.
    with pytest.raises(PlaywrightError, match="ERR_INTERNET_DISCONNECTED"):
        page.goto(f"{base}/en/learn/")
    context.close()
