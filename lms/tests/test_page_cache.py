"""Shared pages come from the cache; each reader's parts are filled in per request."""

import pytest

from django.contrib.auth import get_user_model
from django.core.cache import cache

from wagtail.models import PageViewRestriction, Site

from testing.pages import site_header

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="a-long-password-1")


def test_second_request_is_served_from_the_cache(client):
    first = client.get("/en/")
    second = client.get("/en/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_the_new_version_at_once(client):
    client.get("/en/")
    home = Site.objects.get(is_default_site=True).root_page.specific
    home.title = "Training for volunteers"
    home.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Training for volunteers</h1>" in response.content.decode()


def test_each_reader_gets_their_own_parts_and_nobody_elses(client, trainee):
    client.force_login(trainee)
    mine = client.get("/en/")  # stored by a logged-in reader
    assert "Log out" in mine.content.decode()
    assert "private" in mine["Cache-Control"]
    client.logout()
    anonymous = client.get("/en/")
    assert anonymous["X-Page-Cache"] == "hit"
    html = anonymous.content.decode()
    assert "Log out" not in html and "Log in" in site_header(html)
    assert "csrfmiddlewaretoken" not in html
    assert "<!--lms:" not in html


def test_restricted_pages_are_never_cached(client):
    home = Site.objects.get(is_default_site=True).root_page
    PageViewRestriction.objects.create(page=home, restriction_type="login")
    response = client.get("/en/")
    assert response.status_code == 302  # to log in
    assert "X-Page-Cache" not in response


def test_queries_and_errors_are_not_cached(client):
    assert "X-Page-Cache" not in client.get("/en/search/", {"q": "verify"})
    assert client.get("/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")


def test_an_editors_page_with_the_admin_bar_is_never_stored(client, admin_user):
    client.force_login(admin_user)  # log-in remembers the admin access in the session
    editor = client.get("/en/")
    assert "wagtail-userbar" in editor.content.decode()
    assert "X-Page-Cache" not in editor
    client.logout()
    anonymous = client.get("/en/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert "wagtail-userbar" not in anonymous.content.decode()
