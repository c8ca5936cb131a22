"""The demo content `make run` loads: two courses in both languages, quizzes of all three
types, and a spot-the-fake question in the social media course's quiz."""

from io import StringIO

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from true_false.models import TF_Question

from django.core.management import call_command
from django.test import TestCase, override_settings

from wagtail.models import Page

from courses.models import CoursePage, LessonPage, SpotTheFakeQuestion


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
            if course.slug == "social-media-skills":
                self.assertGreaterEqual(quiz.get_max_score, 8)
                self.assertEqual(
                    kinds, {MCQuestion, TF_Question, Essay_Question, SpotTheFakeQuestion}
                )
            else:
                self.assertEqual(kinds, {MCQuestion, TF_Question, Essay_Question})
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

    def test_the_verification_post_in_both_languages(self):
        """The spot-the-fake question teaches the checks: an old picture found by a reverse
        image search and a date that does not match decide it; shares and urgency do not."""
        for language, words in (("en", "reverse image search"), ("hi", "रिवर्स इमेज सर्च")):
            course = CoursePage.objects.get(
                locale__language_code=language, slug="social-media-skills"
            )
            question = SpotTheFakeQuestion.objects.get(quiz=course.quiz)
            self.assertEqual((question.verdict, question.manipulation), ("misleading", "old_image"))
            self.assertIsNotNone(question.post_image)
            deciding = [e.text for e in question.evidence.all() if e.decides]
            self.assertEqual(len(deciding), 2)
            self.assertIn(words, deciding[0].lower())
            self.assertEqual(question.evidence.filter(decides=False).count(), 3)
            in_devanagari = any("\u0900" <= ch <= "\u097f" for ch in question.explanation)
            self.assertEqual(in_devanagari, language == "hi")
