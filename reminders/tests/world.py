"""A world for the reminder tests: a course of five lessons and volunteers imported from
a CSV with only a mobile number (the organisation's consent record covering SMS)."""

import io
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Site

from courses.models import CourseCompletion, Enrollment, LessonCompletion
from courses.models.pages import CourseIndexPage, CoursePage, LessonPage
from organisation.imports.services import volunteer_import_process
from organisation.models import Coordinator, Unit, VolunteerImport, VolunteerProfile
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named

LESSONS = 5
HEADER = "phone,name_en,name_hi,email,state,district,skills\n"


def ago(days: float):
    return timezone.now() - timedelta(days=days)


def course_build() -> dict:
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    course = CoursePage(
        title="Verification basics", slug="verification", summary="x", estimated_minutes=50
    )
    index.add_child(instance=course)
    lessons = []
    for number in range(1, LESSONS + 1):
        lesson = LessonPage(title=f"Lesson {number}", slug=f"lesson-{number}", estimated_minutes=5)
        course.add_child(instance=lesson)
        lessons.append(lesson)
    return {"course": course, "lessons": lessons}


def volunteers_import(rows: list[tuple[str, str, str]], channels=("sms",)) -> dict:
    """{name: VolunteerProfile} imported from a CSV of (phone, name, Hindi name)."""
    importer, _ = get_user_model().objects.get_or_create(username="importer")
    importer.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.get_or_create(user=importer, defaults={"unit": Unit.objects.get(code="in")})
    data = (
        HEADER
        + "".join(
            f"{phone},{name},{hindi},,Madhya Pradesh,Indore,\n" for phone, name, hindi in rows
        )
    ).encode()
    record = VolunteerImport.objects.create(
        file_name="members.csv",
        created_by=importer,
        unit=Unit.objects.get(code="in"),
        status=VolunteerImport.Status.RUNNING,
        consent_record="Membership forms, Indore office",
        consent_channels=list(channels),
    )
    volunteer_import_process(record, binary=io.BytesIO(data), size=len(data), batch_size=50)
    return {p.name_en: p for p in VolunteerProfile.objects.filter(phone__in=[r[0] for r in rows])}


def learn(volunteer, world, *, lessons: int, days: float, enrolled_days: float | None = None):
    """Enrolled ``enrolled_days`` ago, the first ``lessons`` lessons done ``days`` ago."""
    course = world["course"]
    enrolment, _ = Enrollment.objects.get_or_create(user=volunteer.user, course=course)
    Enrollment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=ago(enrolled_days if enrolled_days is not None else days + 1)
    )
    for lesson in world["lessons"][:lessons]:
        done, _ = LessonCompletion.objects.get_or_create(
            user=volunteer.user, lesson=lesson, course=course
        )
        LessonCompletion.objects.filter(pk=done.pk).update(completed_at=ago(days))


def finish(volunteer, world):
    learn(volunteer, world, lessons=LESSONS, days=0)
    CourseCompletion.objects.get_or_create(user=volunteer.user, course=world["course"])
