"""Wagtail page trees the courses and certificates tests start from."""

import json
import uuid

import pytest

from wagtail.models import Locale, Site

from certificates.models import LeadershipRules
from courses.models import CourseIndexPage, CoursePage, LessonPage
from testing.worlds import shared_world


def site_header(html: str) -> str:
    """The page's header, where the account links are ("Log in" or "Log out"): other
    parts of a page may say "Log in" too (the notice about progress kept offline)."""
    start = html.index('<header class="site-header">')
    return html[start : html.index("</header>", start)]


def stream(*blocks) -> str:
    """A StreamField's raw value: `stream(("paragraph", "<p>Hi</p>"), ...)`."""
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


def _home():
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def locales(db):
    return Locale.objects.get(language_code="en"), Locale.objects.get(language_code="hi")


@pytest.fixture
def home(db):
    return _home()


def build_course_tree(worlds) -> dict:
    """An English course with three lessons; in Hindi, the course and only lessons 1 and 2."""
    home = _home()
    hindi = Locale.objects.get(language_code="hi")
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


course_tree = shared_world("course_tree", build_course_tree)


def build_training(worlds) -> dict:
    """Two courses (one lesson each, no quiz); the first is required to lead, at 70 %."""
    index = CourseIndexPage(title="Courses", slug="courses")
    _home().add_child(instance=index)
    courses = []
    for slug, title in [("verification", "Verification basics"), ("safety", "Digital safety")]:
        course = CoursePage(title=title, slug=slug, summary=title, estimated_minutes=30)
        index.add_child(instance=course)
        course.add_child(
            instance=LessonPage(title=f"{title}: the lesson", slug="lesson", estimated_minutes=10)
        )
        courses.append(course)
    rules = LeadershipRules.load()
    rules.min_score_percent = 70
    rules.save()
    rules.required_courses.set([courses[0]])
    return {"required": courses[0], "optional": courses[1], "rules": rules}


training = shared_world("training", build_training)
