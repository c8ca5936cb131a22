"""The trainee's journey in a real headless Chromium, on a phone-sized screen, in both languages.

Signs up, enrols, reads every lesson, fails the quiz once, passes it, and sees the course
complete on the dashboard. Every page on the way passes axe-core (no serious or critical
violation) and raises no Content-Security-Policy violation or script error
(testing/browser.py). Screenshots of key screens go to artifacts/screenshots/.
"""

from pathlib import Path

import pytest
from multichoice.models import MCQuestion
from true_false.models import TF_Question

from django.conf import settings

from courses.models import CourseCompletion, CoursePage
from courses.tests.factories import quiz_create
from lms.chromium import PHONE
from testing.browser import PageWatch

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(chromium_browser):
    return chromium_browser.new_context(**PHONE).new_page()


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def right_answer(question_id):
    mc = MCQuestion.objects.filter(pk=question_id).first()
    if mc is not None:
        return str(mc.answer_set.get(correct=True).pk)
    tf = TF_Question.objects.filter(pk=question_id).first()
    if tf is not None:
        return "True" if tf.correct else "False"
    return None  # an essay


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        (
            "en",
            {
                "enrol": "Enrol in this course",
                "start": "Start the quiz",
                "again": "Try the quiz again",
                "complete": "Course complete!",
            },
        ),
        (
            "hi",
            {
                "enrol": "इस पाठ्यक्रम में नामांकन करें",
                "start": "क्विज़ शुरू करें",
                "again": "क्विज़ फिर से दें",
                "complete": "पाठ्यक्रम पूरा हुआ!",
            },
        ),
    ],
)
def test_trainee_signs_up_learns_fails_passes_and_completes(
    live_server, browser_page, course_tree, language, labels
):
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, essays=1)
    course.save_revision().publish()
    course_hi = course_tree["course_hi"]
    course_hi.quiz = course.quiz
    course_hi.save_revision().publish()
    page = browser_page
    watch = PageWatch(page)
    base = f"{live_server.url}/{language}"

    page.goto(f"{base}/accounts/signup/")
    watch.check("sign-up, choosing the state")
    page.select_option("#id_state", label="मध्य प्रदेश" if language == "hi" else "Madhya Pradesh")
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_load_state()
    watch.check("sign-up form")
    page.fill("#id_username", f"priya-{language}")
    page.fill("#id_name_en", "Priya Singh")
    page.fill("#id_name_hi", "प्रिया सिंह")
    page.fill("#id_phone", "9876543210" if language == "en" else "9876543211")
    page.select_option("#id_district", label="इंदौर" if language == "hi" else "Indore")
    page.fill("#id_password1", "verify-before-sharing-42")
    page.fill("#id_password2", "verify-before-sharing-42")
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(f"{base}/learn/")
    assert page.locator("html").get_attribute("lang") == language
    watch.check("dashboard, new trainee")

    page.goto(f"{base}/courses/verification/")
    watch.check("course page, not enrolled")
    page.get_by_role("button", name=labels["enrol"]).click()
    page.wait_for_load_state()
    shot(page, f"{language}-course-enrolled")
    watch.check("course page, enrolled")
    page.locator("section a.button").first.click()
    for number in range(3):  # every lesson, marking each complete
        page.wait_for_load_state()
        watch.check(f"lesson {number + 1}")
        page.locator(".lesson-done button").click()
    page.wait_for_url(f"{base}/courses/verification/")
    shot(page, f"{language}-lessons-done")
    watch.check("course page, lessons done")

    def take_quiz(right):
        while "/result/" not in page.url:
            page.wait_for_load_state()
            watch.check("quiz question")
            question_id = int(page.locator("input[name=question]").get_attribute("value"))
            answer = right_answer(question_id)
            if answer is None:
                page.fill("textarea", "Thank you. The official notice is linked; please check it.")
            elif right:
                page.locator(f"input[name=answer][value='{answer}']").check()
            else:
                page.locator(f"input[name=answer]:not([value='{answer}'])").first.check()
            page.locator(".question-form button").click()
        page.wait_for_load_state()

    page.get_by_role("button", name=labels["start"]).click()
    shot(page, f"{language}-quiz-question")
    take_quiz(right=False)
    shot(page, f"{language}-quiz-failed")
    watch.check("quiz result, failed")
    assert not CourseCompletion.objects.exists()

    page.get_by_role("button", name=labels["again"]).first.click()
    take_quiz(right=True)
    assert labels["complete"] in page.content()
    shot(page, f"{language}-quiz-passed")
    watch.check("quiz result, passed")

    page.goto(f"{base}/learn/")
    shot(page, f"{language}-dashboard-complete")
    watch.check("dashboard, course complete")
    assert "3" in page.locator(".card").first.inner_text()
    completion = CourseCompletion.objects.get()
    assert completion.course == CoursePage.objects.get(pk=course.pk)
    assert completion.score_percent == 75  # the essay waits for a trainer
