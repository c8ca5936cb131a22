"""The trainee's next step is where a phone shows it: at the top of the course page after
enrolling and after the last lesson, an unfinished quiz on the dashboard, and "what next"
(screening, promotion, the leadership course) once a course is complete."""

import pytest
from multichoice.models import MCQuestion
from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from courses import quiz_engine, services
from courses.models import CourseCompletion, QuizAttempt
from courses.tests.factories import closing_quiz_and_leaders_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(course_tree, locales):
    """course_tree, a closing quiz, a leadership course (with its Hindi title) and a trainee."""
    _english, hindi = locales
    leadership = closing_quiz_and_leaders_course(course_tree, hindi)
    trainee = get_user_model().objects.create_user("priya", password="a-long-password-1")
    return {**course_tree, "leadership": leadership, "trainee": trainee}


def position(html, text):
    assert text in html, text
    return html.index(text)


def test_after_enrolling_the_first_lesson_comes_before_the_course_description(client, world):
    client.force_login(world["trainee"])
    course = world["course"]
    page = client.post(reverse("course_enroll", args=[course.pk]), follow=True).text
    start = position(page, "Start the first lesson")
    assert start < position(page, 'class="facts"')
    assert start < position(page, 'class="lesson-list"')
    assert page.count("Start the first lesson") == 1
    assert f'href="{world["lessons"][0].url}"' in page[start - 200 : start]


def test_after_the_last_lesson_the_quiz_is_the_next_step_at_the_top(client, world):
    client.force_login(world["trainee"])
    course = world["course"]
    services.enrollment_create(user=world["trainee"], course=course)
    for lesson in world["lessons"][:-1]:
        services.lesson_complete(user=world["trainee"], lesson=lesson)
    last = world["lessons"][-1]
    page = client.post(
        reverse("lesson_complete", args=[last.pk]), {"next": course.url}, follow=True
    ).text
    start = position(page, "Start the quiz")
    assert start < position(page, 'class="lesson-list"')
    assert page.count("Start the quiz") == 1
    assert reverse("quiz_start", args=[course.pk]) in page[start - 400 : start]


def test_the_dashboard_names_an_unfinished_quiz_with_a_link_to_it(client, world):
    client.force_login(world["trainee"])
    course = world["course"]
    services.enrollment_create(user=world["trainee"], course=course)
    attempt = quiz_engine.quiz_attempt_start(user=world["trainee"], course=course)
    assert QuizAttempt.objects.open().filter(pk=attempt.pk).exists()

    page = client.get(reverse("dashboard")).text
    assert "You have started “Closing quiz” and not finished it yet." in page
    continue_at = position(page, "Continue the quiz")
    assert reverse("quiz_question", args=[attempt.pk]) in page[continue_at - 200 : continue_at]

    with translation.override("hi"):
        page_hi = client.get(reverse("dashboard")).text
    assert "आपने “Closing quiz” शुरू की है, पर अभी पूरी नहीं की।" in page_hi
    assert "क्विज़ जारी रखें" in page_hi


def pass_the_course(client, world):
    trainee, course = world["trainee"], world["course"]
    services.enrollment_create(user=trainee, course=course)
    for lesson in world["lessons"]:
        services.lesson_complete(user=trainee, lesson=lesson)
    attempt = quiz_engine.quiz_attempt_start(user=trainee, course=course)
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    while (question := sitting.get_first_question()) is not False:
        if isinstance(question, MCQuestion):
            value = question.answer_set.get(correct=True).pk
        else:
            value = "True" if question.correct else "False"
        client.post(
            reverse("quiz_question", args=[attempt.pk]), {"question": question.pk, "answer": value}
        )
        sitting.refresh_from_db()
    assert CourseCompletion.objects.filter(user=trainee).exists()
    return attempt


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "en",
            [
                "What happens next",
                "screened",
                "team of ten",
                "New leaders take this course:",
                "Leading a team of ten",
            ],
        ),
        (
            "hi",
            [
                "आगे क्या होगा",
                "स्क्रीनिंग",
                "दस स्वयंसेवकों की टीम",
                "नए लीडर यह पाठ्यक्रम लेते हैं:",
                "दस लोगों की टीम का नेतृत्व",
            ],
        ),
    ],
)
def test_a_completed_course_says_what_comes_next(client, world, language, texts):
    client.force_login(world["trainee"])
    course = world["course"] if language == "en" else world["course_hi"]
    with translation.override(language):
        before = client.get(course.url).text
    assert texts[0] not in before

    attempt = pass_the_course(client, world)
    with translation.override(language):
        result = client.get(reverse("quiz_result", args=[attempt.pk])).text
        course_page = client.get(course.url).text
        leadership_url = world["leadership"].localized.url
    assert f"/{language}/" in leadership_url
    for page in (result, course_page):
        for text in texts:
            assert text in page, text
        assert f'href="{leadership_url}"' in page
