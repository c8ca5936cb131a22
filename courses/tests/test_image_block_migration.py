"""Lesson images as Wagtail's ImageBlock (courses 0003): every alt text carried over.

A lesson written before the change (the old block: image id, alt text, caption, in the
page and in a draft revision) is migrated forward and shows the same alt text and
caption; migrated back, it is the old block again.
"""

import json

import pytest

from django.db import connection

from wagtail.models import Revision

from courses.models import LessonPage
from courses.tests.test_blocks import image  # noqa: F401  (the fixture)
from testing.migrations import latest, migrate

# Serialized rollback: the pages and locales made by migrations are back for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("courses", "0002_learning_progress_and_quiz_rules")]
ALT = "लोगों का एक समूह घेरे में बैठकर आपस में बातचीत कर रहा है।"


def old_body(image_pk, caption):
    return [
        {"type": "heading", "value": "Team circle", "id": "h1"},
        {
            "type": "image",
            "value": {"image": image_pk, "alt_text": ALT, "caption": caption},
            "id": "i1",
        },
    ]


def raw_body(lesson_pk):
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM courses_lessonpage WHERE page_ptr_id = %s", [lesson_pk])
        return json.loads(cursor.fetchone()[0])


@pytest.fixture
def lesson_before_the_change(course_tree, image):  # noqa: F811
    """A published lesson and a newer draft of it, both with the old image block."""
    lesson = course_tree["lessons"][0]
    draft = lesson.save_revision()
    migrate(BEFORE)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE courses_lessonpage SET body = %s WHERE page_ptr_id = %s",
                [json.dumps(old_body(image.pk, "Published caption")), lesson.pk],
            )
        content = {**draft.content, "body": json.dumps(old_body(image.pk, "Draft caption"))}
        Revision.objects.filter(pk=draft.pk).update(content=content)
        yield lesson, draft
    finally:
        migrate(latest())


def test_alt_texts_are_carried_over_to_the_image_block(lesson_before_the_change, image):  # noqa: F811
    lesson, draft = lesson_before_the_change
    migrate(latest())

    block = LessonPage.objects.get(pk=lesson.pk).body[1]
    assert block.block_type == "image"
    assert block.value["image"].pk == image.pk
    assert block.value["image"].contextual_alt_text == ALT
    assert block.value["image"].decorative is False
    assert block.value["caption"] == "Published caption"
    drafted = Revision.objects.get(pk=draft.pk).as_object().body[1].value
    assert (drafted["image"].contextual_alt_text, drafted["caption"]) == (ALT, "Draft caption")
    # The heading beside it is untouched.
    assert raw_body(lesson.pk)[0] == old_body(image.pk, "")[0]

    migrate(BEFORE)
    assert raw_body(lesson.pk) == old_body(image.pk, "Published caption")
