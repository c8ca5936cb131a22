"""Issue 13: the end of a lesson offers one primary action.

"Mark as complete and continue" and the "next lesson" link looked identical, and the link
skips marking the lesson complete; the link is the secondary (outline) style.
"""

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from courses import services
from lms.chromium import PHONE

pytestmark = pytest.mark.django_db


def end_of_lesson(html):
    return html[html.index("</article>") : html.index("</main>")]


def primary_actions(html):
    buttons = re.findall(r"<button(?![^>]*button-secondary)[^>]*>", html)
    links = re.findall(r'<a [^>]*class="(?![^"]*button-secondary)[^"]*\bbutton\b[^"]*"', html)
    return buttons + links


def test_one_primary_action_at_the_end_of_a_lesson(client, course_tree):
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(trainee)
    services.enrollment_create(user=trainee, course=course_tree["course"])
    html = end_of_lesson(client.get("/en/courses/verification/lesson-1/").content.decode())
    assert "Mark as complete and continue" in html
    assert len(primary_actions(html)) == 1, primary_actions(html)
    next_link = re.search(r'<a [^>]*rel="next"[^>]*>', html).group(0)
    assert "button-secondary" in next_link


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_next_lesson_link_does_not_look_like_the_main_button(
    chromium_browser, live_server, course_tree
):
    password = "verify-before-sharing-42"  # noqa: S105 (a test account's)
    trainee = get_user_model().objects.create_user("priya", password=password)
    services.enrollment_create(user=trainee, course=course_tree["course"])
    page = chromium_browser.new_context(**PHONE).new_page()
    page.goto(f"{live_server.url}/hi/accounts/login/")
    page.fill("#id_username", "priya")
    page.fill("#id_password", password)
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url("**/learn/")
    page.goto(f"{live_server.url}/hi/courses/verification/lesson-1/")
    mark = page.locator(".lesson-done button")
    next_link = page.locator(".pager a[rel=next]")
    next_link.scroll_into_view_if_needed()
    style = "e => getComputedStyle(e).backgroundColor"
    assert mark.evaluate(style) != next_link.evaluate(style)
    assert next_link.evaluate(style) == "rgb(255, 255, 255)"
    shots = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=shots / "hi-lesson-end-actions.png")
