"""Issue 13 walk: signing up from a course page returns you to the course, and
the home page's title and body for a visitor who has no account yet."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from organisation.models import Unit

pytestmark = pytest.mark.django_db

PASSWORD = "verify-before-sharing-42"


def test_signing_up_from_a_course_page_returns_to_the_course(client, course_tree):
    course_url = course_tree["course_hi"].url
    html = client.get(course_url).content.decode()
    links = re.findall(r'href="(/hi/accounts/signup/[^"]*)"', html.split("<main", 1)[1])
    assert links, "the course page offers sign-up"
    signup_url = links[0].replace("&amp;", "&")
    assert parse_qs(urlsplit(signup_url).query)["next"] == [course_url]
    # The state step keeps it, and so does "Choose another state" on the form.
    html = client.get(f"{signup_url}&state=in-mp").content.decode()
    assert f'name="next" value="{course_url}"' in html
    another_state = re.search(r'href="([^"]*)">दूसरा राज्य चुनें', html).group(1)
    another_state = urlsplit(another_state.replace("&amp;", "&"))
    assert another_state.path == "/hi/accounts/signup/"
    assert parse_qs(another_state.query)["next"] == [course_url]
    response = client.post(
        signup_url,
        {
            "username": "asha",
            "name_en": "Asha Verma",
            "phone": "9876543210",
            "district": Unit.objects.get(code="in-mp-indore").pk,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": course_url,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == course_url


def test_home_page_title_names_the_site_once_and_offers_sign_up(client, course_tree):
    for language, sign_up in (("hi", "खाता बनाएँ"), ("en", "Create an account")):
        html = client.get(f"/{language}/").content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        parts = [part.strip() for part in title.split("·")]
        assert len(parts) == len(set(parts)), title
        main = html.split("<main", 1)[1]
        assert re.search(rf'href="/{language}/accounts/signup/"[^>]*>{sign_up}<', main)
