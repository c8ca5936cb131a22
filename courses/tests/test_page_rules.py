"""The course tree's shape is locked: home → catalogue → course → lesson."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage, LessonPage
from lms.models import HomePage


class PageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.index = CourseIndexPage(title="Courses", slug="courses")
        cls.home.add_child(instance=cls.index)
        cls.course = CoursePage(
            title="Verification", slug="verification", summary="Check first.", estimated_minutes=30
        )
        cls.index.add_child(instance=cls.course)

    def setUp(self):
        self.login()  # a superuser: creation rules, not permissions, are tested here

    def test_allowed_children(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_lessons_only_inside_courses(self):
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(Page, CourseIndexPage)

    def test_one_catalogue_per_home_page(self):
        self.assertFalse(CourseIndexPage.can_create_at(self.home))

    def test_trainer_form_creates_a_course(self):
        self.assertCanCreate(
            self.index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Digital safety",
                    "slug": "digital-safety",
                    "summary": "Stay safe online.",
                    "track": "volunteer",
                    "level": "beginner",
                    "estimated_minutes": 45,
                    "learning_outcomes": rich_text("<ul><li>Use two-step verification</li></ul>"),
                }
            ),
        )

    def test_trainer_form_creates_a_lesson_with_blocks(self):
        self.assertCanCreate(
            self.course,
            LessonPage,
            nested_form_data(
                {
                    "title": "Pause before you share",
                    "slug": "pause",
                    "estimated_minutes": 15,
                    "summary": "Why the first minute matters.",
                    "body": streamfield(
                        [
                            ("heading", "Pause"),
                            (
                                "paragraph",
                                rich_text("<p>Strong feelings are a signal to slow down.</p>"),
                            ),
                            ("callout", {"kind": "tip", "text": rich_text("<p>Count to ten.</p>")}),
                            (
                                "spot_the_fake",
                                {
                                    "claim": "Forward this to ten groups now!",
                                    "evidence": rich_text("<p>No source, no date.</p>"),
                                    "verdict": "unverified",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        lesson = LessonPage.objects.get(slug="pause")
        self.assertEqual(
            [block.block_type for block in lesson.body],
            ["heading", "paragraph", "callout", "spot_the_fake"],
        )
