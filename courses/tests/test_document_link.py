"""A lesson's download link says the file's type and size once: "(PDF, 1.2 MB)"."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from courses.demo_data import leadership, social_media
from testing.pages import stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course_tree):
    # As the demo loader and scripts create documents: no file size stored.
    document = get_document_model()(title="Verification checklist")
    document.file.save("checklist.pdf", ContentFile(b"%PDF-1.4" + b"0" * 1_250_000), save=False)
    document.save()
    assert document.file_size is None
    lesson = course_tree["lessons"][2]  # no Hindi version: the Hindi site shows it too
    lesson.body = stream(("document", {"document": document.pk, "title": ""}))
    lesson.save_revision().publish()
    return lesson


def link_text(html):
    start = html.index('class="block-document"')
    return " ".join(html[start : html.index("</a>", start)].split())


def test_the_link_gives_the_type_and_size(client, lesson):
    text = link_text(client.get("/en/courses/verification/lesson-3/").content.decode())
    assert text.endswith("Verification checklist <small>(PDF, 1.2 MB)</small>")


def test_the_size_is_in_hindi_on_the_hindi_site(client, lesson):
    text = link_text(client.get("/hi/courses/verification/lesson-3/").content.decode())
    assert text.endswith("<small>(PDF, 1.2 एमबी)</small>")


def _document_blocks(value):
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "document":
        yield value[1]
    elif isinstance(value, dict | list | tuple):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _document_blocks(item)


def test_demo_link_texts_leave_the_type_to_the_page():
    """The page adds "(PDF, size)"; a link text that says "(PDF)" read "(PDF) (PDF)"."""
    blocks = list(_document_blocks([social_media.COURSE, leadership.COURSE]))
    assert len(blocks) >= 4
    for block in blocks:
        assert "PDF" not in block["title"], block["title"]
