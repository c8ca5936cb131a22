"""A leader's view of their own team: each member's progress in their courses,
and who is stuck on which lesson. A fixed number of queries for a team of ten."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from courses.models import CourseCompletion, CoursePage, Enrollment, LessonCompletion, LessonPage
from organisation.models import Team, TeamMember, VolunteerProfile

#: No lesson completed for this long (since the last one, or since enrolling): stuck.
STUCK_AFTER_DAYS = 7


@dataclass
class MemberCourse:
    course: CoursePage  # in the reader's language when translated
    done: int
    total: int
    completed: bool
    last_activity: object  # datetime
    next_lesson: LessonPage | None = None  # in the reader's language when translated
    stuck_days: int | None = None  # days without progress, when stuck

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def stuck(self) -> bool:
        return self.stuck_days is not None


@dataclass
class MemberProgress:
    volunteer: VolunteerProfile
    courses: list[MemberCourse] = field(default_factory=list)

    @property
    def stuck(self) -> list[MemberCourse]:
        return [course for course in self.courses if course.stuck]


def led_team(user) -> Team | None:
    """The team this user leads, if any: the only team their page shows."""
    if not user.is_authenticated:
        return None
    return Team.objects.filter(leader__user=user).select_related("leader", "unit").first()


def member_of(user) -> TeamMember | None:
    """The user's place in someone else's team, with the leader, if any."""
    if not user.is_authenticated:
        return None
    return (
        TeamMember.objects.filter(volunteer__user=user).select_related("team__leader__user").first()
    )


def _in_language(pages, language: str) -> dict:
    """{canonical page id: the page in `language`} for those translated (one query)."""
    if not pages or language == settings.LANGUAGE_CODE:
        return {}
    by_key = {page.translation_key: page.pk for page in pages}
    from wagtail.models import Page

    translated = (
        Page.objects.live()
        .filter(translation_key__in=by_key, locale__language_code=language)
        .specific()
    )
    return {by_key[page.translation_key]: page for page in translated}


def team_progress(team: Team, now=None) -> list[MemberProgress]:
    """Each member of the team with their active courses: 7 queries at most."""
    now = now or timezone.now()
    members = list(
        TeamMember.objects.filter(team=team)
        .select_related("volunteer__user")  # the e-mail, for those who share it
        .order_by("volunteer__name_en", "pk")
    )
    user_ids = [member.volunteer.user_id for member in members]
    enrolments = list(
        Enrollment.objects.active()
        .filter(user_id__in=user_ids)
        .values_list("user_id", "course_id", "enrolled_at")
    )
    course_ids = {course_id for _u, course_id, _e in enrolments}
    courses = {course.pk: course for course in CoursePage.objects.filter(pk__in=course_ids)}
    lessons = {}
    if courses:
        paths = Q()
        for course in courses.values():
            paths |= Q(path__startswith=course.path, depth=course.depth + 1)
        for lesson in LessonPage.objects.live().filter(paths).order_by("path"):
            lessons.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    done = {}
    for user_id, course_id, lesson_id, completed_at in LessonCompletion.objects.filter(
        user_id__in=user_ids, course_id__in=course_ids
    ).values_list("user_id", "course_id", "lesson_id", "completed_at"):
        entry = done.setdefault((user_id, course_id), {"lessons": set(), "last": None})
        entry["lessons"].add(lesson_id)
        entry["last"] = max(filter(None, [entry["last"], completed_at]))
    completed = set(
        CourseCompletion.objects.filter(user_id__in=user_ids, course_id__in=course_ids).values_list(
            "user_id", "course_id"
        )
    )
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    all_lessons = [lesson for course_lessons in lessons.values() for lesson in course_lessons]
    shown = _in_language([*courses.values(), *all_lessons], language)

    by_user = {}
    for user_id, course_id, enrolled_at in enrolments:
        course = courses.get(course_id)
        if course is None:
            continue
        course_lessons = lessons.get(course.path, [])
        entry = done.get((user_id, course_id), {"lessons": set(), "last": None})
        is_complete = (user_id, course_id) in completed
        last = entry["last"] or enrolled_at
        next_lesson = next(
            (lesson for lesson in course_lessons if lesson.pk not in entry["lessons"]), None
        )
        idle = now - last
        stuck_days = (
            idle.days if not is_complete and idle >= timedelta(days=STUCK_AFTER_DAYS) else None
        )
        by_user.setdefault(user_id, []).append(
            MemberCourse(
                course=shown.get(course.pk, course),
                done=len(entry["lessons"] & {lesson.pk for lesson in course_lessons}),
                total=len(course_lessons),
                completed=is_complete,
                last_activity=entry["last"],
                next_lesson=shown.get(next_lesson.pk, next_lesson) if next_lesson else None,
                stuck_days=stuck_days,
            )
        )
    return [
        MemberProgress(
            volunteer=member.volunteer,
            courses=sorted(by_user.get(member.volunteer.user_id, []), key=lambda c: c.course.path),
        )
        for member in members
    ]
