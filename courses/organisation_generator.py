"""The courses' part of `manage.py generate_organisation` (organisation.generation):
the learning of the volunteers in training and on.

  in training     enrolled in the social-media course, some lessons done, and a
                  third of them a failed quiz sitting
  trained, leader all lessons done, a passed quiz (django-quiz-app Sitting + our
                  QuizAttempt) and a CourseCompletion with its score

A passed quiz scores at least the quiz's pass mark, and at least
``generation.extras["trained_min_score"]`` when another app asks for more
(certificates: the score its leadership rules want).
"""

from datetime import timedelta

from quiz.models import Sitting

from django.core.management.base import CommandError
from django.db import transaction
from django.dispatch import receiver

from courses import demo
from courses.models import CourseCompletion, Enrollment, LessonCompletion, QuizAttempt
from courses.models.pages import CoursePage, LessonPage
from organisation.generation.volunteers import DONE, STAGE_DAY, Generation, day
from organisation.models import Stage
from organisation.signals import organisation_generated, organisation_generating

COURSE_SLUG = "social-media-skills"


def _course() -> CoursePage | None:
    return CoursePage.objects.canonical().filter(slug=COURSE_SLUG).first()


@receiver(organisation_generating, dispatch_uid="courses-generate-prepare")
def course_ready(sender, generation: Generation, **kwargs):
    """The demo course with its lessons and quiz, loaded when missing."""
    course = _course()
    if course is None:
        generation.stdout.write("The demo course is missing: loading the demo content first.")
        with transaction.atomic():
            demo.load(generation.stdout)
        course = _course()
    if course is None or course.quiz_id is None:
        raise CommandError(
            f"The course {COURSE_SLUG!r} with its quiz is needed: run manage.py load_demo."
        )
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    if not lessons:
        raise CommandError(f"The course {COURSE_SLUG!r} has no live lessons.")
    quiz = course.quiz
    question_ids = list(quiz.question_set.values_list("pk", flat=True).order_by("pk"))
    if not question_ids:
        raise CommandError("The course's quiz has no questions.")
    generation.extras["course"] = (course, lessons, quiz, question_ids)


@receiver(organisation_generated, dispatch_uid="courses-generate-learning")
def learning_generated(sender, generation: Generation, **kwargs):
    """Enrolments, lessons done, quiz sittings and completions."""
    course, lessons, quiz, question_ids = generation.extras["course"]
    writer, rng = generation.writer, generation.rng
    learners = generation.learners()
    pass_mark = quiz.pass_mark or 60
    min_score = max(pass_mark, generation.extras.get("trained_min_score", 0))
    generation.stdout.write(
        f"Enrolments, lessons, quizzes ({len(learners):,} in training or on)..."
    )
    writer.insert(
        Enrollment,
        ["user_id", "course_id", "source", "enrolled_by_id", "enrolled_at", "withdrawn_at"],
        (
            (user_id, course.pk, "bulk", None, day(joined, STAGE_DAY[Stage.IN_TRAINING]), None)
            for user_id, _p, _d, _s, joined in learners
        ),
    )
    writer.insert(
        LessonCompletion,
        ["user_id", "lesson_id", "course_id", "completed_at"],
        (
            (user_id, lesson.pk, course.pk, day(joined, 70 + number))
            for user_id, _p, _d, stage, joined in learners
            for number, lesson in enumerate(
                lessons
                if stage in DONE
                else lessons[: (user_id * 7919) % len(lessons)]  # some of them
            )
        ),
    )

    # Quiz sittings: a passed one for the trained and leaders, a failed one
    # for a third of those in training.
    first_sitting = writer.next_id(Sitting)
    sittings = []  # (sitting id, user id, score, finished)
    for user_id, _p, _d, stage, joined in learners:
        if stage in DONE:
            score = rng.randint(min_score, 100)
        elif user_id % 3 == 0:
            score = rng.randint(20, max(20, pass_mark - 1))
        else:
            continue
        sittings.append((first_sitting + len(sittings), user_id, score, day(joined, 80)))
    count = len(question_ids)
    question_order = ",".join(map(str, question_ids)) + ","
    writer.insert(
        Sitting,
        [
            "id", "user_id", "quiz_id", "question_order", "question_list",
            "incorrect_questions", "current_score", "complete", "user_answers", "start",
            "end",
        ],
        (
            (
                sitting_id, user_id, quiz.pk, question_order, "",
                ",".join(map(str, question_ids[: count - round(score * count / 100)])),
                round(score * count / 100), True, "{}", finished - timedelta(minutes=25),
                finished,
            )
            for sitting_id, user_id, score, finished in sittings
        ),
    )  # fmt: skip
    writer.insert(
        QuizAttempt,
        [
            "sitting_id", "user_id", "quiz_id", "course_id", "started_at", "deadline",
            "finished_at", "ending", "score_percent", "passed", "draw",
        ],
        (
            (
                sitting_id, user_id, quiz.pk, course.pk, finished - timedelta(minutes=25),
                None, finished, "answered", score, score >= pass_mark, "[]",
            )
            for sitting_id, user_id, score, finished in sittings
        ),
    )  # fmt: skip
    writer.insert(
        CourseCompletion,
        ["user_id", "course_id", "completed_at", "score_percent", "sitting_id"],
        (
            (user_id, course.pk, finished, score, sitting_id)
            for sitting_id, user_id, score, finished in sittings
            if score >= pass_mark
        ),
    )
