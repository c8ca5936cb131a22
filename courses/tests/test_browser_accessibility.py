"""Every page a trainee sees, on the demo content, in both languages, on a phone.

The trainee's journey (test_browser_trainee.py) checks the pages of signing up,
learning and the quiz; this tour adds the rest: the home page, courses and every
demo lesson (rich text, images, callouts, quiz links) as an anonymous reader, the
log-in, sign-up and password-reset forms with and without errors, search with and
without results, the leader's dashboard and team, the certificate verification
page (valid, revoked, unknown) and the "not found" page. Each passes axe-core with no
serious or critical violation and raises no Content-Security-Policy violation,
script error or console error (testing/browser.py).
"""

from io import StringIO
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from certificates.issuing import certificate_issue, certificate_revoke
from certificates.models import Leadership
from courses.models import CoursePage, LessonPage
from lms.chromium import PHONE
from organisation.models import Stage
from testing.browser import PageWatch, axe_violations

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
PASSWORD = "a-good-test-password"  # noqa: S105 (a test account's)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo(db, settings):
    call_command("load_demo", force=True, stdout=StringIO())
    leaders = list(
        Leadership.objects.filter(revoked_at__isnull=True)
        .select_related("volunteer__user")
        .order_by("pk")
    )
    coordinator = leaders[0].promoted_by
    valid = certificate_issue(leadership=leaders[0], issued_by=coordinator)
    revoked = certificate_issue(leadership=leaders[1], issued_by=coordinator)
    certificate_revoke(
        certificate=revoked, revoked_by=coordinator, reason="Issued for the wrong district."
    )
    leader = leaders[0].volunteer.user
    leader.set_password(PASSWORD)
    leader.save()
    return {"leader": leader, "valid": valid, "revoked": revoked}


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_trainee_page_is_accessible_and_within_its_policy(
    chromium_browser, live_server, demo, language
):
    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    base = f"{live_server.url}/{language}"
    visited = []

    def visit(path, name):
        response = page.goto(path if path.startswith("http") else f"{base}{path}")
        visited.append(name)
        watch.check(name)
        return response

    visit("/", "home page")
    shot(page, f"{language}-a11y-home")
    # Courses and every live lesson in this language, as an anonymous reader.
    lessons = LessonPage.objects.live().filter(locale__language_code=language)
    courses = CoursePage.objects.live().filter(locale__language_code=language)
    assert courses.exists() and lessons.count() >= 3
    for course in courses:
        visit(live_server.url + course.url, f"course {course.slug}")
    for lesson in lessons:
        visit(live_server.url + lesson.url, f"lesson {lesson.slug}")

    visit(f"/search/?q={'स्रोत' if language == 'hi' else 'source'}", "search results")
    assert page.locator("main li").count() > 0
    visit("/search/?q=zzzqqq", "search, nothing found")

    visit("/accounts/login/", "log-in form")
    page.fill("#id_username", "nobody")
    page.fill("#id_password", "wrong-password")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    watch.check("log-in form with an error")

    visit("/accounts/signup/", "sign-up form")
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_load_state()
    if page.evaluate("document.querySelector('form.stacked-form').checkValidity()"):
        watch.check("sign-up form with errors")
    else:  # the browser's own validation stopped the empty form: drop it and send
        page.evaluate("document.querySelector('form.stacked-form').noValidate = true")
        page.click("form.stacked-form button[type=submit]")
        page.wait_for_load_state()
        assert page.locator(".errorlist").count() > 0
        watch.check("sign-up form with errors")
    shot(page, f"{language}-a11y-signup-errors")

    visit("/accounts/password_reset/", "password-reset form")
    page.fill("#id_email", "someone@example.org")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    watch.check("password reset sent")

    valid, revoked = demo["valid"], demo["revoked"]
    visit(f"/verify/{valid.code}/", "verification, valid")
    visit(f"/verify/{revoked.code}/", "verification, revoked")
    shot(page, f"{language}-a11y-verify-revoked")
    response = visit("/verify/not-a-real-code/", "verification, unknown code")
    assert response.status == 404
    response = visit("/no-such-page/", "page not found")
    assert response.status == 404

    visit("/accounts/login/", "log-in form (leader)")
    page.fill("#id_username", demo["leader"].username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/learn/")
    watch.check("leader's dashboard with a certificate")
    shot(page, f"{language}-a11y-leader-dashboard")
    visit("/my-team/", "leader's team")
    shot(page, f"{language}-a11y-my-team")
    profile = demo["leader"].volunteer_profile
    assert profile.stage == Stage.LEADER
    members = [m.volunteer for m in profile.team.members.select_related("volunteer")]
    assert members, "the demo fills the first leader's team"
    text = page.inner_text("main")
    assert all(m.name_en in text or m.name_hi in text for m in members)
    assert len(visited) >= 15


def test_the_checks_catch_a_violation_and_a_csp_breach(chromium_browser, live_server, db):
    """The checks above can fail: an image without text and an inline script."""
    page = chromium_browser.new_context(**PHONE).new_page()
    watch = PageWatch(page)
    page.goto(f"{live_server.url}/en/accounts/login/")
    watch.check("log-in form")
    page.evaluate(
        """() => {
            const button = document.createElement('button');  // a button with no name
            document.querySelector('main').appendChild(button);
            const script = document.createElement('script');  // refused by the policy
            script.textContent = 'window.ran = true';
            document.body.appendChild(script);
        }"""
    )
    assert any("button-name" in v for v in axe_violations(page))
    assert page.evaluate("window.ran === undefined")
    with pytest.raises(AssertionError, match="Content Security Policy"):
        watch.check("after the injection", axe=False)
