"""The trainer's preview: framed by the editor's side panel, served under production's
HTTPS settings at the site's configured address, and no avatar fetched from elsewhere."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.roles import TRAINERS
from lms.sites import site_update_from_settings
from lms.tests.test_security_headers import directives

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    trainer = get_user_model().objects.create_user(
        "ravi", email="ravi@example.org", password="a-long-password-1"
    )
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(trainer)
    return client


def lesson_form(lesson, text):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "estimated_minutes": 10,
            "summary": "",
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
        }
    )


def test_the_side_panel_preview_may_be_framed_by_the_admin_and_the_site_may_not(
    trainer_client, course_tree
):
    lesson = course_tree["lessons"][0]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    posted = trainer_client.post(preview_url, lesson_form(lesson, "Ask who took the photo."))
    assert posted.json()["is_valid"]

    # What the editor's side panel loads in its iframe.
    preview = trainer_client.get(preview_url, {"in_preview_panel": "true", "mode": ""})
    assert preview.status_code == 200
    assert "Ask who took the photo." in preview.text
    csp = directives(preview["Content-Security-Policy"])
    assert csp["frame-ancestors"] == ["'self'"]
    # The previewed page keeps the site's strict policy otherwise.
    assert csp["script-src"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"

    draft = trainer_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert directives(draft["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]

    # The public lesson still refuses to be framed by anyone.
    public = trainer_client.get(lesson.url)
    assert public.status_code == 200
    assert directives(public["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert public["X-Frame-Options"] == "DENY"


PRODUCTION_HTTPS = {
    "ALLOWED_HOSTS": ["training.example.org", "localhost"],
    "SECURE_SSL_REDIRECT": True,
    "SITE_URL": "https://training.example.org",
}


def test_under_production_https_preview_and_view_draft_show_the_lesson(
    trainer_client, course_tree, settings
):
    for name, value in PRODUCTION_HTTPS.items():
        setattr(settings, name, value)
    site_update_from_settings()
    lesson = course_tree["lessons"][0]
    https = {"secure": True, "headers": {"host": "training.example.org"}}

    draft = trainer_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]), **https)
    assert draft.status_code == 200, draft.get("Location")
    assert "English text of lesson 1." in draft.text

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    trainer_client.post(preview_url, lesson_form(lesson, "Ask who took the photo."), **https)
    preview = trainer_client.get(preview_url, {"in_preview_panel": "true"}, **https)
    assert preview.status_code == 200, preview.get("Location")
    assert "Ask who took the photo." in preview.text


def test_migrate_takes_the_sites_address_from_settings(settings):
    settings.SITE_URL = "https://training.example.org"
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "training.example.org",
        443,
        "https://training.example.org",
    )

    settings.SITE_URL = "http://127.0.0.1:8000/"
    call_command("migrate", verbosity=0)
    site.refresh_from_db()
    assert site.root_url == "http://127.0.0.1:8000"


def test_admin_pages_ask_no_avatar_from_gravatar(trainer_client):
    response = trainer_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "gravatar" not in response.text
    account = trainer_client.get(reverse("wagtailadmin_account"))
    assert "gravatar" not in account.text
