"""A practice quiz answered with no network, in a real headless Chromium on a phone.

A trainee opens the practice sheet of a quiz trainers let be answered offline, loses
the network, answers every question and sends: the phone keeps the answers and says
so in the page's language; nothing reaches the server. Back online, the queue is sent
and the answers are scored as one attempt; sent again, nothing is counted twice. A
spot-the-fake question too, from a saved course, with its post's picture.
"""

import pytest
from multichoice.models import Answer

from courses.models import QuizAttempt, SpotAnswer
from courses.tests.factories import quiz_create
from courses.tests.test_browser_offline import (
    READ_QUEUE,
    RESEND,
    shot,
    signed_in_phone,
    wait_for_rows,
    wait_until_kept,
)
from courses.tests.test_browser_save_offline import picture
from courses.tests.test_spot_the_fake import deciding, spot_question
from offline.models import ReplayKey
from testing.browser import PageWatch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SAID = {
    "en": ("Send my answers", "Saved on this phone"),
    "hi": ("मेरे उत्तर भेजें", "इस फ़ोन पर सहेजा गया"),
}


def answer_right(page):
    """The quiz_create questions answered right on the sheet."""
    for content in ("Right 1", "Right 2"):
        right = Answer.objects.get(content=content)
        page.locator(f"input[name='answer-{right.question_id}'][value='{right.pk}']").check()
    page.locator("input[value='True']").check()


def send_offline(page, watch, language, course):
    """Send the sheet with no network: kept on the phone, nothing reaches the server.
    The queue as kept."""
    page.get_by_role("button", name=SAID[language][0]).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == SAID[language][1]
    shot(page, f"practice-offline-{language}-kept")
    queue = page.evaluate(READ_QUEUE)
    assert [entry["url"] for entry in queue] == [f"/{language}/learn/practice/{course.pk}/"]
    assert not QuizAttempt.objects.exists()
    # With no network the worker's own fetch failed first, as it should: not a page fault.
    watch.problems = [p for p in watch.problems if "ERR_INTERNET_DISCONNECTED" not in p]
    return queue


def sent_back_online(context, page, base, language, user):
    """Back online, a page loads: the worker sends the queue. The attempt, finished."""
    context.set_offline(False)
    page.goto(f"{base}/{language}/learn/")
    page.wait_for_function(f"async () => (await ({READ_QUEUE})()).length === 0")
    wait_for_rows(page, lambda: QuizAttempt.objects.filter(user=user).finished().count(), 1)
    return QuizAttempt.objects.get(user=user)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_a_practice_quiz_answered_offline_is_scored_once_back_online(
    live_server, chromium_browser, course_tree, language
):
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, rules={"answer_offline": True}, essays=0)
    course.save_revision().publish()
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, language, course)
    watch = PageWatch(page)
    sheet = f"{base}/{language}/learn/practice/{course.pk}/"
    page.goto(sheet)
    wait_until_kept(page, sheet)
    watch.check("practice sheet")

    context.set_offline(True)
    page.goto(sheet)  # from the phone
    answer_right(page)
    shot(page, f"practice-offline-{language}-answered")
    queue = send_offline(page, watch, language, course)

    attempt = sent_back_online(context, page, base, language, user)
    assert (attempt.score_percent, attempt.passed) == (100, True)

    # The same queue sent again: nothing counted twice.
    assert page.evaluate(RESEND, queue) == [204]
    assert QuizAttempt.objects.filter(user=user).count() == 1
    assert ReplayKey.objects.filter(user=user).count() == 1
    page.goto(f"{base}/{language}/learn/attempts/{attempt.pk}/result/")
    watch.check("the result of the practice quiz")
    context.close()


def test_a_spot_the_fake_question_answered_offline_from_a_saved_course_is_scored_once(
    live_server, chromium_browser, course_tree
):
    """The course saved for offline carries the practice sheet and its post's picture: with
    no network the sheet (never opened before) shows the post, the trainee gives a verdict
    and ticks the evidence; back online, one attempt is scored as the online page would."""
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, rules={"answer_offline": True}, essays=0)
    spot = spot_question(quiz=course.quiz, post_image=picture(), post_image_alt="A flooded street")
    course.save_revision().publish()
    base = live_server.url
    context, page, user = signed_in_phone(chromium_browser, base, "en", course)
    watch = PageWatch(page)
    page.goto(f"{base}/en/courses/verification/")
    status = page.locator("#save-offline [data-status]")
    status.filter(has_text="Download size:").wait_for()
    page.locator("#save-offline [data-action=save]").click()
    status.filter(has_text="Saved on this phone").wait_for()
    watch.check("course page, saving for offline")

    context.set_offline(True)
    sheet = f"{base}/en/learn/practice/{course.pk}/"
    page.goto(sheet)  # from the saved course
    post = page.locator("figure.spot-post img")
    assert post.evaluate("(img) => img.complete && img.naturalWidth > 0"), "picture offline"
    assert "@CityNewsFast" in page.locator("figure.spot-post").inner_text()
    answer_right(page)
    page.locator(f"input[name='verdict-{spot.pk}'][value='misleading']").check()
    for pk in deciding(spot):
        page.locator(f"input[name='evidence-{spot.pk}'][value='{pk}']").check()
    shot(page, "practice-offline-spot-answered")
    queue = send_offline(page, watch, "en", course)

    attempt = sent_back_online(context, page, base, "en", user)
    assert (attempt.score_percent, attempt.passed) == (100, True)
    assert SpotAnswer.objects.get(sitting_id=attempt.sitting_id).credit == 1

    assert page.evaluate(RESEND, queue) == [204]
    assert QuizAttempt.objects.filter(user=user).count() == 1
    assert SpotAnswer.objects.count() == 1
    page.goto(f"{base}/en/learn/attempts/{attempt.pk}/result/")
    watch.check("the result of the practice quiz with a spot-the-fake question")
    context.close()
