"""What a trainee's phone downloads for the demo course, measured in headless Chromium.

Sets up a throw-away SQLite site with the demo content, serves it, and opens pages in
Debian's Chromium at a phone's viewport (390 x 844, 2 device pixels per CSS pixel):

1. the demo course's first lesson and the course page, in English and Hindi, cold
   (a new browser: nothing cached, no service worker) and warm (the same page again):
   bytes per resource, sent (on the wire, headers included) and uncompressed;
   the goal: the first lesson, cold, at most 60 KB sent, images included;
2. every demo lesson cold, without images, against the older 50 KB goal (uncompressed);
3. the whole course saved for offline ("Save this course for offline"): the size the
   page announces, and the bytes really transferred while saving.

Counting is testing/page_weight.py's (also used by the data-budget test): every network
response, the page's and the service worker's (its install, its precache), scrolled to
the end so lazy images count.

Run:  .venv/bin/python bench/lesson_page_weight.py
"""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from demo_site import demo_site  # noqa: E402

from lms.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from testing.page_weight import transfer_of, visit  # noqa: E402

FIRST_LESSON_GOAL = 60 * 1024  # sent, images included, cold
NO_IMAGES_GOAL = 50 * 1024  # uncompressed, without images (the earlier goal)
COURSE = "courses/social-media-skills/"
FIRST_LESSON = COURSE + "verify-before-sharing/"
LESSONS = [
    FIRST_LESSON,
    "courses/social-media-skills/exposing-fake-news/",
    "courses/leading-a-team/handling-incidents/",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
}


def row(label, result):
    kinds = ("html", "css", "js", "image")
    cells = " ".join(f"{result.sent(kind):>6}/{result.uncompressed(kind):<6}" for kind in kinds)
    return f"{label:<44} {cells} {result.sent():>7} {result.uncompressed():>7}"


def header():
    kinds = " ".join(f"{kind + ' sent/unc':>13}" for kind in ("html", "css", "js", "image"))
    return f"{'page':<44} {kinds} {'sent':>7} {'unc.':>7}"


def cold_and_warm(browser, base, language, path):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    cold = visit(context, page, f"{base}/{language}/{path}")
    warm = visit(context, page, f"{base}/{language}/{path}")
    context.close()
    return cold, warm


def saved_course(browser, base, language):
    """Save the demo course as a trainee's phone does; (announced text, bytes sent)."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{base}/{language}/{COURSE}")
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    page.reload()  # now controlled by the worker, as on any later visit
    status = page.locator("#save-offline [data-status]")
    page.locator("#save-offline [data-action=save]").wait_for()
    announced = status.inner_text()
    counted = []

    def on_finished(request):
        counted.append(request)

    context.on("requestfinished", on_finished)
    page.locator("#save-offline [data-action=save]").click()
    page.locator("#save-offline [data-action=remove]").wait_for()
    page.wait_for_load_state("networkidle")
    context.remove_listener("requestfinished", on_finished)
    transfers = [t for t in map(transfer_of, counted) if t is not None]
    files = len([t for t in transfers if not t.by_worker])
    context.close()
    return announced, sum(t.sent for t in transfers), files


def measure_all(base: str) -> bool:
    """Print every figure; True when a goal is not met."""
    from playwright.sync_api import sync_playwright

    failed = False
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # Warm the server's renditions and page cache: the figures are the phone's.
        for language in ("en", "hi"):
            cold_and_warm(browser, base, language, FIRST_LESSON)
        print("1. Demo course, cold (new browser) and warm (same page again); bytes")
        print(header())
        for language in ("en", "hi"):
            for path in (FIRST_LESSON, COURSE):
                cold, warm = cold_and_warm(browser, base, language, path)
                print(row(f"/{language}/{path} cold", cold))
                print(row(f"/{language}/{path} warm", warm))
                if path == FIRST_LESSON:
                    verdict = "within" if cold.sent() <= FIRST_LESSON_GOAL else "OVER"
                    failed |= verdict == "OVER"
                    print(
                        f"  first lesson, cold: {cold.sent() / 1024:.1f} KB sent, images "
                        f"included ({verdict} the {FIRST_LESSON_GOAL // 1024} KB goal)"
                    )
                    print("\n".join("  " + line for line in cold.describe().splitlines()))

        print(
            "\n2. Demo lessons, cold, the page's own files without images (goal: 50 KB "
            "uncompressed); the service worker's install apart"
        )
        worst = 0
        for language in ("en", "hi"):
            for path in LESSONS:
                cold, _warm = cold_and_warm(browser, base, language, path)
                own = [t for t in cold.transfers if not t.by_worker and t.kind != "image"]
                without = sum(t.uncompressed for t in own)
                sent = sum(t.sent for t in own)
                worker = sum(t.sent for t in cold.transfers if t.by_worker)
                worst = max(worst, without)
                print(
                    f"  /{language}/{path:<50} {without:>7} unc. {sent:>7} sent"
                    f" (+ worker install {worker} sent)"
                )
        failed |= worst > NO_IMAGES_GOAL
        print(f"  largest: {worst / 1024:.1f} KB uncompressed")

        print("\n3. The demo course saved for offline")
        for language in ("en", "hi"):
            announced, sent, files = saved_course(browser, base, language)
            print(f"  /{language}/{COURSE}: {files} files, {sent / 1024:.1f} KB sent")
            print(f"    the page said: {announced}")
        browser.close()
    return failed


def main() -> int:
    # LMS_BENCH_URL: measure a site already running with the demo content instead.
    if os.environ.get("LMS_BENCH_URL"):
        return 1 if measure_all(os.environ["LMS_BENCH_URL"].rstrip("/")) else 0
    with demo_site() as base:
        return 1 if measure_all(base) else 0


if __name__ == "__main__":
    sys.exit(main())
