"""Queries about a trainee's learning, shaped for pages. A bounded number of queries each."""

import random
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import IntegerField, Q, Value

from wagtail.models import Locale

from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizRules,
)
from courses.models.pages import LESSON_LIST_FIELDS, default_locale_pk
from lms.page_cache import content_version


def missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
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


def quiz_rules(*, course: CoursePage, quiz=None) -> QuizRules:
    """The rules of a course's quiz in every language: those of the default-language
    (canonical) course's quiz, so that a translation cannot offer more attempts or
    other reviews. ``quiz`` (or the course's own) only where the canonical course has none."""
    canonical = course.get_canonical()
    ruling = canonical.quiz if canonical.quiz_id else (quiz or course.quiz)
    return QuizRules.for_quiz(ruling)


def attempts_used(*, user, course: CoursePage) -> int:
    """Attempts at the course's quiz in any language: finished, or open in any of them."""
    return QuizAttempt.objects.filter(user=user, course=course.get_canonical()).count()


@dataclass
class CourseProgress:
    """Where one trainee stands in one course."""

    course: CoursePage  # canonical
    enrolled: bool = False
    total: int = 0
    done: int = 0
    completed_lesson_keys: set = field(default_factory=set)
    completion: CourseCompletion | None = None
    missing_prerequisites: list = field(default_factory=list)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def lessons_done(self) -> bool:
        return self.total > 0 and self.done >= self.total


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    """Enrolment, lessons done, completion and prerequisites for one course (≤ 6 queries)."""
    canonical = course.get_canonical()
    progress = CourseProgress(course=canonical)
    lessons = list(
        LessonPage.objects.child_of(canonical).live().values_list("pk", "translation_key")
    )
    progress.total = len(lessons)
    if not user.is_authenticated:
        progress.missing_prerequisites = list(canonical.prerequisites.all())
        return progress
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
    return progress


def lesson_completed(*, user, lesson_id: int) -> bool:
    """Whether ``user`` has completed this live, default-language lesson.

    From the trainee's cached progress and the cached lesson-to-course map:
    no query when both are cached. False for a lesson in another language
    (progress points at the default-language lessons): ask the services then.
    """
    course_id = live_lesson_course_id(lesson_id)
    if course_id is None:
        return False
    return reader_progress(user_id=user.pk, course_id=course_id).lesson_done(lesson_id)


# Live default-language lesson id -> its course's id, per process, until any page
# is published, unpublished, moved or deleted (the page cache's content version).
_lesson_courses = {"version": None, "courses": {}}
LESSON_COURSES_MAX = 10_000


def live_lesson_course_id(lesson_id: int) -> int | None:
    """The course of a live lesson in the default language; None for anything else."""
    version = content_version()
    courses = _lesson_courses["courses"]
    if _lesson_courses["version"] != version or len(courses) >= LESSON_COURSES_MAX:
        courses = {}
        _lesson_courses.update(version=version, courses=courses)
    if lesson_id not in courses:
        path = (
            LessonPage.objects.live()
            .filter(pk=lesson_id, locale_id=default_locale_pk())
            .values_list("path", flat=True)
            .first()
        )
        courses[lesson_id] = (
            None
            if path is None
            else CoursePage.objects.filter(path=path[: -LessonPage.steplen])
            .values_list("pk", flat=True)
            .first()
        )
    return courses[lesson_id]


# A trainee's progress in one course, as lesson pages show it --------------------------


@dataclass(frozen=True)
class ReaderProgress:
    """Whether the trainee is enrolled, and which (canonical) lessons they have done."""

    enrolled: bool
    done_lesson_ids: frozenset = frozenset()

    def lesson_done(self, lesson_id: int) -> bool:
        return self.enrolled and lesson_id in self.done_lesson_ids


def _reader_progress_key(user_id, course_id) -> str:
    return f"reader-progress:{user_id}:{course_id}"


# Not a lesson id (ids are positive): the row that says "enrolled" in the query below.
_ENROLLED = -1


def reader_progress(*, user_id: int, course_id: int) -> ReaderProgress:
    """A trainee's enrolment and lessons done in a (canonical) course: cached, one query.

    Lesson pages ask on every view, so the answer is kept in the shared cache
    (as long as pages are: PAGE_CACHE_SECONDS; not at all when that is 0) and
    dropped whenever the trainee's enrolment or a lesson completion in that
    course is saved or deleted (``reader_progress_changed``).
    """
    seconds = settings.PAGE_CACHE_SECONDS
    key = _reader_progress_key(user_id, course_id)
    if seconds:
        cached = cache.get(key)
        if cached is not None:
            return cached
    # One round trip: the lessons done, and a row with _ENROLLED when enrolled.
    rows = set(
        LessonCompletion.objects.filter(user_id=user_id, course_id=course_id)
        .values_list("lesson_id", flat=True)
        .union(
            Enrollment.objects.active()
            .filter(user_id=user_id, course_id=course_id)
            .annotate(marker=Value(_ENROLLED, output_field=IntegerField()))
            .values_list("marker", flat=True),
            all=True,
        )
    )
    progress = ReaderProgress(
        enrolled=_ENROLLED in rows, done_lesson_ids=frozenset(rows - {_ENROLLED})
    )
    if seconds:
        cache.set(key, progress, seconds)
    return progress


