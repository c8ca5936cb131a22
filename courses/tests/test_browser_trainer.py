"""The trainer's journey in a real headless Chromium, in the Wagtail admin on a desktop screen.

Writes a lesson and submits it to the "Lesson review" workflow (trainers cannot publish);
a senior trainer approves it and a trainee then reads it. Adds a question to a course's
quiz, and marks a trainee's essay answer, which completes the trainee's course.
Screenshots of key screens go to artifacts/screenshots/trainer-*.png.
"""

import re
from pathlib import Path

import pytest
from multichoice.models import Answer, MCQuestion
from playwright.sync_api import expect

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from courses.models import CourseCompletion, CoursePage, EssayMark, LessonPage, QuizAttempt
from courses.roles import SENIOR_TRAINERS, TRAINERS, WORKFLOW_NAME
from courses.tests.factories import quiz_create
from lms.chromium import PHONE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PASSWORD = "a-long-password-3"  # noqa: S105


def shot(page, name, *, full_page=False):
    """The visible screen by default: the admin scrolls inside its own panes, and a
    full-page capture of its editors comes out shifted sideways."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"trainer-{name}.png", full_page=full_page)


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def new_page(chromium_browser):
    """A page in a context of its own: each person has their own cookies."""

    def make(**options):
        return chromium_browser.new_context(**(options or DESKTOP)).new_page()

    return make


def admin_login(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/admin/")


def test_trainer_submits_a_lesson_a_senior_trainer_approves_and_a_trainee_reads_it(
    live_server, new_page, course_tree
):
    member_of(TRAINERS, "ravi")
    member_of(SENIOR_TRAINERS, "meena")
    get_user_model().objects.create_user("asha", password=PASSWORD)
    course = course_tree["course"]
    base = live_server.url

    page = new_page()
    admin_login(page, base, "ravi")
    page.goto(f"{base}/admin/pages/{course.pk}/")
    expect(page.get_by_role("link", name="Find the source")).to_be_visible()
    shot(page, "course-explorer")
    page.get_by_role("link", name="Add child page").first.click()
    # Lessons are the only page type a course takes: straight to the lesson form.
    page.wait_for_url(re.compile(r"/admin/pages/add/courses/lessonpage/\d+/$"))

    page.fill("#id_title", "Dates matter")
    page.locator("#body-root").get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Text").click()
    editor = page.locator("#body-root [contenteditable=true]").first
    editor.click()
    editor.press_sequentially("Check the date on every photo before you share it.")
    # Draftail writes its hidden input on a short timer (stateSaveInterval): a
    # submit at once would send the block empty.
    page.wait_for_function(
        "() => [...document.querySelectorAll('#body-root input[type=hidden]')]"
        ".some(input => input.value.includes('Check the date on every photo'))"
    )

    # A trainer is offered no Publish button, only review.
    page.locator("footer").get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    submit = page.get_by_role("button", name=f"Submit to {WORKFLOW_NAME}")
    expect(submit).to_be_visible()
    shot(page, "lesson-editor")
    submit.click()
    page.wait_for_url(f"{base}/admin/pages/{course.pk}/")
    expect(page.locator(".messages")).to_contain_text("Dates matter")
    shot(page, "lesson-submitted")

    lesson = LessonPage.objects.get(title="Dates matter")
    assert not lesson.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "ravi"
    reader = new_page(**PHONE)
    response = reader.goto(f"{base}/en/courses/verification/{lesson.slug}/")
    assert response.status == 404

    senior = new_page()
    admin_login(senior, base, "meena")
    # The dashboard lists what awaits this reviewer.
    awaiting = senior.get_by_role("link", name="Dates matter")
    expect(awaiting).to_be_visible()
    shot(senior, "review-dashboard")
    awaiting.click()
    senior.wait_for_url(f"{base}/admin/pages/{lesson.pk}/edit/")
    senior.locator("footer").get_by_role("button", name="More actions").click()
    senior.get_by_role("button", name="Approve and Publish", exact=True).click()
    senior.wait_for_url(f"{base}/admin/pages/{course.pk}/")
    expect(senior.locator(".messages")).to_contain_text("Dates matter")
    shot(senior, "lesson-approved")

    lesson.refresh_from_db()
    assert lesson.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    reader.goto(f"{base}/en/accounts/login/")
    reader.fill("#id_username", "asha")
    reader.fill("#id_password", PASSWORD)
    reader.locator("form.stacked-form button[type=submit]").click()
    reader.wait_for_load_state()
    response = reader.goto(f"{base}/en/courses/verification/{lesson.slug}/")
    assert response.status == 200
    expect(reader.locator("main")).to_contain_text("Check the date on every photo")
    shot(reader, "lesson-live-for-trainee", full_page=True)


def test_trainer_adds_a_question_to_the_course_quiz(live_server, new_page, course_tree):
    member_of(TRAINERS, "ravi")
    quiz = quiz_create(title="Verification quiz", pass_mark=60)
    course = course_tree["course"]
    course.quiz = quiz
    course.save_revision().publish()
    base = live_server.url
    before = set(MCQuestion.objects.filter(quiz=quiz).values_list("pk", flat=True))

    page = new_page()
    admin_login(page, base, "ravi")
    page.goto(f"{base}/admin/snippets/multichoice/mcquestion/")
    page.get_by_role("link", name="Add Multiple Choice Question").click()
    page.wait_for_url(re.compile(r"/admin/snippets/multichoice/mcquestion/add/$"))
    page.fill("#id_content", "Where do you look for a photo's first appearance?")
    page.get_by_label("Verification quiz").check()
    page.fill("#id_answers-0-content", "A reverse image search")
    page.check("#id_answers-0-correct")
    page.fill("#id_answers-1-content", "The comments under the post")
    shot(page, "question-editor")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/snippets/multichoice/mcquestion/(\?.*)?$"))
    expect(page.locator(".messages")).to_contain_text("first appearance")
    shot(page, "question-saved")

    (question,) = MCQuestion.objects.filter(quiz=quiz).exclude(pk__in=before)
    assert question.content == "Where do you look for a photo's first appearance?"
    assert sorted(Answer.objects.filter(question=question).values_list("content", "correct")) == [
        ("A reverse image search", True),
        ("The comments under the post", False),
    ]
    assert question in MCQuestion.objects.filter(quiz=CoursePage.objects.get(pk=course.pk).quiz)


def test_trainer_marks_an_essay_and_the_trainee_completes_the_course(
    live_server, new_page, finished_attempt
):
    trainer = member_of(TRAINERS, "ravi")
    assert not CourseCompletion.objects.exists()
    base = live_server.url

    page = new_page()
    admin_login(page, base, "ravi")
    page.get_by_role("link", name="Essays to mark").click()
    page.wait_for_url(f"{base}/admin/essays/")
    expect(page.locator("main")).to_contain_text("1 answer awaits a mark")
    shot(page, "essays-to-mark")
    page.get_by_role("link", name="Mark", exact=True).click()
    expect(page.locator("blockquote")).to_contain_text(
        "A calm reply with the official source linked."
    )
    page.get_by_label("Accept: counts as correct").check()
    page.get_by_label("Comment for the trainee (optional)").fill("Well sourced.")
    shot(page, "essay-mark")
    page.get_by_role("button", name="Save the mark").click()
    page.wait_for_url(f"{base}/admin/essays/")
    expect(page.locator(".messages")).to_contain_text("Marked. The trainee's score is updated.")
    expect(page.locator("main")).to_contain_text("No answers are waiting.")
    shot(page, "essay-marked")

    mark = EssayMark.objects.get()
    assert (mark.correct, mark.comment, mark.marked_by) == (True, "Well sourced.", trainer)
    attempt = QuizAttempt.objects.get(pk=finished_attempt.pk)
    assert attempt.score_percent == 75 and attempt.passed
    completion = CourseCompletion.objects.get(user=finished_attempt.user)
    assert completion.score_percent == 75
