import pytest

from wagtail.models import Site

from certificates.models import LeadershipRules
from courses.models import CourseIndexPage, CoursePage, LessonPage


@pytest.fixture
def training(db):
    """Two courses (one lesson each, no quiz); the first is required to lead, at 70 %."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
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
