"""The question page's timer in headless Chromium on a phone, in English and Hindi: the time
left is announced politely when it crosses a threshold (not every second), and the timer
can be hidden, remembered on the phone. axe-core finds nothing serious; no CSP or script
error (testing/browser.py). Screenshots go to artifacts/screenshots/."""

from datetime import timedelta
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import quiz_engine, services
from courses.models import CoursePage, QuizAttempt
from courses.tests.factories import quiz_create
from lms.chromium import PHONE
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "a-long-password-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WORDS = {
    "en": {
        "one": "Time left: about 1 minute",
        "two": "Time left: about 2 minutes",
        "hide": "Hide the timer",
        "show": "Show the timer",
    },
    "hi": {
        "one": "बचा समय: लगभग 1 मिनट",
        "two": "बचा समय: लगभग 2 मिनट",
        "hide": "टाइमर छिपाएँ",
        "show": "टाइमर दिखाएँ",
    },
}


@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_timer_announces_thresholds_and_hides(
    live_server, chromium_browser, course_tree, language
):
    words = WORDS[language]
    course = course_tree["course"]
    course.quiz = quiz_create(essays=0, rules={"time_limit_minutes": 20})
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    user = get_user_model().objects.create_user("kavya", password=PASSWORD)
    services.enrollment_create(user=user, course=course)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)

    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("#id_username", "kavya")
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/*/learn/")
    page.clock.install()
    # 100 seconds left: the page says about 2 minutes; ticks every 15 seconds.
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() + timedelta(seconds=100)
    )
    page.goto(f"{live_server.url}/{language}/learn/attempts/{attempt.pk}/")

    display = page.locator("[data-timer-display]")
    announcer = page.locator("[data-timer-announcer]")
    toggle = page.locator("[data-timer-toggle]")
    assert display.inner_text() == words["two"]
    assert announcer.inner_text() == ""  # nothing announced on arrival
    assert announcer.get_attribute("aria-live") == "polite"
    assert display.get_attribute("aria-live") is None  # the countdown itself is not read out
    watch.check(f"quiz timer {language}")
    page.screenshot(path=_shot(f"quiz-timer-{language}"), full_page=True)

    page.clock.run_for(46_000)  # three ticks: 54 seconds left, under a minute
    assert display.inner_text() == words["one"]
    assert announcer.inner_text() == words["one"]

    toggle.click()
    assert display.is_hidden()
    assert toggle.inner_text() == words["show"] and toggle.get_attribute("aria-pressed") == "true"
    page.reload()  # the next question: still hidden on this phone
    assert page.locator("[data-timer-display]").is_hidden()
    page.screenshot(path=_shot(f"quiz-timer-hidden-{language}"), full_page=True)
    page.locator("[data-timer-toggle]").click()
    assert page.locator("[data-timer-display]").is_visible()
    assert page.locator("[data-timer-toggle]").inner_text() == words["hide"]
    watch.check(f"quiz timer shown again {language}")


def _shot(name) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"
