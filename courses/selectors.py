"""Queries about a trainee's learning, shaped for pages: a lesson page's progress (cached),
the dashboard, the leader's next courses. A bounded number of queries each.

Where a trainee stands in one course (and at its quiz) is ``courses/progress.py``.
"""

from dataclasses import dataclass

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
)
from courses.models.pages import LESSON_LIST_FIELDS, default_locale_pk
from lms.page_cache import content_version
from organisation.models import Team


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


def live_lesson_course_id(lesson_id: int) -> int | None:
    """The course of a live lesson in the default language; None for anything else.

    Kept in the shared cache under the page cache's content version, so that any
    publish, unpublish, move or delete of a page forgets it."""
    key = f"lesson-course:{content_version()}:{lesson_id}"
    course_id = cache.get(key)
    if course_id is None:
        course_id = _lesson_course_id(lesson_id) or 0  # 0: none, and known to be none
        cache.set(key, course_id, settings.PAGE_CACHE_SECONDS or 300)
    return course_id or None


def _lesson_course_id(lesson_id: int) -> int | None:
    path = (
        LessonPage.objects.live()
        .filter(pk=lesson_id, locale_id=default_locale_pk())
        .values_list("path", flat=True)
        .first()
    )
    if path is None:
        return None
    return (
        CoursePage.objects.filter(path=path[: -LessonPage.steplen])
        .values_list("pk", flat=True)
        .first()
    )


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
    (PROGRESS_CACHE_SECONDS, as long as pages by default; not at all when 0) and
    dropped whenever the trainee's enrolment or a lesson completion in that
    course is saved or deleted (``reader_progress_changed``).
    """
    seconds = settings.PROGRESS_CACHE_SECONDS
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
    if not user.is_authenticated:
        return None
    return Team.objects.filter(leader__user=user).select_related("unit").first()


def leadership_courses(*, user) -> list[CoursePage]:
    """Live leader-track courses the trainee has not completed, in the reader's language
    where translated: what a new leader takes next."""
    completed = CourseCompletion.objects.filter(user=user).values("course_id")
    courses = (
        CoursePage.objects.live()
        .canonical()
        .filter(track=CoursePage.Track.LEADER)
        .exclude(pk__in=completed)
        .order_by("path")
    )
    return [course.localized for course in courses]
