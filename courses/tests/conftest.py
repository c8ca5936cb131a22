import json
import uuid

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Site

from courses.models import CourseIndexPage, CoursePage, LessonPage


def stream(*blocks):
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


@pytest.fixture
def locales(db):
    return Locale.objects.get(language_code="en"), Locale.objects.get(language_code="hi")


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def course_tree(home, locales):
    """An English course with three lessons; in Hindi, the course and only lessons 1 and 2."""
    _english, hindi = locales
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    course = CoursePage(
        title="Verification basics",
        slug="verification",
        summary="Check before you share.",
        estimated_minutes=60,
    )
    index.add_child(instance=course)
    lessons = []
    for number, title in enumerate(["Pause", "Find the source", "Reverse image search"], 1):
        lesson = LessonPage(
            title=title,
            slug=f"lesson-{number}",
            estimated_minutes=10,
            body=stream(("paragraph", f"<p>English text of lesson {number}.</p>")),
        )
        course.add_child(instance=lesson)
        lessons.append(lesson)

    home_hi = home.copy_for_translation(hindi)
    home_hi.title = "स्वयंसेवक प्रशिक्षण"
    home_hi.save_revision().publish()
    index_hi = index.copy_for_translation(hindi)
    index_hi.title = "पाठ्यक्रम"
    index_hi.save_revision().publish()
    course_hi = course.copy_for_translation(hindi).specific
    course_hi.title = "सत्यापन की बुनियादी बातें"
    course_hi.summary = "साझा करने से पहले जाँचें।"
    course_hi.save_revision().publish()
    lessons_hi = []
    for lesson, title in zip(lessons[:2], ["रुकिए", "स्रोत खोजिए"], strict=True):
        lesson_hi = lesson.copy_for_translation(hindi).specific
        lesson_hi.title = title
        lesson_hi.body = stream(("paragraph", f"<p>{title}: हिंदी पाठ।</p>"))
        lesson_hi.save_revision().publish()
        lessons_hi.append(lesson_hi)
    return {
        "home": home,
        "index": index,
        "course": course,
        "lessons": lessons,
        "home_hi": home_hi,
        "course_hi": course_hi,
        "lessons_hi": lessons_hi,
    }


@pytest.fixture
def trainee(client):
    """A trainee, logged in on ``client``."""
    user = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(user)
    return user
