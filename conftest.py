import pytest

from django.utils import translation


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres("why")`` skip, saying why, on any other database."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("postgres")
        if marker is not None:
            reason = marker.args[0] if marker.args else "needs PostgreSQL"
            item.add_marker(pytest.mark.skip(reason=f"{reason} (PostgreSQL only)"))


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in the default language.

    A request through LocaleMiddleware leaves its language active in the
    thread; without this, reverse() in the next test would use it.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (locmem in tests).

    Rate limits, page fragments and progress kept by one test must not reach
    the next: the verification page's per-client limit, counted over a minute,
    refused a later test's requests when earlier tests had used it up.
    """
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def chromium_browser():
    """Debian's headless Chromium, driven by Playwright; skipped where it is missing."""
    import os
    from pathlib import Path

    from django.db import connections

    from lms.chromium import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: `make browser-deps` installs it")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own
    # ORM calls happen between page actions, never concurrently with them.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # Playwright gives each launch a fresh, empty profile of its own.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        # While Playwright's loop runs, the test's ORM calls get connections of
        # their own; close them here, or the test database cannot be dropped.
        connections.close_all()
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
