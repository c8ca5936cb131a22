"""Every lesson block renders, in a real lesson page, with its own template."""

from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.blocks import LessonBodyBlock
from courses.models import LessonPage
from courses.tests.conftest import stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    buffer = BytesIO()
    PILImage.new("RGB", (800, 400), (11, 92, 173)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title="Steps", file=ImageFile(BytesIO(buffer.getvalue()), name="steps.png")
    )


@pytest.fixture
def document():
    document = get_document_model()(title="Verification checklist")
    document.file.save("checklist.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    return document


@pytest.fixture
def lesson_with_every_block(course_tree, image, document):
    lesson = course_tree["lessons"][0]
    lesson.body = stream(
        ("heading", "Four steps"),
        ("paragraph", "<p>Read <b>before</b> you react.</p>"),
        (
            "image",
            {"image": image.pk, "alt_text": "Four boxes joined by arrows", "caption": "The steps"},
        ),
        (
            "video",
            {
                "url": "https://example.org/videos/reverse-search",
                "title": "Reverse image search",
                "duration_minutes": 4,
                "transcript": "Upload the photo.\nCompare the dates.",
            },
        ),
        ("document", {"document": document.pk, "title": ""}),
        ("callout", {"kind": "warning", "text": "<p>Never share a link you have not opened.</p>"}),
        ("do_dont", {"dos": ["Cite the source"], "donts": ["Shout in capitals"]}),
        (
            "spot_the_fake",
            {
                "claim": "Schools closed tomorrow, says a notice.",
                "evidence": "<p>The department's website has no such notice.</p>",
                "verdict": "false",
            },
        ),
        ("key_takeaways", ["Pause", "Check the source"]),
    )
    lesson.save_revision().publish()
    return lesson


def test_every_block_type_is_exercised(lesson_with_every_block):
    used = {
        block.block_type for block in LessonPage.objects.get(pk=lesson_with_every_block.pk).body
    }
    assert used == set(LessonBodyBlock().child_blocks)


def test_every_block_renders_in_the_lesson_page(client, lesson_with_every_block):
    response = client.get("/en/courses/verification/lesson-1/")
    assert response.status_code == 200
    html = response.content.decode()
    expected = [
        '<h2 class="block-heading">Four steps</h2>',
        "<p>Read <b>before</b> you react.</p>",
        'alt="Four boxes joined by arrows"',
        'loading="lazy"',
        "srcset=",
        "<figcaption>The steps</figcaption>",
        'href="https://example.org/videos/reverse-search"',
        "4 minute video",
        "Upload the photo.<br>Compare the dates.",
        "Verification checklist",
        "download",
        'class="callout callout-warning"',
        ">Warning<",
        "<li>Cite the source</li>",
        "<li>Shout in capitals</li>",
        "Schools closed tomorrow, says a notice.",
        'class="verdict verdict-false"',
        "<strong>False</strong>",
        "<li>Check the source</li>",
    ]
    for fragment in expected:
        assert fragment in html, fragment
    # No block loads a third-party player or script.
    assert "<iframe" not in html
    assert "<script" not in html


def test_block_labels_are_in_the_readers_language(client, course_tree, lesson_with_every_block):
    # The English lesson seen from the Hindi site (no Hindi version of it): the
    # content stays English, the interface around and inside the blocks is Hindi.
    lesson = course_tree["lessons"][2]
    lesson.body = lesson_with_every_block.body
    lesson.save_revision().publish()
    html = client.get("/hi/courses/verification/lesson-3/").content.decode()
    for label in ("नकली पहचानिए", "मुख्य बातें", "चेतावनी", "झूठा", "करें", "न करें"):
        assert label in html, label
    assert "Schools closed tomorrow, says a notice." in html
    assert "notice-fallback" in html
