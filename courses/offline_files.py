"""What a phone must keep to read a course with no network ("Save this course for
offline", issue 17): the course page, each live lesson in the reader's language, and
every image those lessons show, with its width candidates (``srcset``).

The phone picks one width per image as the browser would for its screen, asks each
address's size (HEAD: what it will really transfer, compressed), shows the total,
and only then downloads (static/js/offline.js). Sizes are not guessed here.

Image addresses come from the lessons' rendered bodies, so whatever the block templates
use (renditions, formats) is what is saved; with the practice sheet go its spot-the-fake
posts' pictures, rendered by the template the sheet uses. Rendering every body is work: the result
is kept in the cache until a lesson of the course is published again.
"""

import re
from dataclasses import asdict, dataclass, field

from django.core.cache import cache
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.images import get_image_model

from courses.models import CoursePage, LessonPage, SpotTheFakeQuestion
from courses.practice import offline_practice_quiz
from courses.services import is_enrolled

# A <picture> with its sources, or an <img> outside one, in the page's order.
_IMAGE = re.compile(r"<picture\b.*?</picture>|<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SOURCE = re.compile(r"<source\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\b(src|srcset|type)="([^"]*)"', re.IGNORECASE)
CACHE_SECONDS = 24 * 3600


@dataclass
class OfflineFiles:
    course_id: int
    title: str
    pages: list[str] = field(default_factory=list)
    #: One entry per image shown: its formats in the page's order of preference, each
    #: [type, candidates] with candidates as [address, width in pixels or 0]; the
    #: <img>'s own (the fallback every browser reads) has the type "".
    images: list[list[list]] = field(default_factory=list)


def _candidates(tag: str) -> tuple[str, list[list]]:
    attributes = {name.lower(): value for name, value in _ATTRIBUTE.findall(tag)}
    candidates = []
    for item in attributes.get("srcset", "").split(","):
        parts = item.split()
        if len(parts) == 2 and parts[1].endswith("w") and parts[1][:-1].isdigit():
            candidates.append([parts[0], int(parts[1][:-1])])
    if not candidates and attributes.get("src", "").startswith("/"):
        candidates.append([attributes["src"], 0])
    return attributes.get("type", ""), candidates


def image_candidates(html: str) -> list[list[list]]:
    """Each image's formats: a <picture>'s <source>s (AVIF, WebP: the phone keeps the
    first its browser reads, as the browser would show it) then its <img>; a bare
    <img> has only its own."""
    images = []
    for tag in _IMAGE.findall(html):
        formats = []
        for element in _SOURCE.findall(tag) + _IMG.findall(tag)[:1]:
            kind, candidates = _candidates(element)
            if candidates:
                formats.append([kind, candidates])
        if formats and formats not in images:
            images.append(formats)
    return images


def course_offline_files(course: CoursePage, request) -> OfflineFiles:
    entries = course.lesson_entries(request)
    lesson_ids = [entry.lesson.pk for entry in entries]
    published = LessonPage.objects.filter(pk__in=lesson_ids).aggregate(
        last=Max("last_published_at")
    )["last"]
    stamps = [
        moment.timestamp() if moment else 0 for moment in (published, course.last_published_at)
    ]
    # A practice quiz trainers let be answered offline goes with the lessons, for a
    # trainee enrolled (anyone else would keep the log-in page under its address).
    practice, pictures = "", []
    if offline_practice_quiz(course) and is_enrolled(user=request.user, course=course):
        practice = reverse("practice_sheet", args=[course.pk])
        pictures = sorted(
            SpotTheFakeQuestion.objects.filter(quiz=course.quiz_id, post_image__isnull=False)
            .values_list("post_image_id", flat=True)
            .distinct()
        )
    key = (
        f"offline-files:{course.pk}:{','.join(map(str, lesson_ids))}:{stamps[0]}:{stamps[1]}"
        f":{practice}:{','.join(map(str, pictures))}"
    )
    kept = cache.get(key)
    if kept is not None:
        return OfflineFiles(**kept)
    files = OfflineFiles(course_id=course.pk, title=course.title)
    files.pages = [course.get_url(request)] + [entry.url for entry in entries]
    if practice:
        files.pages.append(practice)
    bodies = LessonPage.objects.filter(pk__in=lesson_ids).only("body")
    htmls = [
        str(lesson.body) for lesson in sorted(bodies, key=lambda page: lesson_ids.index(page.pk))
    ] + [
        render_to_string("courses/includes/spot_post_picture.html", {"post_image": image})
        for image in get_image_model().objects.filter(pk__in=pictures).order_by("pk")
    ]
    for html in htmls:
        for candidates in image_candidates(html):
            if candidates not in files.images:
                files.images.append(candidates)
    cache.set(key, asdict(files), CACHE_SECONDS)
    return files
