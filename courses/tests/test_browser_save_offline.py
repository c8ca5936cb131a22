""" "Save this course for offline", in a real headless Chromium on a phone-sized screen.

A trainee opens a course online, is told the download size first, saves it, and with
the network gone opens lessons they never opened before, pictures included; the saved
course is listed on "My learning" with its size, and once removed a lesson never read
shows the offline page again.
"""

import re
from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from courses.tests.test_browser_offline import shot, signed_in_phone
from testing.browser import PageWatch
from testing.page_weight import transfer_of
from testing.pages import stream

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def picture():
    buffer = BytesIO()
    PILImage.new("RGB", (1200, 600), (11, 92, 173)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="Steps", file=ImageFile(BytesIO(buffer.getvalue()), name="steps.png")
    )


@pytest.mark.parametrize("language", ["en", "hi"])
def test_a_saved_course_opens_offline_with_its_pictures_and_can_be_removed(
    live_server, chromium_browser, course_tree, language
):
    image = picture()
    for lesson in (course_tree["lessons"][1], course_tree["lessons_hi"][1]):
        lesson.body = stream(
            ("paragraph", "<p>Text of lesson 2.</p>"),
            ("image", {"image": {"image": image.pk, "alt_text": "Four steps",
                                 "decorative": False}, "caption": "The steps"}),
        )  # fmt: skip
        lesson.save_revision().publish()
    base = live_server.url
    context, page, _user = signed_in_phone(chromium_browser, base, language)
    watch = PageWatch(page)
    said = {
        "en": ("Download size:", "Saved on this phone", "Save this course for offline"),
        "hi": ("डाउनलोड का आकार:", "इस फ़ोन पर सहेजा गया", "यह पाठ्यक्रम ऑफ़लाइन पढ़ने के लिए सहेजें"),
    }[language]

    course = f"{base}/{language}/courses/verification/"
    page.goto(course)
    status = page.locator("#save-offline [data-status]")
    status.filter(has_text=said[0]).wait_for()
    size_text = status.inner_text()
    assert "KB" in size_text or "MB" in size_text, size_text
    save = page.locator("#save-offline [data-action=save]")
    assert save.inner_text() == said[2]
    assert not page.locator("#save-offline [data-action=remove]").is_visible()
    shot(page, f"save-offline-{language}-size-first")
    finished = []

    def on_finished(request):
        finished.append(request)

    context.on("requestfinished", on_finished)
    save.click()
    status.filter(has_text=said[1]).wait_for()
    page.wait_for_load_state("networkidle")
    context.remove_listener("requestfinished", on_finished)
    # The size said first is what saving costs, headers included (within 10 %).
    sent = sum(t.sent for t in map(transfer_of, finished) if t is not None)
    announced = float(re.search(r"([\d.]+) KB", size_text).group(1)) * 1024
    files = [(t.url, t.sent) for t in map(transfer_of, finished) if t is not None]
    assert abs(announced - sent) <= 0.1 * sent, (size_text, sent, files)
    shot(page, f"save-offline-{language}-saved")
    watch.check("course page, saving for offline")

    context.set_offline(True)
    # Lessons never opened on this phone: from the saved course.
    page.goto(f"{base}/{language}/courses/verification/lesson-3/")
    assert page.locator("h1").inner_text() == "Reverse image search"
    page.goto(f"{base}/{language}/courses/verification/lesson-2/")
    image = page.locator("figure.block-image img")
    assert image.evaluate("(img) => img.complete && img.naturalWidth > 0"), "picture offline"
    page.goto(f"{base}/{language}/learn/")  # My learning, kept when signing in
    saved = page.locator("#saved-courses")
    saved.wait_for()
    assert saved.locator("li").count() == 1
    shot(page, f"save-offline-{language}-my-learning-offline")

    context.set_offline(False)
    page.goto(course)
    page.locator("#save-offline [data-action=remove]").click()
    page.locator("#save-offline [data-action=save]").wait_for()
    context.set_offline(True)
    page.goto(f"{base}/{language}/courses/verification/lesson-3/")
    assert page.locator("h1").inner_text() in ("You are offline", "आप ऑफ़लाइन हैं")
    context.close()
