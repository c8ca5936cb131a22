"""Both languages render and switch; a lesson missing in Hindi falls back clearly."""

import pytest

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_readers_language(client):
    assert client.get("/")["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hi-IN,hi;q=0.9,en;q=0.5")
    assert response["Location"] == "/hi/"


def test_course_page_in_each_language(client, course_tree):
    english = client.get("/en/courses/verification/")
    assert english.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert "Verification basics" in english.content.decode()

    hindi = client.get("/hi/courses/verification/")
    html = hindi.content.decode()
    assert hindi.status_code == 200
    assert '<html lang="hi">' in html
    assert "सत्यापन की बुनियादी बातें" in html
    assert "not yet available" not in html


def test_hindi_course_lists_lessons_in_english_order_with_the_missing_one_flagged(
    client, course_tree
):
    html = client.get("/hi/courses/verification/").content.decode()
    assert html.index("रुकिए") < html.index("स्रोत खोजिए") < html.index("Reverse image search")
    # The untranslated lesson is linked under the Hindi course, marked as English.
    assert 'href="/hi/courses/verification/lesson-3/" lang="en"' in html


def test_missing_hindi_lesson_is_served_in_english_with_a_notice(client, course_tree):
    response = client.get("/hi/courses/verification/lesson-3/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="hi">' in html
    assert 'class="page-content" lang="en"' in html
    assert "English text of lesson 3." in html
    assert 'role="note"' in html and "notice-fallback" in html
    # Navigation stays in the Hindi course.
    assert 'href="/hi/courses/verification/lesson-2/"' in html


def test_unknown_lesson_is_still_a_404_in_both_languages(client, course_tree):
    assert client.get("/en/courses/verification/no-such-lesson/").status_code == 404
    assert client.get("/hi/courses/verification/no-such-lesson/").status_code == 404


def test_language_switcher_links_to_the_translation(client, course_tree):
    html = client.get("/en/courses/verification/lesson-1/").content.decode()
    assert 'href="/hi/courses/verification/lesson-1/" lang="hi" hreflang="hi">हिंदी</a>' in html
    html = client.get("/hi/courses/verification/lesson-1/").content.decode()
    assert 'href="/en/courses/verification/lesson-1/" lang="en" hreflang="en">English</a>' in html


def test_lesson_navigation_previous_and_next(client, course_tree):
    html = client.get("/en/courses/verification/lesson-2/").content.decode()
    assert "Lesson 2 of 3" in html
    assert 'rel="prev" href="/en/courses/verification/lesson-1/"' in html
    assert 'rel="next" href="/en/courses/verification/lesson-3/"' in html
