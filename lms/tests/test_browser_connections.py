"""The live server and a browser test's own ORM calls share the test database's one
connection (testing/browser.py).

On SQLite's shared in-memory test database, a second connection takes table locks against
the live server's: a request then fails with "database table is locked" when the test
reads while the server writes, which under load it did."""

import pytest

from django.contrib.auth import get_user_model
from django.db import connections

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_test_and_the_live_server_share_one_connection(live_server, chromium_browser):
    database = connections["default"]
    if database.vendor != "sqlite" or not database.is_in_memory_db():
        pytest.skip("only SQLite's in-memory test database is shared with the live server")
    # The server shares the test database's connection, even when it is this worker's
    # first database test (its server started before the database was made).
    shared = live_server.thread.connections_override
    assert set(shared) == {"default"}
    context = chromium_browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/en/accounts/login/")
    assert connections["default"] is shared["default"]
    get_user_model().objects.create_user("shared-connection", password="a-long-password-1")
    # Written through the shared connection, read by the server on it: the log-in works.
    page.fill("input[name=username]", "shared-connection")
    page.fill("input[name=password]", "a-long-password-1")
    page.locator("form [type=submit]").last.click()
    page.wait_for_load_state()
    assert "/accounts/login/" not in page.url
