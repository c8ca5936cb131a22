"""The trainee dashboard and the per-trainee parts of course and lesson pages."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from courses import services
from courses.models import CourseIndexPage, CoursePage, LessonPage
from testing.pages import stream

pytestmark = pytest.mark.django_db


def add_courses(index, count, lessons_each):
    courses = []
    for number in range(count):
        course = CoursePage(
            title=f"Course {number}", slug=f"course-{number}", summary="s", estimated_minutes=10
        )
        index.add_child(instance=course)
        for lesson_number in range(lessons_each):
            course.add_child(
                instance=LessonPage(
                    title=f"Lesson {number}.{lesson_number}",
                    slug=f"lesson-{lesson_number}",
                    body=stream(("paragraph", "<p>Text</p>")),
                )
            )
        courses.append(course)
    return courses


def test_empty_dashboard_points_to_the_catalogue(client, trainee, course_tree):
    html = client.get(reverse("dashboard")).content.decode()
    assert "You are not enrolled in any course yet." in html
    assert 'href="/en/courses/"' in html


def test_dashboard_shows_progress_and_the_next_lesson(client, trainee, course_tree):
    course = course_tree["course"]
    services.enrollment_create(user=trainee, course=course)
    services.lesson_complete(user=trainee, lesson=course_tree["lessons"][0])
    html = client.get(reverse("dashboard")).content.decode()
    assert "1 of 3 lessons done" in html
    assert 'value="33"' in html
    assert 'href="/en/courses/verification/lesson-2/"' in html

    hindi = client.get("/hi/learn/").content.decode()
    assert "सत्यापन की बुनियादी बातें" in hindi  # the course in Hindi
    assert 'href="/hi/courses/verification/lesson-2/"' in hindi


@pytest.mark.parametrize("courses", [1, 6])
def test_dashboard_queries_do_not_grow_with_courses_or_lessons(
    client, trainee, course_tree, courses, django_assert_max_num_queries
):
    for course in add_courses(course_tree["index"], courses, lessons_each=courses * 2):
        services.enrollment_create(user=trainee, course=course)
        services.lesson_complete(user=trainee, lesson=LessonPage.objects.child_of(course).first())
    with django_assert_max_num_queries(20):
        response = client.get(reverse("dashboard"))
    assert response.status_code == 200


@pytest.mark.parametrize("lessons", [2, 12])
def test_lesson_and_course_pages_queries_are_bounded(
    client, trainee, course_tree, lessons, django_assert_max_num_queries
):
    (course,) = add_courses(course_tree["index"], 1, lessons_each=lessons)
    services.enrollment_create(user=trainee, course=course)
    lesson = LessonPage.objects.child_of(course).first()
    services.lesson_complete(user=trainee, lesson=lesson)
    # Constant whatever the number of lessons (measured: 28, 24 and 32 queries);
    # mostly Wagtail's routing and site lookups plus the trainee's progress.
    for url in (lesson.url, course.url, "/hi" + lesson.url[len("/en") :]):
        with django_assert_max_num_queries(35):
            assert client.get(url).status_code == 200


def test_course_page_offers_enrolment_then_continue(client, trainee, course_tree):
    url = "/en/courses/verification/"
    html = client.get(url).content.decode()
    assert "Enrol in this course" in html
    client.post(reverse("course_enroll", args=(course_tree["course"].pk,)))
    html = client.get(url).content.decode()
    assert "0 of 3 lessons done" in html and "Start the first lesson" in html

    lesson = course_tree["lessons"][0]
    response = client.post(
        reverse("lesson_complete", args=(lesson.pk,)),
        {"next": "/en/courses/verification/lesson-2/"},
    )
    assert response["Location"] == "/en/courses/verification/lesson-2/"
    html = client.get(url).content.decode()
    assert "1 of 3 lessons done" in html and "Continue where you left off" in html
    assert 'href="/en/courses/verification/lesson-2/">' in html.split("Continue where")[0][-200:]


def test_lesson_complete_refuses_an_outside_redirect(client, trainee, course_tree):
    services.enrollment_create(user=trainee, course=course_tree["course"])
    lesson = course_tree["lessons"][0]
    response = client.post(
        reverse("lesson_complete", args=(lesson.pk,)), {"next": "//evil.example.org/"}
    )
    assert response["Location"] == "/en/courses/verification/lesson-1/"


def test_lesson_completion_is_post_only(client, trainee, course_tree):
    services.enrollment_create(user=trainee, course=course_tree["course"])
    lesson = course_tree["lessons"][0]
    assert client.get(reverse("lesson_complete", args=(lesson.pk,))).status_code == 405


def test_prerequisite_message_names_the_course(client, trainee, course_tree):
    index = CourseIndexPage.objects.get(pk=course_tree["index"].pk)
    (advanced,) = add_courses(index, 1, lessons_each=1)
    advanced.prerequisites.add(course_tree["course"])
    advanced.save_revision().publish()
    response = client.post(reverse("course_enroll", args=(advanced.pk,)), follow=True)
    html = response.content.decode()
    assert "Complete these courses first: Verification basics." in html
    assert not CoursePage.objects.get(pk=advanced.pk).enrollments.exists()


def test_cached_lesson_page_shows_each_trainees_progress(
    client, trainee, course_tree, settings, django_assert_max_num_queries
):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    url = "/en/courses/verification/lesson-1/"
    lesson = course_tree["lessons"][0]
    assert "Enrol in the course to track your progress." in client.get(url).content.decode()

    services.enrollment_create(user=trainee, course=course_tree["course"])
    with django_assert_max_num_queries(2):  # the user, then enrolment and completion in one
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert "Mark as complete and continue" in response.content.decode()

    client.post(reverse("lesson_complete", args=(lesson.pk,)))
    html = client.get(url).content.decode()
    assert "You have completed this lesson." in html

    other = get_user_model().objects.create_user("ravi", password="a-long-password-2")
    client.force_login(other)
    html = client.get(url).content.decode()
    assert "You have completed this lesson." not in html
    cache.clear()
