"""The data budget (issue 17, item 5), measured in a real headless Chromium on a phone.

The first lesson of the demo course, opened on a phone that has never visited the site
(nothing cached, no service worker), scrolled to its end so that lazy pictures load,
until the service worker is installed: at most 60 KB over the network, headers, HTML,
CSS, the script, the pictures and the worker's own install included
(testing/page_weight.py counts; bench/lesson_page_weight.py prints the same figures
for every demo page).

The test server sends the stylesheet and script uncompressed (its static handler is
not the application's) under unhashed names, which costs more than production
(WhiteNoise's precompressed, hashed files): a bound met here is met there.
"""

from io import StringIO

import pytest

from courses import demo
from testing.page_weight import visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUDGET_BYTES = 60 * 1024
FIRST_LESSON = "courses/social-media-skills/verify-before-sharing/"
#: A common phone: 390 CSS pixels wide, two device pixels to each.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}


@pytest.fixture
def demo_courses(db):
    demo.load(StringIO())


@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_first_demo_lesson_costs_a_phone_at_most_60_kb(
    live_server, chromium_browser, demo_courses, language
):
    context = chromium_browser.new_context(**PHONE)
    page = context.new_page()

    cold = visit(context, page, f"{live_server.url}/{language}/{FIRST_LESSON}")
    context.close()

    report = cold.describe()
    # What was counted is the whole page: its HTML, style, script, worker and picture,
    # the picture in a modern format at this screen's width, not the uploaded PNG.
    assert cold.sent("html") > 2000, report
    assert {t.kind for t in cold.transfers} >= {"html", "css", "js", "image"}, report
    assert any(t.by_worker for t in cold.transfers), report
    [picture] = [t for t in cold.transfers if t.kind == "image"]
    assert picture.url.endswith(".avif") and ".width-1080." in picture.url, report
    assert cold.sent() <= BUDGET_BYTES, report
