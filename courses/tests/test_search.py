"""Site search over courses and lessons, in the reader's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_a_hindi_word_in_the_hindi_site(client, course_tree):
    response = client.get("/hi/search/", {"q": "स्रोत"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/hi/courses/verification/lesson-2/"' in html
    assert "/en/" not in html.split('<ol class="search-results">')[1]


def test_search_finds_english_lesson_text_in_the_english_site_only(client, course_tree):
    html = client.get("/en/search/", {"q": "English text"}).content.decode()
    assert 'href="/en/courses/verification/lesson-1/"' in html
    assert "/hi/courses" not in html.split('<ol class="search-results">')[1]


def test_search_with_no_match_says_so(client, course_tree):
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert "Nothing found" in html


def test_empty_search_shows_just_the_form(client, course_tree):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "search-results" not in response.content.decode()
