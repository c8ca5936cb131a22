"""Reading on a patchy network, in a real headless Chromium on a phone-sized screen.

A trainee signs in and reads a lesson; the network goes; the lesson still opens
(kept by the service worker), and a page never opened shows the offline page in
the page's language. Back online, a change a trainer published is what they see:
pages are fetched network-first, so a kept copy never hides the live one.
"""

import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import OperationalError

from courses import services
from courses.models import Enrollment, LessonCompletion
from lms.chromium import PHONE
from offline.models import ReplayKey
from testing.browser import PageWatch
from testing.pages import stream

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

KEPT_PAGES = "async () => (await (await caches.open('pages')).keys()).map((r) => r.url)"


PASSWORD = "verify-before-sharing-42"
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"


def signed_in_phone(chromium_browser, base, language, course=None):
    """A phone-sized browser where a new trainee (enrolled in ``course``) has signed in
    and the service worker is running: (context, page, user)."""
    user = get_user_model().objects.create_user("kavya", password=PASSWORD)
    if course is not None:
        services.enrollment_create(user=user, course=course)
    context = chromium_browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("#id_username", "kavya")
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/*/learn/")
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    return context, page, user


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def wait_for_rows(page, count, expected, seconds=15):
    """Until count() == expected: the live server may still be writing (SQLite's
    shared in-memory test database then refuses a read with "table is locked")."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if count() == expected:
                return
        except OperationalError:
            pass
        page.wait_for_timeout(100)
    assert count() == expected


def wait_until_kept(page, url):
    page.wait_for_function(
        "async (url) => !!(await (await caches.open('pages')).match(url))", arg=url
    )


def test_a_lesson_read_online_opens_offline_and_an_unseen_page_says_offline(
    live_server, chromium_browser, course_tree
):
    base = live_server.url
    context, page, _user = signed_in_phone(chromium_browser, base, "hi")
    watch = PageWatch(page)

    lesson = f"{base}/en/courses/verification/lesson-1/"
    lesson_hi = course_tree["lessons_hi"][0].get_url()
    # Pages fetched once the worker runs are kept.
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
    shot(page, "offline-hi-unseen-page")
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
    base = live_server.url
    context, page, _user = signed_in_phone(chromium_browser, base, "en")
    page.goto(f"{base}/en/learn/")
    wait_until_kept(page, f"{base}/en/learn/")

    page.locator("form[action$='/accounts/logout/'] button").first.click()
    page.wait_for_load_state()

    assert f"{base}/en/learn/" not in page.evaluate(KEPT_PAGES)
    context.set_offline(True)
    # Nothing of theirs is left to show: at most the offline page, once the next
    # page has registered the worker again.
    try:
        page.goto(f"{base}/en/learn/")
    except PlaywrightError as error:
        assert "ERR_INTERNET_DISCONNECTED" in str(error)
    else:
        assert page.locator("h1").inner_text() == "You are offline"
        assert "kavya" not in page.content()
    context.close()


READ_QUEUE = """async () => {
  const db = await new Promise((ok) => {
    const opening = indexedDB.open("lms-offline", 1);
    opening.onsuccess = () => ok(opening.result);
  });
  return await new Promise((ok) => {
    const all = db.transaction("queue").objectStore("queue").getAll();
    all.onsuccess = () => ok(all.result);
  });
}"""

RESEND = """async (entries) => {
  const statuses = [];
  for (const entry of entries) {
    const response = await fetch(entry.url, {
      method: "POST", body: entry.body, credentials: "same-origin", redirect: "manual",
      headers: {"Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": entry.key},
    });
    statuses.push(response.status);
  }
  return statuses;
}"""


def test_lessons_marked_complete_offline_are_sent_once_when_back_online(
    live_server, chromium_browser, course_tree
):
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, "en", course_tree["course"])
    lessons = [f"{base}{lesson.get_url()}" for lesson in course_tree["lessons"]]
    for url in lessons:
        page.goto(url)
        wait_until_kept(page, url)

    context.set_offline(True)
    page.goto(lessons[0])
    for number in range(3):
        page.get_by_role("button", name="Mark as complete and continue").click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "Saved on this phone"
        assert "will be sent when you are back online" in page.content()
        if number < 2:
            page.get_by_role("link", name="Continue").click()
            page.wait_for_url(lessons[number + 1])
    queue = page.evaluate(READ_QUEUE)
    assert len(queue) == 3
    assert not LessonCompletion.objects.exists()

    # Back on a kept lesson page, the network returns: the page tells the worker,
    # which sends the queue (a page loaded online, or Background Sync, does too).
    page.goto(lessons[0])
    context.set_offline(False)
    page.wait_for_function(f"async () => (await ({READ_QUEUE})()).length === 0")
    wait_for_rows(page, lambda: LessonCompletion.objects.filter(user=user).count(), 3)
    assert LessonCompletion.objects.filter(user=user).count() == 3
    page.goto(f"{base}/en/learn/")

    # The same queue sent again, from this tab and another: nothing counted twice.
    # (Both at the same moment is test_offline_progress's PostgreSQL test: SQLite's
    # shared in-memory test database locks whole tables.)
    other_tab = context.new_page()
    other_tab.goto(f"{base}/en/learn/")
    statuses = page.evaluate(RESEND, queue) + other_tab.evaluate(RESEND, queue)
    assert set(statuses) == {204}
    assert LessonCompletion.objects.filter(user=user).count() == 3
    assert ReplayKey.objects.filter(user=user).count() == 3
    context.close()


def test_a_hindi_reader_offline_is_told_in_hindi(live_server, chromium_browser, course_tree):
    base = live_server.url
    context, page, _user = signed_in_phone(chromium_browser, base, "hi", course_tree["course_hi"])
    mark_first_lesson_complete_offline(context, page, base, course_tree, "hi")

    shot(page, "offline-hi-saved-on-this-phone")
    assert page.locator("html").get_attribute("lang") == "hi"
    assert page.locator("h1").inner_text() == "इस फ़ोन पर सहेजा गया"
    context.close()


SAVED_ON_THIS_PHONE = {"en": "Saved on this phone", "hi": "इस फ़ोन पर सहेजा गया"}


def mark_first_lesson_complete_offline(context, page, base, course_tree, language="en"):
    lessons = course_tree["lessons" if language == "en" else f"lessons_{language}"]
    lesson = f"{base}{lessons[0].get_url()}"
    page.goto(lesson)
    wait_until_kept(page, lesson)
    context.set_offline(True)
    page.goto(lesson)
    page.locator(".lesson-done button").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == SAVED_ON_THIS_PHONE[language]
    return lesson


def refused_notice(context, page, base, language):
    """Back online on My learning: the notice of what was not accepted, once listed."""
    context.set_offline(False)
    page.goto(f"{base}/{language}/learn/")
    notice = page.locator("#offline-sendings")
    notice.locator("li").wait_for()
    return notice


def test_a_sending_the_site_refuses_is_shown_with_its_reason_until_dismissed(
    live_server, chromium_browser, course_tree
):
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, "en", course_tree["course"])
    lesson = mark_first_lesson_complete_offline(context, page, base, course_tree)
    # While the phone is offline, the trainee's enrolment goes (a coordinator's
    # correction): the completion sent later must not count, and she must be told.
    Enrollment.objects.filter(user=user).delete()

    notice = refused_notice(context, page, base, "en")
    shot(page, "offline-refused-sending")
    assert "Not accepted, so not counted:" in notice.inner_text()
    assert "Mark as complete" in notice.locator("li").inner_text()
    assert "Enrol in the course first." in notice.locator("li").inner_text()
    assert not LessonCompletion.objects.exists()

    page.goto(lesson)  # still said on the next page, and never sent again
    notice.locator("li").wait_for()
    notice.get_by_role("button", name="OK, remove this list").click()
    expect(notice).to_be_hidden()
    assert page.evaluate(READ_QUEUE) == []
    assert not ReplayKey.objects.filter(user=user).exists()
    context.close()


def test_progress_kept_offline_waits_for_its_reader_to_sign_in_again(
    live_server, chromium_browser, course_tree
):
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, "en", course_tree["course"])
    mark_first_lesson_complete_offline(context, page, base, course_tree)
    # Weeks offline: the session ends on its own (the phone keeps whose it is).
    context.clear_cookies(name=settings.SESSION_COOKIE_NAME)

    context.set_offline(False)
    page.goto(f"{base}/en/")
    notice = page.locator("#offline-sendings")
    notice.get_by_role("link", name="Log in", exact=True).wait_for()
    shot(page, "offline-sign-in-to-send")
    assert "Log in again to send the progress saved on this phone (1)" in notice.inner_text()
    assert len(page.evaluate(READ_QUEUE)) == 1

    notice.get_by_role("link", name="Log in", exact=True).click()
    page.fill("#id_username", "kavya")
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/en/")
    # The same reader: nothing the phone kept was forgotten, and it is sent now.
    page.wait_for_function(f"async () => (await ({READ_QUEUE})()).length === 0")
    wait_for_rows(page, lambda: LessonCompletion.objects.filter(user=user).count(), 1)
    expect(notice).to_be_hidden()
    context.close()


def test_a_hindi_reader_is_told_in_hindi_what_was_not_accepted(
    live_server, chromium_browser, course_tree
):
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, "hi", course_tree["course_hi"])
    mark_first_lesson_complete_offline(context, page, base, course_tree, "hi")
    Enrollment.objects.filter(user=user).delete()

    notice = refused_notice(context, page, base, "hi")
    shot(page, "offline-hi-refused-sending")
    assert "स्वीकार नहीं हुआ, इसलिए गिना नहीं गया:" in notice.inner_text()
    # What it was and the server's reason, both in Hindi.
    assert "पूरा हुआ चिह्नित करें" in notice.locator("li").inner_text()
    assert "पहले पाठ्यक्रम में नामांकन करें।" in notice.locator("li").inner_text()
    assert notice.get_by_role("button", name="ठीक है, यह सूची हटाएँ").is_visible()
    context.close()
