"""A trainer writes a spot-the-fake question in the Wagtail admin (headless Chromium): the
post, the verdict, the manipulation type and the evidence list on one screen. Saving it
with no deciding evidence is refused with the reason and nothing saved; ticking one saves
the question with its list. Screenshots in artifacts/screenshots/."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from quiz.models import Quiz

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from courses.models import SpotEvidence, SpotTheFakeQuestion
from courses.roles import TRAINERS
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
ADD = "/admin/snippets/courses/spotthefakequestion/add/"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_trainer_writes_a_spot_the_fake_question(live_server, chromium_browser):
    Quiz.objects.create(title="Verification quiz", url="verification-quiz", pass_mark=60)
    trainer = get_user_model().objects.create_user("ravi", password="a-long-password-1")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    page = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    watch = PageWatch(page, axe=False)  # the admin is Wagtail's; its pages are not ours
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "ravi")
    page.fill("#id_password", "a-long-password-1")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(live_server.url + ADD)
    page.fill("#id_content", "A friend forwards you this post. What is your verdict?")
    page.fill("#id_post_text", "Schools closed tomorrow, says the minister! Forward to all.")
    page.fill("#id_claimed_source", "@EduNewsLive")
    page.fill("#id_claimed_date", "2026-07-01")
    page.select_option("#id_verdict", "fabricated")
    page.select_option("#id_manipulation", "quote")
    page.fill("#id_evidence-0-text", "The ministry's own site and account have no such statement")
    page.fill("#id_evidence-1-text", "The post uses the ministry's logo")
    page.get_by_label("Verification quiz").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("main")).to_contain_text("Mark at least one piece of evidence")
    assert not SpotTheFakeQuestion.objects.exists() and not SpotEvidence.objects.exists()
    page.locator(".help-critical[role=alert]").scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "spot-admin-refused.png")

    page.check("#id_evidence-0-decides")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/snippets/courses/spotthefakequestion/(\?.*)?$"))
    expect(page.locator("main")).to_contain_text("A friend forwards you this post")
    shot(page, "spot-admin-saved")
    watch.check("spot admin", axe=False)

    question = SpotTheFakeQuestion.objects.get()
    assert (question.verdict, question.manipulation, question.claimed_source) == (
        "fabricated",
        "quote",
        "@EduNewsLive",
    )
    assert [(e.text, e.decides) for e in question.evidence.all()] == [
        ("The ministry's own site and account have no such statement", True),
        ("The post uses the ministry's logo", False),
    ]
    assert [q.title for q in question.quiz.all()] == ["Verification quiz"]


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
