"""Enrolment, lesson completion and course completion (courses/services.py)."""

import pytest

from django.contrib.auth import get_user_model

from courses import quiz_engine, services
from courses.models import CourseCompletion, CoursePage, Enrollment, LessonCompletion
from courses.signals import course_completed
from courses.tests.factories import quiz_create, right_answer, wrong_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="a-long-password-1")


@pytest.fixture
def course(course_tree):
    course = course_tree["course"]
    course.quiz = quiz_create(pass_mark=60, essays=1)
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def take_quiz(user, course, *, right):
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while True:
        sitting = attempt.sitting
        sitting.refresh_from_db()
        question = sitting.get_first_question()
        if question is False:
            break
        answer = right_answer(question) if right else wrong_answer(question)
        quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question.pk, raw_answer=answer
        )
    attempt.refresh_from_db()
    return attempt


def test_enrolment_is_idempotent_and_language_independent(trainee, course, course_tree):
    first = services.enrollment_create(user=trainee, course=course_tree["course_hi"])
    second = services.enrollment_create(user=trainee, course=course)
    assert first.pk == second.pk
    assert first.course_id == course.pk  # the English (canonical) course
    assert Enrollment.objects.count() == 1


def test_prerequisites_are_enforced_with_the_courses_to_finish(trainee, course, course_tree):
    advanced = CoursePage(
        title="Leading a team", slug="leading", summary="For leaders.", estimated_minutes=30
    )
    course_tree["index"].add_child(instance=advanced)
    advanced.prerequisites.add(course)
    advanced.save()

    with pytest.raises(services.PrerequisitesNotMet) as refused:
        services.enrollment_create(user=trainee, course=advanced)
    assert "Verification basics" in str(refused.value)
    assert not Enrollment.objects.filter(course=advanced).exists()

    CourseCompletion.objects.create(user=trainee, course=course, score_percent=80)
    assert services.enrollment_create(user=trainee, course=advanced).course_id == advanced.pk


def test_lesson_completion_needs_enrolment_and_counts_once(trainee, course, course_tree):
    lesson = course_tree["lessons"][0]
    with pytest.raises(services.NotEnrolled):
        services.lesson_complete(user=trainee, lesson=lesson)

    services.enrollment_create(user=trainee, course=course)
    _, created = services.lesson_complete(user=trainee, lesson=lesson)
    _, again = services.lesson_complete(user=trainee, lesson=course_tree["lessons_hi"][0])
    assert created and not again  # the Hindi version is the same lesson
    assert LessonCompletion.objects.filter(user=trainee).count() == 1


def test_course_completes_once_lessons_are_done_and_the_quiz_passed(trainee, course, course_tree):
    services.enrollment_create(user=trainee, course=course)
    failed = take_quiz(trainee, course, right=False)
    assert failed.passed is False
    for lesson in course_tree["lessons"]:
        services.lesson_complete(user=trainee, lesson=lesson)
    assert not CourseCompletion.objects.exists()  # lessons done, quiz not passed

    passed = take_quiz(trainee, course, right=True)
    # 3 of 4 right (the essay waits for a trainer): 75% >= 60%.
    assert passed.passed and passed.score_percent == 75
    completion = CourseCompletion.objects.get(user=trainee, course=course)
    assert completion.score_percent == 75
    assert completion.sitting_id == passed.sitting_id

    services.course_completion_evaluate(user=trainee, course=course)
    assert CourseCompletion.objects.count() == 1


def test_course_completed_signal_is_sent_once_after_commit(
    trainee, course, course_tree, django_capture_on_commit_callbacks
):
    received = []

    def listener(sender, **kwargs):
        received.append(kwargs["course"].pk)

    course_completed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.enrollment_create(user=trainee, course=course)
            for lesson in course_tree["lessons"]:
                services.lesson_complete(user=trainee, lesson=lesson)
            take_quiz(trainee, course, right=True)
            services.course_completion_evaluate(user=trainee, course=course)
    finally:
        course_completed.disconnect(listener)
    assert received == [course.pk]


def test_quiz_passed_first_then_lessons_completes_on_the_last_lesson(trainee, course, course_tree):
    services.enrollment_create(user=trainee, course=course)
    take_quiz(trainee, course, right=True)
    for lesson in course_tree["lessons"][:-1]:
        services.lesson_complete(user=trainee, lesson=lesson)
    assert not CourseCompletion.objects.exists()
    services.lesson_complete(user=trainee, lesson=course_tree["lessons"][-1])
    assert CourseCompletion.objects.filter(user=trainee, course=course).exists()
