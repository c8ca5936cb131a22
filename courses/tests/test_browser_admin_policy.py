"""The Content-Security-Policy does not break what trainers use, in a real Chromium.

The admin has a looser policy than the trainee site (Wagtail's widgets need inline
script and style); the site's strict one must still let a logged-in trainer's
userbar work on a lesson. Both checked by the browser itself: any CSP violation
(enforced or report-only), script error or console error fails the test
(testing/browser.py).
"""

from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from courses.models import LessonPage
from courses.roles import TRAINERS
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "a-long-password-1"  # noqa: S105 (a test account's)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_rich_text_editor_preview_and_userbar_raise_no_policy_violation(
    chromium_browser, live_server, course_tree
):
    trainer = get_user_model().objects.create_user("ravi", password=PASSWORD)
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    lesson = course_tree["lessons"][0]
    page = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    watch = PageWatch(page, axe=False)

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "ravi")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    watch.check("admin dashboard", axe=False)

    # The page editor with Draftail, Wagtail's rich text editor: type into it.
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    editor = page.locator("#body-root [contenteditable=true]").first
    editor.click()
    editor.press("End")
    editor.press_sequentially(" Ask who took the photo, and when.")
    # Draftail writes its hidden input on a short timer (stateSaveInterval): a
    # click on Save at once would send the text as it was.
    page.wait_for_function(
        "() => [...document.querySelectorAll('#body-root input[type=hidden]')]"
        ".some(input => input.value.includes('Ask who took the photo'))"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()
    page.get_by_text("has been updated").wait_for()
    watch.check("page editor after saving a draft", axe=False)
    assert "Ask who took the photo" in str(
        LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object().body
    )

    # Wagtail's preview panel frames the site inside the admin.
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/preview/")
    page.wait_for_load_state()
    watch.check("preview", axe=False)

    # The live lesson as the trainer sees it: the site's strict policy, with the userbar.
    page.goto(f"{live_server.url}{lesson.url}")
    userbar = page.locator("wagtail-userbar")
    userbar.wait_for(state="attached")
    userbar.locator("button").first.click()
    # Its menu links to the editor of this very lesson (the animation done: opaque).
    edit = userbar.locator(f"a[href$='/admin/pages/{lesson.pk}/edit/']")
    edit.wait_for(state="visible")
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('wagtail-userbar').shadowRoot"
        ".querySelector('[role=menu]')).opacity === '1'"
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "trainer-userbar-open.png")
    watch.check("lesson page with the userbar open", axe=False)


def test_side_panel_preview_shows_the_lesson_and_no_avatar_is_fetched_from_elsewhere(
    chromium_browser, live_server, course_tree
):
    # With an e-mail address, Wagtail would show the trainer's gravatar.com avatar.
    trainer = get_user_model().objects.create_user(
        "ravi", email="ravi@example.org", password=PASSWORD
    )
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    lesson = course_tree["lessons"][0]
    page = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    watch = PageWatch(page, axe=False)
    elsewhere = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", "blob:"))
            else elsewhere.append(request.url)
        ),
    )

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "ravi")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.locator("[data-side-panel-toggle=preview]").click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.get_by_text("English text of lesson 1.").wait_for()
    # The preview frame really shows the lesson (a frame refused by its policy
    # would be empty) and the browser reports no violation.
    assert frame.locator("h1").inner_text() == "Pause"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "trainer-side-panel-preview.png")
    watch.check("page editor with the preview panel open", axe=False)
    assert elsewhere == [], elsewhere
