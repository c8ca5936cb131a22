"""The site answers: Wagtail pages at /, the Wagtail admin, the Django admin."""

import pytest

from wagtail.models import Site

from lms.models import HomePage

pytestmark = pytest.mark.django_db


def test_home_page_is_the_default_sites_root():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)


def test_root_redirects_to_the_home_page_in_the_readers_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_page_is_served(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert response.templates[0].name == "lms/home_page.html"
    html = response.content.decode()
    assert "<h1>Volunteer Training</h1>" in html
    assert 'lang="en"' in html
    assert "verify before you share" in html.lower()


def test_home_page_follows_the_chosen_language(client):
    response = client.post("/i18n/setlang/", {"language": "hi", "next": "/"})
    assert response.status_code == 302
    html = client.get("/", follow=True).content.decode()
    assert '<html lang="hi">' in html


def test_wagtail_admin_asks_anonymous_users_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    login = client.get(response["Location"])
    assert login.status_code == 200
    assert 'name="password"' in login.content.decode()


def test_django_admin_login_page(client):
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_django_admin_does_not_register_django_quiz_apps_admin(admin_client):
    """Its admin targets Django 1.x; quizzes are edited in the Wagtail admin instead."""
    from quiz.models import Quiz

    from django.contrib import admin

    assert not admin.site.is_registered(Quiz)
    assert admin_client.get("/django-admin/").status_code == 200


def test_unknown_path_is_a_404(client):
    assert client.get("/en/no-such-page/").status_code == 404


def test_health_check_for_load_balancers(client, django_assert_num_queries):
    """One query (the database answers); more in lms/tests/test_deployment.py."""
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_ping_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/ping")
    assert (response.status_code, response.content) == (200, b"ok")
