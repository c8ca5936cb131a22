"""A NUL byte anywhere in a request's path or query is a bad request, never a 500.

PostgreSQL refuses NUL in text ("A string literal cannot contain NUL"), so a code or
a search term carrying one crashed the view that looked it up.
"""

import pytest

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/v/AB12%00CD.json",
        "/v/AB12%00CD",
        "/en/verify/AB12%00CD/",
        "/hi/verify/AB12%00CD/",
        "/en/search/?q=a%00b",
        "/en/certificates/AB12%00CD/download/",
        "/en/courses/%00/",
        "/en/?next=%00",
    ],
)
def test_a_nul_byte_in_the_path_or_query_is_answered_400(client, url):
    client.raise_request_exception = False
    client.force_login(get_user_model().objects.create_user("asha", password="a-long-pw-1"))

    response = client.get(url)

    assert response.status_code == 400


def test_a_nul_byte_probe_is_one_warning_in_the_log_not_a_traceback(client, caplog):
    client.raise_request_exception = False

    with caplog.at_level("INFO"):
        response = client.get("/v/AB12%00CD.json")

    assert response.status_code == 400
    (record,) = [r for r in caplog.records if r.name.startswith("django.security")]
    assert record.levelname == "WARNING" and record.exc_info is None
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_a_nul_byte_under_hindi_gets_the_400_page_in_hindi(client):
    client.raise_request_exception = False
    response = client.get("/hi/search/?q=a%00b")
    assert response.status_code == 400
    assert "यह पता सही नहीं है" in response.content.decode()