def reader_progress_forget(*, user_id: int, course_id: int) -> None:
    """Drop a trainee's cached progress in a course (for changes made without ``save()``).

    Dropped at once, and again once the transaction commits, so that a page
    view that read the old rows in between cannot leave them in the cache.
    """
    key = _reader_progress_key(user_id, course_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def reader_progress_changed(sender, instance, **kwargs):
    """Signal receiver (Enrollment, LessonCompletion saved or deleted)."""
    reader_progress_forget(user_id=instance.user_id, course_id=instance.course_id)


def is_retake(attempt: QuizAttempt) -> bool:
    """Whether the trainee attempted the course's quiz (in any language) before this."""
    return QuizAttempt.objects.filter(
        user_id=attempt.user_id, course_id=attempt.course_id, started_at__lt=attempt.started_at
    ).exists()


def question_choices(*, attempt: QuizAttempt, question, retake: bool) -> list[tuple[int, str]]:
    """A multiple-choice question's options as (id, text), in the question's order; in a
    retake, shuffled once for the attempt (the same on every reload) and never in the
    order of a first attempt. Whether an option is correct is left out."""
    choices = [(answer.pk, answer.content) for answer in question.get_answers()]
    if not retake or len(choices) < 2:
        return choices
    shuffled = sorted(choices)
    # Seeded, not secret: only the order must stay put while the attempt lasts.
    random.Random(f"{attempt.pk}:{question.pk}").shuffle(shuffled)  # noqa: S311
    if shuffled == choices:
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


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


def quiz_status(*, user, course: CoursePage) -> QuizStatus | None:
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


@dataclass
class DashboardCourse:
    course: CoursePage  # in the reader's language where translated
    progress_done: int
    progress_total: int
    next_lesson: LessonPage | None
    next_lesson_url: str | None
    completion: CourseCompletion | None
    last_attempt: QuizAttempt | None
    open_attempt: QuizAttempt | None = None

    @property
    def percent(self):
        return round(100 * self.progress_done / self.progress_total) if self.progress_total else 0


def dashboard_courses(*, user, request=None) -> list[DashboardCourse]:
    """The trainee's courses with progress and the next lesson, in the active language.

    A fixed number of queries, whatever the number of courses, lessons or attempts.
    """
    enrollments = list(
        Enrollment.objects.active()
        .filter(user=user)
        .select_related("course")
        .order_by("-enrolled_at")
    )
    if not enrollments:
        return []
    courses = [e.course for e in enrollments]
    lessons_filter = Q()
    for course in courses:
        lessons_filter |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = list(
        LessonPage.objects.live().filter(lessons_filter).order_by("path").only(*LESSON_LIST_FIELDS)
    )
    locale = Locale.get_active()
    keys = [c.translation_key for c in courses] + [lesson.translation_key for lesson in lessons]
    localized = {
        page.translation_key: page
        for model in (CoursePage, LessonPage)
        for page in model.objects.live()
        .filter(locale=locale, translation_key__in=keys)
        .only(*LESSON_LIST_FIELDS)
    }
    done = set(
        LessonCompletion.objects.filter(user=user, course__in=courses).values_list(
            "lesson_id", flat=True
        )
    )
    completions = {c.course_id: c for c in CourseCompletion.objects.filter(user=user)}
    last_attempts = {}
    for attempt in (
        QuizAttempt.objects.filter(user=user, course__in=courses).finished().order_by("finished_at")
    ):
        last_attempts[attempt.course_id] = attempt
    open_attempts = {
        attempt.course_id: attempt
        for attempt in QuizAttempt.objects.filter(user=user, course__in=courses)
        .open()
        .select_related("quiz")
    }
    rows = []
    for course in courses:
        course_lessons = [
            lesson
            for lesson in lessons
            if lesson.path.startswith(course.path) and lesson.depth == course.depth + 1
        ]
        shown_course = localized.get(course.translation_key, course)
        next_lesson = next((ls for ls in course_lessons if ls.pk not in done), None)
        next_url = None
        if next_lesson is not None:
            next_url = f"{shown_course.get_url(request)}{next_lesson.slug}/"
            next_lesson = localized.get(next_lesson.translation_key, next_lesson)
        rows.append(
            DashboardCourse(
                course=shown_course,
                progress_done=sum(1 for ls in course_lessons if ls.pk in done),
                progress_total=len(course_lessons),
                next_lesson=next_lesson,
                next_lesson_url=next_url,
                completion=completions.get(course.pk),
                last_attempt=last_attempts.get(course.pk),
                open_attempt=open_attempts.get(course.pk),
            )
        )
    return rows


def led_team(*, user):
    """The team this user leads, with its unit, or None."""
    from organisation.models import Team

    if not user.is_authenticated:
        return None
    return Team.objects.filter(leader__user=user).select_related("unit").first()


def leadership_courses(*, user) -> list[CoursePage]:
    """Live leader-track courses the trainee has not completed, in the reader's language
    where translated: what a new leader takes next."""
    completed = CourseCompletion.objects.filter(user=user).values("course_id")
    courses = (
        CoursePage.objects.live()
        .filter(locale_id=default_locale_pk(), track=CoursePage.Track.LEADER)
        .exclude(pk__in=completed)
        .order_by("path")
    )
    return [course.localized for course in courses]
