"""On a phone, the trainee's next step is on the first screen: after enrolling, after the
last lesson; an unfinished quiz is on the dashboard; a completed course says what comes
next, in English and Hindi (headless Chromium, testing/browser.py)."""

from pathlib import Path

import pytest
from multichoice.models import MCQuestion

from django.conf import settings
from django.contrib.auth import get_user_model

from courses.tests.factories import closing_quiz_and_leaders_course
from lms.chromium import PHONE
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "verify-before-sharing-42"  # noqa: S105 (a test account's)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def on_first_screen(page, locator):
    """Visible without scrolling: the whole element within the first viewport height."""
    locator.wait_for()
    assert page.evaluate("window.scrollY") == 0
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, (
        f"{locator} at y={box and box['y']:.0f}..{box and box['y'] + box['height']:.0f}, "
        f"screen height {height}"
    )


def right_answer(page):
    question_id = int(page.locator("input[name=question]").get_attribute("value"))
    mc = MCQuestion.objects.filter(pk=question_id).first()
    if mc is not None:
        return str(mc.answer_set.get(correct=True).pk)
    return "True"  # quiz_create's true/false question is true


def test_next_step_on_the_first_screen_unfinished_quiz_and_what_next(
    chromium_browser, live_server, course_tree, locales
):
    _english, hindi = locales
    course = course_tree["course"]
    # A course page as trainers write them: a summary and outcomes above the lessons.
    course.summary = (
        "Check a claim before you share it: who said it, where it first appeared, "
        "and whether the photo or video is older than the story around it."
    )
    course.learning_outcomes = (
        "<ul>"
        + "".join(
            f"<li>{text}</li>"
            for text in (
                "Pause before forwarding a message that makes you angry or afraid",
                "Find the original source of a claim and judge whether it is reliable",
                "Check the date and place of a photo with a reverse image search",
                "Reply to a false claim civilly, with a link to the evidence",
                "Report a fake account on the platform where you found it",
            )
        )
        + "</ul>"
    )
    closing_quiz_and_leaders_course(course_tree, hindi)
    get_user_model().objects.create_user("priya", password=PASSWORD)

    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    base = f"{live_server.url}/en"
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", "priya")
    page.fill("#id_password", PASSWORD)
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(f"{base}/learn/")

    page.goto(f"{base}/courses/verification/")
    page.get_by_role("button", name="Enrol in this course").click()
    page.wait_for_load_state()
    on_first_screen(page, page.get_by_role("link", name="Start the first lesson"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "en-course-enrolled-first-screen.png")
    watch.check("course page, just enrolled")

    page.get_by_role("link", name="Start the first lesson").click()
    for _lesson in range(3):
        page.wait_for_load_state()
        page.locator(".lesson-done button").click()
    page.wait_for_url(f"{base}/courses/verification/")
    on_first_screen(page, page.get_by_role("button", name="Start the quiz"))
    page.screenshot(path=SCREENSHOTS / "en-course-lessons-done-first-screen.png")
    watch.check("course page, lessons done")

    # One question answered, then the trainee leaves: the dashboard names the quiz.
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/learn/attempts/*/")
    page.locator(f"input[name=answer][value='{right_answer(page)}']").check()
    page.locator(".question-form button").click()
    page.wait_for_load_state()
    page.goto(f"{base}/learn/")
    card = page.locator(".card").first.inner_text()
    assert "You have started “Closing quiz” and not finished it yet." in card
    on_first_screen(page, page.get_by_role("link", name="Continue the quiz"))
    watch.check("dashboard, unfinished quiz")
    page.get_by_role("link", name="Continue the quiz").click()
    while "/result/" not in page.url:
        page.wait_for_load_state()
        page.locator(f"input[name=answer][value='{right_answer(page)}']").check()
        page.locator(".question-form button").click()
    page.wait_for_load_state()

    what_next = page.locator(".what-next")
    assert "What happens next" in what_next.inner_text()
    assert "team of ten volunteers" in what_next.inner_text()
    what_next.get_by_role("link", name="Leading a team of ten").wait_for()
    page.screenshot(path=SCREENSHOTS / "en-quiz-passed-what-next.png", full_page=True)
    watch.check("quiz result, passed, what next")

    page.goto(f"{live_server.url}/hi/courses/verification/")
    what_next = page.locator(".what-next")
    assert "आगे क्या होगा" in what_next.inner_text()
    assert "स्क्रीनिंग" in what_next.inner_text()
    what_next.get_by_role("link", name="दस लोगों की टीम का नेतृत्व").wait_for()
    page.screenshot(path=SCREENSHOTS / "hi-course-complete-what-next.png", full_page=True)
    watch.check("Hindi course page, complete, what next")
