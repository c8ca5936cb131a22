"""The verification limit (django-ratelimit): who is one client, what a limited reader sees."""

import pytest

from django.core.cache import cache

from testing.pages import site_header

pytestmark = pytest.mark.django_db

JSON_URL = "/v/unknown-code-000000.json"


@pytest.fixture(autouse=True)
def low_limit(settings):
    cache.clear()  # other tests' requests came from the same address
    settings.RATE_LIMITS = {"verify": (2, 60)}
    yield
    cache.clear()


def statuses(client, url=JSON_URL, times=3, **headers):
    return [client.get(url, **headers).status_code for _ in range(times)]


def test_a_limited_reader_is_told_to_wait_in_their_language(client):
    statuses(client, "/en/verify/unknown-code-000000/", times=2)
    english = client.get("/en/verify/unknown-code-000000/")
    assert english.status_code == 429
    assert english["Retry-After"] == "60"
    html = english.content.decode()
    assert "Too many requests" in html
    assert "Please try again in 1 minute." in html
    assert "<!--lms:" not in html and "Log in" in site_header(html)  # the header is filled in
    hindi = client.get("/hi/verify/unknown-code-000000/")
    assert hindi.status_code == 429
    assert "बहुत अधिक अनुरोध" in hindi.content.decode()


def test_the_json_answer_stays_json_when_limited(client):
    *_, limited = [client.get(JSON_URL) for _ in range(3)]
    assert limited.status_code == 429
    assert limited.json() == {"status": "rate_limited", "retry_after": 60}


def test_a_header_the_client_sets_is_ignored_without_a_trusted_proxy(client):
    # Without RATE_LIMIT_CLIENT_HEADER, a made-up X-Real-IP per request buys nothing.
    codes = [client.get(JSON_URL, HTTP_X_REAL_IP=f"203.0.113.{n}").status_code for n in range(3)]
    assert codes == [404, 404, 429]


def test_behind_the_trusted_proxy_each_client_has_its_own_limit(client, settings):
    settings.RATE_LIMIT_CLIENT_HEADER = "HTTP_X_REAL_IP"
    # One proxy address (REMOTE_ADDR), two clients behind it.
    assert statuses(client, HTTP_X_REAL_IP="203.0.113.7") == [404, 404, 429]
    assert statuses(client, times=1, HTTP_X_REAL_IP="203.0.113.8") == [404]
    # A proxy that sends something other than an address: its own address counts.
    assert statuses(client, times=1, HTTP_X_REAL_IP="not-an-address") == [404]
