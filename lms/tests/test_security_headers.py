"""Security headers: a strict Content-Security-Policy on the trainee site, a
looser one in the admins, and the other headers everywhere."""

import re
from pathlib import Path

import pytest

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/en/accounts/login/", "/hi/accounts/login/", "/en/accounts/signup/", "/v/nope"]
)
def test_trainee_pages_have_a_strict_policy(client, url):
    response = client.get(url, follow=url.startswith("/v/"))
    csp = directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_admin_pages_have_their_own_policy(client, url):
    response = client.get(url)
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    # Wagtail's own widgets have inline scripts: allowed here, and only here.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert_common_headers(response)


@pytest.mark.django_db
def test_the_health_check_and_json_answers_carry_the_headers_too(client):
    response = client.get("/v/UNKNOWN.json")
    assert "Content-Security-Policy" in response
    assert response["X-Content-Type-Options"] == "nosniff"


def test_media_origins_join_the_image_sources(settings):
    from lms.settings import base

    assert "data:" in base.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    assert base.CSP_ADMIN_PATH_PREFIXES == ["/admin/", "/django-admin/"]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>")
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
JS_URL = re.compile(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", re.IGNORECASE)


def our_templates():
    return sorted(p for p in TEMPLATES.rglob("*.html"))


@pytest.mark.parametrize("path", our_templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_our_templates_have_no_inline_script(path):
    """Inline script would need 'unsafe-inline' on the site; ours live in static/js/."""
    text = path.read_text()
    assert not INLINE_SCRIPT.search(text)
    assert not EVENT_HANDLER.search(text)
    assert not JS_URL.search(text)


ADMIN_TEMPLATE_DIRS = (
    "certificates/coordinator",
    "organisation/imports",
    "reports",
    "courses/admin",
)
# Rendered by WeasyPrint into a PDF, never served as a web page.
PDF_TEMPLATES = (
    "certificates/certificate.html",
    "certificates/certificate_sheet.html",
    "courses/demo_checklist.html",
)


@pytest.mark.parametrize("path", our_templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_trainee_templates_have_no_inline_style(path):
    name = str(path.relative_to(TEMPLATES))
    if name.startswith(ADMIN_TEMPLATE_DIRS) and name != "reports/my_team.html":
        pytest.skip("admin template: the admin policy allows inline style")
    if name in PDF_TEMPLATES:
        pytest.skip("not a page of the site")
    text = path.read_text()
    assert "<style" not in text
    assert not re.search(r"\sstyle\s*=", text)
