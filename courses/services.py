"""Actions on a trainee's learning: enrol, complete lessons and courses, mark essays.

Other apps call these, never the models directly. Progress records point at the
default-language (canonical) pages. Taking a quiz is the quiz engine's
(``courses/quiz_engine.py``); a passed attempt comes back here to complete the course.
"""

from quiz.models import Sitting

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import quiz_scoring
from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    EssayMark,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from courses.progress import missing_prerequisites
from courses.signals import course_completed, quiz_answers_changed
from lms.errors import ApplicationError, NotAllowed
from organisation.services import volunteer_training_started


class LearningError(ApplicationError):
    """A request the learning rules refuse; the message is for the trainee (or trainer)."""


class PrerequisitesNotMet(LearningError):
    def __init__(self, missing):
        self.missing = missing
        titles = ", ".join(course.title for course in missing)
        super().__init__(_("Complete these courses first: %(titles)s.") % {"titles": titles})


class NotEnrolled(LearningError):
    def __init__(self):
        super().__init__(_("Enrol in the course first."))


# Enrolment ---------------------------------------------------------------------------


@transaction.atomic
def enrollment_create(
    *, user, course: CoursePage, source=Enrollment.Source.SELF, enrolled_by=None
) -> Enrollment:
    """Enrol ``user`` in ``course`` (any language version). Idempotent.

    Raises PrerequisitesNotMet, naming the courses to finish first.
    """
    course = course.get_canonical()
    existing = Enrollment.objects.filter(user=user, course=course).first()
    if existing is not None:
        if existing.withdrawn_at is not None:
            existing.withdrawn_at = None
            existing.save(update_fields=["withdrawn_at"])
            # Withdrawn before screening, back after it: in training now.
            volunteer_training_started(user=user, changed_by=enrolled_by)
        return existing
    missing = missing_prerequisites(user=user, course=course)
    if missing:
        raise PrerequisitesNotMet(missing)
    enrollment = Enrollment(user=user, course=course, source=source, enrolled_by=enrolled_by)
    try:
        enrollment.full_clean()
    except ValidationError:
        # A concurrent request (a double click) enrolled between our read and the
        # uniqueness check: the same outcome as enrolling here.
        concurrent = Enrollment.objects.filter(user=user, course=course).first()
        if concurrent is None:
            raise
        return concurrent
    try:
        with transaction.atomic():
            enrollment.save()
    except IntegrityError:  # a concurrent request enrolled first
        return Enrollment.objects.get(user=user, course=course)
    volunteer_training_started(user=user, changed_by=enrolled_by)
    return enrollment


def is_enrolled(*, user, course: CoursePage) -> bool:
    if not user.is_authenticated:
        return False
    return Enrollment.objects.active().filter(user=user, course=course.get_canonical()).exists()


# Lessons -------------------------------------------------------------------------------


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> tuple[LessonCompletion, bool]:
    """Mark a lesson (any language version) complete. Idempotent: (completion, created)."""
    lesson = lesson.get_canonical()
    # Already done (a double click, the back button): nothing more to check.
    existing = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing, False
    course = CoursePage.objects.get(path=lesson.path[: -lesson.steplen])
    if not is_enrolled(user=user, course=course):
        raise NotEnrolled()
    completion, created = LessonCompletion.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course}
    )
    if created:
        course_completion_evaluate(user=user, course=course)
    return completion, created


# Course completion ------------------------------------------------------------------------


def course_quizzes(course: CoursePage):
    """The closing quiz of every language version of the course."""
    versions = CoursePage.objects.filter(translation_key=course.translation_key)
    return [page.quiz for page in versions.select_related("quiz") if page.quiz_id]


@transaction.atomic
def course_completion_evaluate(*, user, course: CoursePage) -> CourseCompletion | None:
    """Record the course complete once every lesson is done and the quiz is passed.

    Recorded once, with the best passing score; sends ``course_completed`` then.
    """
    course = course.get_canonical()
    existing = CourseCompletion.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    lesson_ids = set(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
    done = set(
        LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids).values_list(
            "lesson_id", flat=True
        )
    )
    if lesson_ids - done:
        return None
    best = None
    quizzes = course_quizzes(course)
    if quizzes:
        attempts = QuizAttempt.objects.filter(
            user=user, quiz__in=quizzes, finished_at__isnull=False, passed=True
        ).order_by("-score_percent", "finished_at")
        best = attempts.first()
        if best is None:
            return None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                user=user,
                course=course,
                score_percent=best.score_percent if best else None,
                sitting_id=best.sitting_id if best else None,
            )
    except IntegrityError:  # recorded by a concurrent request
        return CourseCompletion.objects.get(user=user, course=course)
    transaction.on_commit(
        lambda: course_completed.send(
            sender=CourseCompletion, user=user, course=course, completion=completion
        )
    )
    return completion


# Essay marking ---------------------------------------------------------------------------


def can_mark_essays(user) -> bool:
    return user.is_active and user.has_perm("courses.mark_essays")


@transaction.atomic
def essay_mark(*, mark_id: int, correct: bool, marked_by, comment: str = "") -> EssayMark:
    """A trainer accepts or rejects one essay answer, once; the score and completion follow."""
    if not can_mark_essays(marked_by):
        raise NotAllowed(_("Only trainers can mark essays."))
    mark = EssayMark.objects.select_for_update().get(pk=mark_id)
    if mark.correct is not None:
        raise LearningError(_("This answer has already been marked."))
    sitting = Sitting.objects.select_for_update().get(pk=mark.sitting_id)
    mark.correct = correct
    mark.comment = comment
    mark.marked_by = marked_by
    mark.marked_at = timezone.now()
    mark.full_clean()
    mark.save()
    if correct and mark.question_id in sitting.get_incorrect_questions:
        sitting.remove_incorrect_question(mark.question)
    transaction.on_commit(
        lambda: quiz_answers_changed.send(sender=EssayMark, sitting_id=sitting.pk)
    )
    attempt = QuizAttempt.objects.select_for_update().filter(sitting=sitting).first()
    if attempt is not None and not attempt.is_open:
        attempt.score_percent, attempt.passed = quiz_scoring.attempt_score(sitting)
        attempt.save(update_fields=["score_percent", "passed"])
        if attempt.passed:
            course_completion_evaluate(user=attempt.user, course=attempt.course)
            _completion_rescore(user=attempt.user, course=attempt.course)
    return mark


def _completion_rescore(*, user, course: CoursePage) -> None:
    """Keep a course completion's score that of its best passing attempt, as when it
    was recorded: a mark given later raises an attempt's score, and the dashboard and
    certificates must not show the old one beside it."""
    completion = (
        CourseCompletion.objects.select_for_update().filter(user=user, course=course).first()
    )
    if completion is None:
        return
    best = (
        QuizAttempt.objects.filter(
            user=user, quiz__in=course_quizzes(course), finished_at__isnull=False, passed=True
        )
        .order_by("-score_percent", "finished_at")
        .first()
    )
    if best is not None and (best.score_percent, best.sitting_id) != (
        completion.score_percent,
        completion.sitting_id,
    ):
        completion.score_percent = best.score_percent
        completion.sitting_id = best.sitting_id
        completion.save(update_fields=["score_percent", "sitting"])
