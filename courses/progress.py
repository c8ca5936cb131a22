"""Where a trainee stands in a course: enrolment, lessons done, completion, prerequisites,
and their standing at its closing quiz (rules, attempts used and left).

The course page asks these for every reader, so this module reads the learning and quiz
models only, never the page models: ``courses.models.pages`` imports it, and an import
the other way would be a cycle. Progress points at the default-language (canonical)
pages, so it is the same in either language.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from courses.models.learning import CourseCompletion, Enrollment, LessonCompletion
from courses.models.quizzes import QuizAttempt, QuizRules

# Course pages (CoursePage) are typed as Wagtail's Page here: naming the class would
# import the module that imports this one.


def missing_prerequisites(*, user, course: Page) -> list[Page]:
    """The canonical prerequisite courses this user has not completed."""
    course = course.get_canonical()
    required = list(course.prerequisites.all())
    if not required:
        return []
    done = set(
        CourseCompletion.objects.filter(
            user=user, course__in=[c.get_canonical() for c in required]
        ).values_list("course_id", flat=True)
    )
    return [c for c in required if c.get_canonical().pk not in done]


def quiz_rules(*, course: Page, quiz=None) -> QuizRules:
    """The rules of a course's quiz in every language: those of the default-language
    (canonical) course's quiz, so that a translation cannot offer more attempts or
    other reviews. ``quiz`` (or the course's own) only where the canonical course has none."""
    canonical = course.get_canonical()
    ruling = canonical.quiz if canonical.quiz_id else (quiz or course.quiz)
    return QuizRules.for_quiz(ruling)


def attempts_used(*, user, course: Page) -> int:
    """Attempts at the course's quiz in any language: finished, or open in any of them."""
    return QuizAttempt.objects.filter(user=user, course=course.get_canonical()).count()


@dataclass
class CourseProgress:
    """Where one trainee stands in one course."""

    course: Page  # canonical
    enrolled: bool = False
    total: int = 0
    done: int = 0
    completed_lesson_keys: set = field(default_factory=set)
    completion: CourseCompletion | None = None
    missing_prerequisites: list = field(default_factory=list)
    next_entry: object = None  # the first lesson of the course page not done

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def lessons_done(self) -> bool:
        return self.total > 0 and self.done >= self.total


def course_progress(*, user, course: Page, entries=()) -> CourseProgress:
    """Enrolment, lessons done, completion and prerequisites for one course (≤ 6 queries).

    The course page's lesson ``entries`` (any language) are marked ``completed``, and
    the first one not completed is ``next_entry``.
    """
    canonical = course.get_canonical()
    progress = CourseProgress(course=canonical)
    # A course's children are its lessons (CoursePage.subpage_types).
    lessons = list(canonical.get_children().live().values_list("pk", "translation_key"))
    progress.total = len(lessons)
    if not user.is_authenticated:
        progress.missing_prerequisites = list(canonical.prerequisites.all())
    else:
        progress.enrolled = Enrollment.objects.active().filter(user=user, course=canonical).exists()
        done_ids = set(
            LessonCompletion.objects.filter(user=user, course=canonical).values_list(
                "lesson_id", flat=True
            )
        )
        progress.completed_lesson_keys = {key for pk, key in lessons if pk in done_ids}
        progress.done = len(progress.completed_lesson_keys)
        progress.completion = CourseCompletion.objects.filter(user=user, course=canonical).first()
        if not progress.enrolled:
            progress.missing_prerequisites = missing_prerequisites(user=user, course=canonical)
    for entry in entries:
        entry.completed = entry.lesson.translation_key in progress.completed_lesson_keys
    progress.next_entry = next((entry for entry in entries if not entry.completed), None)
    return progress


@dataclass
class QuizStatus:
    rules: QuizRules
    attempts_used: int
    open_attempt: QuizAttempt | None
    last_attempt: QuizAttempt | None

    @property
    def attempts_left(self):
        if self.rules.max_attempts is None:
            return None
        return max(0, self.rules.max_attempts - self.attempts_used)

    @property
    def can_start(self):
        return self.open_attempt is not None or self.attempts_left != 0


def quiz_status(*, user, course: Page) -> QuizStatus | None:
    """The trainee's standing at the course's quiz, counted across its languages."""
    if course.quiz_id is None or not user.is_authenticated:
        return None
    attempts = QuizAttempt.objects.filter(user=user, course=course.get_canonical())
    return QuizStatus(
        rules=quiz_rules(course=course),
        attempts_used=attempts.finished().count(),
        open_attempt=attempts.open().first(),
        last_attempt=attempts.finished().order_by("-finished_at").first(),
    )
