"""The spot-the-fake question in headless Chromium on a phone (390×844), in English and
Hindi: with JavaScript off, a trainee reads the post (picture, text, claimed source and
date), is told when no evidence is ticked (the verdict kept), answers with one deciding
and one wrong tick and sees the part of the point earned with the right verdict and the
deciding evidence. With script on, axe-core finds nothing serious on the question page
and the page after the answer (testing/browser.py). Screenshots in artifacts/screenshots/."""

import datetime
from io import BytesIO
from pathlib import Path

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from courses import quiz_engine, services
from courses.demo_images import png_bytes
from courses.models import CoursePage, QuizRules, SpotAnswer, SpotTheFakeQuestion
from courses.spot_questions import spot_question_save
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
        "verdict": "Your verdict",
        "evidence": "The evidence that decides it",
        "misleading": "Misleading",
        "tick": "Tick the evidence that decides your verdict.",
        "part": "Part of the point earned: 0.5 of 1.",
        "right": "The right verdict:",
    },
    "hi": {
        "verdict": "आपका निष्कर्ष",
        "evidence": "निर्णायक सबूत",
        "misleading": "भ्रामक",
        "tick": "वे सबूत चुनें जिनसे आपका निष्कर्ष तय होता है।",
        "part": "इस प्रश्न के 1 अंक में से मिले: 0.5।",
        "right": "सही निष्कर्ष:",
    },
}


def spot_quiz():
    quiz = Quiz.objects.create(title="Verify before you share", url="verify", pass_mark=50)
    QuizRules.objects.create(quiz=quiz, review=QuizRules.Review.AFTER_EACH)
    picture = get_image_model().objects.create(
        title="Flooded street",
        file=ImageFile(BytesIO(png_bytes("flooded-street")), name="flooded.png"),
    )
    question = spot_question_save(
        question=SpotTheFakeQuestion(
            content="A friend forwards you this post. What is your verdict?",
            explanation="The photo is from 2019 and another city.",
            post_text="Indore station RIGHT NOW!! Share before they delete it!",
            post_image=picture,
            post_image_alt="A street under water with an orange bus half submerged.",
            claimed_source="@IndoreNewsFast24",
            claimed_date=datetime.date(2026, 8, 14),
            verdict="misleading",
            manipulation="old_image",
        ),
        evidence=[
            ("A reverse image search finds the photo in a 2019 report", True),
            ("The weather office recorded no rain that day", True),
            ("The post has many shares", False),
        ],
        quizzes=[quiz],
    )
    after = MCQuestion.objects.create(content="Where do you check a train cancellation?")
    after.quiz.add(quiz)
    Answer.objects.create(question=after, content="The railway's own account", correct=True)
    Answer.objects.create(question=after, content="A forwarded message", correct=False)
    return quiz, question


def log_in(page, base, language, username):
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{base}/*/learn/")


@pytest.mark.parametrize("language", ["en", "hi"])
def test_spot_the_fake_on_a_phone_without_javascript(
    live_server, chromium_browser, course_tree, language
):
    words = WORDS[language]
    quiz, question = spot_quiz()
    course = course_tree["course" if language == "en" else "course_hi"]
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    users = {}
    for name in ("kavya", "ravi"):  # one with script off, one for axe with script on
        users[name] = get_user_model().objects.create_user(name, password=PASSWORD)
        services.enrollment_create(user=users[name], course=course)
    attempt = quiz_engine.quiz_attempt_start(user=users["kavya"], course=course)
    deciding = [str(e.pk) for e in question.evidence.all() if e.decides]
    wrong = [str(e.pk) for e in question.evidence.all() if not e.decides]
    question_url = f"{live_server.url}/{language}/learn/attempts/{attempt.pk}/"

    page = chromium_browser.new_context(**PHONE, java_script_enabled=False).new_page()
    watch = PageWatch(page, axe=False)  # axe needs script: run below with it on
    log_in(page, live_server.url, language, "kavya")
    page.goto(question_url)
    assert (
        page.locator("figure.spot-post blockquote")
        .inner_text()
        .startswith("Indore station RIGHT NOW!!")
    )
    assert "@IndoreNewsFast24" in page.locator("figure.spot-post figcaption").inner_text()
    assert page.locator("figure.spot-post time").get_attribute("datetime") == "2026-08-14"
    picture = page.locator("figure.spot-post img")
    assert picture.get_attribute("alt").startswith("A street under water")
    assert page.evaluate("document.querySelector('figure.spot-post img').naturalWidth") > 0
    legends = page.locator("fieldset.spot-part > legend").all_inner_texts()
    assert legends == [words["verdict"], words["evidence"]]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
    shot(page, f"spot-the-fake-{language}")
    watch.check(f"spot question {language}", axe=False)

    # A verdict without evidence: told so, the verdict kept, nothing counted.
    page.get_by_label(words["misleading"], exact=True).check()
    page.click("form.question-form button[type=submit]")
    assert words["tick"] in page.locator("[role=alert]").inner_text()
    assert page.get_by_label(words["misleading"], exact=True).is_checked()
    assert not SpotAnswer.objects.exists()
    shot(page, f"spot-the-fake-refused-{language}")

    # One deciding and one wrong tick: the verdict's half point, nothing for the evidence.
    page.check(f"input[name=evidence][value='{deciding[0]}']")
    page.check(f"input[name=evidence][value='{wrong[0]}']")
    page.click("form.question-form button[type=submit]")
    body = page.locator("main").inner_text()
    assert words["part"] in body and words["right"] in body
    assert "A reverse image search finds the photo in a 2019 report" in body
    assert SpotAnswer.objects.get().credit == 0.5
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
    shot(page, f"spot-the-fake-feedback-{language}")
    watch.check(f"spot feedback {language}", axe=False)

    # The same pages with script on pass axe-core.
    scripted = chromium_browser.new_context(**PHONE).new_page()
    axe_watch = PageWatch(scripted)
    log_in(scripted, live_server.url, language, "ravi")
    second = quiz_engine.quiz_attempt_start(user=users["ravi"], course=course)
    scripted.goto(f"{live_server.url}/{language}/learn/attempts/{second.pk}/")
    axe_watch.check(f"spot question {language} (axe)")
    scripted.get_by_label(words["misleading"], exact=True).check()
    scripted.check(f"input[name=evidence][value='{deciding[0]}']")
    scripted.click("form.question-form button[type=submit]")
    scripted.wait_for_selector("text=" + words["right"])
    axe_watch.check(f"spot feedback {language} (axe)")


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
