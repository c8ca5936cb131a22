"""The demo content `make run` loads: two courses in both languages, quizzes of all three types."""

from io import StringIO

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from true_false.models import TF_Question

from django.core.management import call_command
from django.test import TestCase, override_settings

from wagtail.models import Page

from courses.models import CoursePage, LessonPage


@override_settings(DEBUG=True)
class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Loaded once for the class: it renders six PDFs and some forty pages.
        with override_settings(DEBUG=True):
            call_command("load_demo", stdout=StringIO())

    def test_two_courses_in_both_languages_with_their_lessons(self):
        for language in ("en", "hi"):
            courses = {
                c.slug: c for c in CoursePage.objects.live().filter(locale__language_code=language)
            }
            self.assertEqual(set(courses), {"social-media-skills", "leading-a-team"})
            lessons = LessonPage.objects.live()
            self.assertGreaterEqual(lessons.child_of(courses["social-media-skills"]).count(), 6)
            self.assertGreaterEqual(lessons.child_of(courses["leading-a-team"]).count(), 3)
        hindi = CoursePage.objects.get(locale__language_code="hi", slug="social-media-skills")
        self.assertEqual(hindi.title, "स्वयंसेवकों के लिए सोशल मीडिया कौशल")
        leadership = CoursePage.objects.get(locale__language_code="hi", slug="leading-a-team")
        self.assertEqual(list(leadership.prerequisites.all()), [hindi])

    def test_each_course_closes_with_a_quiz_of_all_three_types_in_its_language(self):
        for course in CoursePage.objects.all():
            quiz = course.quiz
            self.assertEqual(quiz.pass_mark, 70)
            kinds = {type(q) for q in quiz.get_questions()}
            self.assertEqual(kinds, {MCQuestion, TF_Question, Essay_Question})
            if course.slug == "social-media-skills":
                self.assertGreaterEqual(quiz.get_max_score, 8)
            in_devanagari = any("\u0900" <= ch <= "\u097f" for ch in quiz.title)
            self.assertEqual(in_devanagari, course.locale.language_code == "hi")

    def test_every_demo_quiz_limits_attempts_in_both_languages(self):
        from courses.progress import quiz_rules

        for course in CoursePage.objects.all():
            with self.subTest(course=course.title):
                self.assertEqual(quiz_rules(course=course).max_attempts, 3)

    def test_lessons_use_several_block_types(self):
        for lesson in LessonPage.objects.all():
            self.assertGreaterEqual(len({b.block_type for b in lesson.body}), 4, lesson.title)

    def test_every_demo_page_renders(self):
        pages = Page.objects.live().filter(depth__gte=2).specific()
        self.assertGreaterEqual(len(pages), 2 * (2 + 2 + 9))
        for page in pages:
            url = page.get_url()
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_loading_again_creates_nothing_new(self):
        counts = (Page.objects.count(), MCQuestion.objects.count())
        call_command("load_demo", stdout=StringIO())
        self.assertEqual((Page.objects.count(), MCQuestion.objects.count()), counts)
