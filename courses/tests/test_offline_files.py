"""What "Save this course for offline" downloads: the course page, every live lesson in
the reader's language (untranslated ones under the course's address), and each image's
width candidates, taken from the lessons as rendered."""

from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from courses.offline_files import image_candidates
from testing.pages import stream

pytestmark = pytest.mark.django_db


def files_of(client, course, language="en"):
    response = client.get(
        reverse("course_offline_files", args=[course.pk]).replace("/en/", f"/{language}/", 1)
    )
    assert response.status_code == 200, response.status_code
    return response.json()


def test_the_course_page_and_every_live_lesson_in_teaching_order(client, course_tree):
    files = files_of(client, course_tree["course"])
    assert files["title"] == "Verification basics"
    assert files["pages"] == [
        "/en/courses/verification/",
        "/en/courses/verification/lesson-1/",
        "/en/courses/verification/lesson-2/",
        "/en/courses/verification/lesson-3/",
    ]
    assert files["images"] == []
    for path in files["pages"]:  # each is a page a reader can open
        assert client.get(path).status_code == 200, path


def test_in_hindi_the_hindi_lessons_and_the_untranslated_one_under_the_hindi_course(
    client, course_tree
):
    course_hi = course_tree["course"].get_translation(course_tree["lessons_hi"][0].locale)
    files = files_of(client, course_hi, "hi")
    course_url = course_hi.url
    assert files["pages"][0] == course_url
    assert files["pages"][1:] == [
        course_tree["lessons_hi"][0].url,
        course_tree["lessons_hi"][1].url,
        f"{course_url}lesson-3/",
    ]
    for path in files["pages"]:
        assert client.get(path).status_code == 200, path


def test_an_unpublished_lesson_is_not_downloaded(client, course_tree):
    course_tree["lessons"][2].unpublish()
    assert len(files_of(client, course_tree["course"])["pages"]) == 3


def test_a_lessons_image_with_its_width_candidates(client, course_tree):
    buffer = BytesIO()
    PILImage.new("RGB", (1200, 600), (11, 92, 173)).save(buffer, format="PNG")
    image = get_image_model().objects.create(
        title="Steps", file=ImageFile(BytesIO(buffer.getvalue()), name="steps.png")
    )
    lesson = course_tree["lessons"][1]
    lesson.body = stream(
        ("image", {"image": {"image": image.pk, "alt_text": "Steps", "decorative": False},
                   "caption": "The steps"}),
    )  # fmt: skip
    lesson.save_revision().publish()
    [formats] = files_of(client, course_tree["course"])["images"]
    # AVIF first, then WebP, then the <img>'s JPEG every browser reads: as the page has them.
    assert [kind for kind, _candidates in formats] == ["image/avif", "image/webp", ""]
    for kind, candidates in formats:
        assert sorted(width for _url, width in candidates) == [360, 720, 1080]
        extension = {"image/avif": ".avif", "image/webp": ".webp", "": ".jpg"}[kind]
        for url, _width in candidates:  # renditions that exist
            assert url.startswith("/media/images/") and url.endswith(extension), url
            assert default_storage.exists(url.removeprefix("/media/")), url
    # Published again: the list follows (not an old copy from the cache).
    lesson.body = stream(("paragraph", "<p>No picture now.</p>"))
    lesson.save_revision().publish()
    assert files_of(client, course_tree["course"])["images"] == []


def test_a_private_course_is_not_listed(client, course_tree):
    PageViewRestriction.objects.create(page=course_tree["course"], restriction_type="login")
    response = client.get(reverse("course_offline_files", args=[course_tree["course"].pk]))
    assert response.status_code == 404


def test_image_candidates_read_pictures_srcset_and_src():
    html = (
        '<p><img srcset="/media/a-360.webp 360w, /media/a-720.webp 720w" src="/media/a-360.webp">'
        '<picture><source srcset="/media/d-360.avif 360w" type="image/avif">'
        '<source srcset="/media/d-360.webp 360w" type="image/webp">'
        '<img src="/media/d-360.jpg" alt=""></picture>'
        '<img src="/media/b.png" alt=""><img src="https://elsewhere.example/c.png"></p>'
    )
    assert image_candidates(html) == [
        [["", [["/media/a-360.webp", 360], ["/media/a-720.webp", 720]]]],
        [
            ["image/avif", [["/media/d-360.avif", 360]]],
            ["image/webp", [["/media/d-360.webp", 360]]],
            ["", [["/media/d-360.jpg", 0]]],
        ],
        [["", [["/media/b.png", 0]]]],
    ]
