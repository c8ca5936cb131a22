"""Pages go compressed to phones that accept gzip; downloads go as they are, with no
bogus Content-Encoding header."""

import gzip

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from testing.pages import stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def hindi_lesson(course_tree):
    lesson = course_tree["lessons_hi"][0]
    text = "साझा करने से पहले रुकिए, स्रोत खोजिए और तारीख़ जाँचिए। " * 60
    lesson.body = stream(("paragraph", f"<p>{text}</p>"))
    lesson.save_revision().publish()
    return lesson


def test_a_lesson_page_is_gzipped_for_a_phone_that_accepts_it(client, hindi_lesson):
    url = hindi_lesson.url
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    html = gzip.decompress(packed.content).decode()
    assert "साझा करने से पहले रुकिए" in html
    assert len(packed.content) < len(plain.content) / 3


def test_a_document_is_sent_as_it_is_without_a_content_encoding(client):
    document = get_document_model().objects.create(
        title="Checklist", file=ContentFile(b"%PDF-1.4 " + b"0" * 5000, name="checklist.pdf")
    )

    response = client.get(document.url, HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4 0000")
