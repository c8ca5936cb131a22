"""Headless Chromium for the browser tests, and what every trainee page must pass there.

Both come from `make browser-deps` (which `make test` runs): Debian's Chromium, and
axe-core from npm into `.venv/node/`. Where one is missing, the tests that need it skip,
saying what is missing and the command that installs it; with `TESTS_REQUIRE_BROWSER=1`
(CI) they fail instead, so that a machine without them cannot pass by skipping.

- axe-core finds no serious or critical accessibility violation;
- the browser reports no Content-Security-Policy violation (enforced or report-only),
  no script error and no other console error (a missing script or style is one).

`PageWatch(page)` starts listening when created, so create it before the first `goto`;
`watch.check(name)` then runs axe on the page as it is and fails the test with
everything found so far. A test that never runs axe says so: `PageWatch(page, axe=False)`.
"""

import asyncio
import os
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connections

from lms.chromium import CHROMIUM, CHROMIUM_ARGS

AXE = Path(
    os.environ.get("AXE_CORE")
    or Path(settings.BASE_DIR) / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
)
#: The impacts that fail a page; "moderate" and "minor" ones are reported by axe too,
#: but the bar the issue sets is zero serious or critical.
FAILING_IMPACTS = ("serious", "critical")

_axe_source = None


def browser_tool_missing(what: str, where: Path | str, install: str) -> None:
    """Skips the test (fails it under TESTS_REQUIRE_BROWSER=1), saying how to install."""
    message = f"{what} not found at {where}: `make browser-deps` installs it ({install})"
    if os.environ.get("TESTS_REQUIRE_BROWSER") == "1":
        pytest.fail(message + "; TESTS_REQUIRE_BROWSER=1 makes this a failure", pytrace=False)
    pytest.skip(message)


def axe_source() -> str:
    global _axe_source
    if _axe_source is None:
        if not AXE.exists():
            browser_tool_missing("axe-core", AXE, "npm, from Node.js")
        _axe_source = AXE.read_text()
    return _axe_source


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started once the test database exists.

    pytest-django's own does not ask for the database, so a worker whose first test with a
    database was a live-server test started the server before the test database was
    made: the server then did not share the in-memory test database's one connection, and
    each request opened its own, whose table locks failed concurrent requests ("database
    table is locked" in a fragment while the page's other request wrote). Django's
    live-server tests share one connection, as the server does now.
    """
    return live_server


@pytest.fixture(scope="session")
def _playwright():
    """One Playwright and one Chromium per xdist worker, started by its first browser test.

    A launch costs 1 s and a CPU-second; a new context in a running browser, 0.2 s. A test
    gets the browser with no context open and opens its own: a context is a fresh profile
    of its own (cookies, storage, cache, service workers), as a launch was. Between
    browser tests Playwright is paused (`_browser_test`).
    """
    if not Path(CHROMIUM).exists():
        browser_tool_missing("Chromium", CHROMIUM, "Debian's chromium package, as root")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    # Playwright's sync API marks its event loop as running in this thread (Django then
    # refuses its ORM calls, and asgiref's async_to_sync refuses to run): only while a
    # browser test runs (`_browser_test` marks and unmarks it).
    loop = asyncio.get_running_loop()
    state = {"loop": loop, "browser": None, "playwright": playwright}
    asyncio._set_running_loop(None)
    yield state
    asyncio._set_running_loop(loop)
    if state["browser"] is not None and state["browser"].is_connected():
        state["browser"].close()
    playwright.stop()


@pytest.fixture
def _browser_test(_playwright):
    """The worker's Playwright, running for the length of one test."""
    # Playwright's sync API runs an event loop in this thread; the test's own
    # ORM calls happen between page actions, never concurrently with them.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # With a loop running, Django keeps connections per context, not per thread: the
    # test's ORM calls would open connections of their own. On SQLite's shared in-memory
    # test database a second connection locks whole tables against the live server's
    # (requests failed with "database table is locked" under load), so the test keeps
    # the thread's connections, the ones the live server shares, as Django's live-server
    # tests do.
    own = {alias: connections[alias] for alias in connections}
    asyncio._set_running_loop(_playwright["loop"])  # as sync_playwright() leaves it
    for alias, connection in own.items():
        connections[alias] = connection
    yield _playwright
    # Close any connection opened meanwhile, or the test database cannot be dropped
    # (Django never closes SQLite's in-memory database).
    connections.close_all()
    for alias in own:
        del connections[alias]
    asyncio._set_running_loop(None)
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _launch(playwright, *flags: str):
    # Playwright gives each launch a fresh, empty profile of its own.
    return playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *flags])


@pytest.fixture
def chromium_launch(_browser_test):
    """Launches Debian's headless Chromium, driven by Playwright: ``launch(*flags)`` with
    flags beyond lms.chromium's (a fake camera); every browser closes after the test."""
    browsers = []

    def launch(*flags: str):
        browsers.append(_launch(_browser_test["playwright"], *flags))
        return browsers[-1]

    yield launch
    for browser in browsers:
        browser.close()


@pytest.fixture
def chromium_browser(_browser_test):
    """Debian's headless Chromium, driven by Playwright: the worker's, no context open."""
    browser = _browser_test["browser"]
    if browser is None or not browser.is_connected():  # the first test, or a crash
        browser = _browser_test["browser"] = _launch(_browser_test["playwright"])
    yield browser
    # Nothing of this test reaches the next: its contexts (pages, cookies, storage,
    # service workers) go with it.
    if browser.is_connected():
        for context in browser.contexts:
            context.close()


def axe_violations(page, impacts=FAILING_IMPACTS) -> list[str]:
    """axe-core's violations of the page's current state, one line each."""
    # Evaluated through the DevTools protocol, not a <script> element, so the
    # page's own Content-Security-Policy (which forbids inline scripts) does not
    # stop it and it does not count as a violation.
    page.evaluate(axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    found = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        found.append(
            f"{violation['impact']} {violation['id']}: {violation['help']}"
            f" ({len(violation['nodes'])}x: {targets})"
        )
    return found


class PageWatch:
    """Collects a page's CSP violations, script errors and console errors."""

    def __init__(self, page, axe: bool = True):
        if axe:
            axe_source()  # missing: skip (or fail) now, before the test's first page
        self.page = page
        self.axe = axe
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _console(self, message):
        text = message.text
        if text.startswith("Failed to load resource") and message.location.get("url") == (
            self.page.url
        ):
            return  # the page itself answered with an error status: the test checks that
        if message.type == "error" or "Content Security Policy" in text:
            self.problems.append(f"{message.type} on {self.page.url}: {text}")

    def check(self, name: str, axe: bool | None = None):
        """Fails the test if this page, or any before it, broke a rule."""
        found = list(self.problems)
        if self.axe if axe is None else axe:
            found += [f"axe on {name} ({self.page.url}): {v}" for v in axe_violations(self.page)]
        self.problems.clear()
        assert not found, f"{name}:\n" + "\n".join(found)
