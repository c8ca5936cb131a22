"""What a trainee's phone downloads for a demo lesson page, measured in headless Chromium.

Sets up a throw-away SQLite site with the demo content, serves it, opens each demo
lesson page (English and Hindi) in Debian's Chromium at a phone's viewport, and
prints the bytes received per resource type (HTML, CSS, JS, fonts, images), with
images counted separately: the goal is at most 50 KB without images.

Figures: "sent" is what went over the wire, as the application sends it (its
CompressionMiddleware gzips HTML and CSS for a browser that accepts gzip, which
Chromium does); "uncompressed" is the same bodies decoded. The goal holds for both.

Run:  .venv/bin/python bench/lesson_page_weight.py
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from lms.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PYTHON = sys.executable
GOAL_BYTES = 50 * 1024
LESSONS = [
    "courses/social-media-skills/verify-before-sharing/",
    "courses/social-media-skills/exposing-fake-news/",
    "courses/leading-a-team/handling-incidents/",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def measure(page, url):
    received = defaultdict(lambda: [0, 0])  # kind -> [uncompressed bytes, bytes sent]

    def on_response(response):
        kind = response.request.resource_type
        if kind == "stylesheet":
            kind = "css"
        elif kind == "script":
            kind = "js"
        elif kind == "font":
            kind = "fonts"
        elif kind == "document":
            kind = "html"
        received[kind][0] += len(response.body())  # decoded
        received[kind][1] += response.request.sizes()["responseBodySize"]  # as sent

    page.on("response", on_response)
    page.goto(url, wait_until="networkidle")
    page.remove_listener("response", on_response)
    return received


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="lms-bench-") as var_dir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "LMS_VAR_DIR": var_dir,
        }
        env.pop("DATABASE_URL", None)
        manage("migrate", "--no-input", "-v0", env=env)
        manage("load_demo", env={**env, "PYTHONWARNINGS": "ignore"})
        port = free_port()
        server = subprocess.Popen(
            # --nostatic: CSS through WhiteNoise and the middleware, compressed as in
            # production (where WhiteNoise sends its precompressed files).
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nostatic"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/en/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                context = browser.new_context(
                    viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
                )
                page = context.new_page()
                # Every page as on a first visit: a cached file would count as nothing sent.
                context.new_cdp_session(page).send(
                    "Network.setCacheDisabled", {"cacheDisabled": True}
                )
                worst = worst_sent = 0
                print(
                    f"{'page':<62} {'html':>7} {'html sent':>9} {'css':>6} {'js':>5} "
                    f"{'fonts':>6} {'no-img':>7} {'no-img sent':>11} {'images':>7}"
                )
                for language in ("en", "hi"):
                    for path in LESSONS:
                        url = f"{base}/{language}/{path}"
                        received = measure(page, url)
                        # A fresh context per page would drop the cache; clear it instead.
                        context.clear_cookies()
                        page.goto("about:blank")
                        without_images = sum(v[0] for k, v in received.items() if k != "image")
                        without_images_sent = sum(v[1] for k, v in received.items() if k != "image")
                        worst = max(worst, without_images)
                        worst_sent = max(worst_sent, without_images_sent)
                        (html, html_sent), css = received["html"], received["css"][0]
                        print(
                            f"/{language}/{path:<59} {html:>7} {html_sent:>9} {css:>6}"
                            f" {received['js'][0]:>5} {received['fonts'][0]:>6} {without_images:>7}"
                            f" {without_images_sent:>11} {received['image'][0]:>7}"
                        )
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    verdict = "within" if worst <= GOAL_BYTES else "OVER"
    print(
        f"\nlargest lesson page without images: {worst / 1024:.1f} KB uncompressed, "
        f"{worst_sent / 1024:.1f} KB sent ({verdict} the {GOAL_BYTES // 1024} KB goal, "
        "which holds uncompressed); web fonts: none (system fonts)"
    )
    return 0 if worst <= GOAL_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
