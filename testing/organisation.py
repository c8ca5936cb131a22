"""The hand-built organisation the reports tests check numbers against (`world`), and the
security tests' roles and one record of each kind inside and outside a district
(`security_world`).

Indore (MP): 11 volunteers — 4 signed up, 2 screened, 2 in training (A, B),
1 trained (C), 1 leader (D), 1 not selected. Bhopal (MP): 2 signed up, 1 trained (E).
Lucknow (UP): 5 leaders (F and L2..L5).
One course of three lessons with a quiz of three questions (pass mark 60): `report_course`.
"""

from datetime import timedelta

from quiz.models import Sitting

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Site

from certificates.models import Certificate, CertificateBatch, Leadership
from courses.accommodations import accommodation_grant
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    EssayMark,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from courses.roles import TRAINERS, roles_ensure
from courses.tests.factories import quiz_create
from lms.storage import private_storage
from organisation.models import Stage, Team, TeamMember, VolunteerImport
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit
from reports.models import AnswerSharingRun
from testing.worlds import shared_world

NOW = timezone.now()


def ago(days):
    return NOW - timedelta(days=days)


def build_report_course(worlds) -> dict:
    """One course of three lessons with a quiz of three questions (pass mark 60)."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    quiz = quiz_create(title="Verification quiz", pass_mark=60, essays=0)
    course = CoursePage(
        title="Verification basics", slug="verification", summary="x", estimated_minutes=30,
        quiz=quiz,
    )  # fmt: skip
    index.add_child(instance=course)
    lessons = []
    for number in (1, 2, 3):
        lesson = LessonPage(title=f"Lesson {number}", slug=f"lesson-{number}", estimated_minutes=5)
        course.add_child(instance=lesson)
        lessons.append(lesson)
    questions = list(quiz.question_set.order_by("pk"))
    return {"course": course, "lessons": lessons, "quiz": quiz, "questions": questions}


def _learn(volunteer, course, *, enrolled_days, lessons=(), lesson_days=None, completed_days=None):
    enrolment = Enrollment.objects.create(user=volunteer.user, course=course["course"])
    Enrollment.objects.filter(pk=enrolment.pk).update(enrolled_at=ago(enrolled_days))
    for lesson in lessons:
        done = LessonCompletion.objects.create(
            user=volunteer.user, lesson=lesson, course=course["course"]
        )
        LessonCompletion.objects.filter(pk=done.pk).update(
            completed_at=ago(lesson_days if lesson_days is not None else enrolled_days)
        )
    if completed_days is not None:
        completion = CourseCompletion.objects.create(user=volunteer.user, course=course["course"])
        CourseCompletion.objects.filter(pk=completion.pk).update(completed_at=ago(completed_days))


def _sit(volunteer, course, *, wrong, score):
    q = [question.pk for question in course["questions"]]
    incorrect = ""
    for index in wrong:  # as django-quiz-app writes it: "3,,5,"
        if incorrect:
            incorrect += ","
        incorrect += f"{q[index]},"
    sitting = Sitting.objects.create(
        user=volunteer.user, quiz=course["quiz"], question_order=",".join(map(str, q)) + ",",
        question_list="", incorrect_questions=incorrect, current_score=3 - len(wrong),
        complete=True, user_answers="{}",
    )  # fmt: skip
    QuizAttempt.objects.create(
        sitting=sitting, user=volunteer.user, quiz=course["quiz"], course=course["course"],
        started_at=ago(3), finished_at=ago(3), ending="answered", score_percent=score,
        passed=score >= 60,
    )  # fmt: skip


def build_world(worlds) -> dict:
    """The organisation of the module docstring, its learning, leaders, teams and certificates."""
    course = worlds.get("report_course")
    indore, bhopal, lucknow = unit("in-mp-indore"), unit("in-mp-bhopal"), unit("in-up-lucknow")
    v = {}

    def make(name, district, stage):
        v[name] = VolunteerFactory(name_en=name, district=district, stage=stage)
        return v[name]

    for n in range(4):
        make(f"Indore new {n}", indore, Stage.SIGNED_UP)
    for n in range(2):
        make(f"Indore screened {n}", indore, Stage.SCREENED)
    make("A", indore, Stage.IN_TRAINING)
    make("B", indore, Stage.IN_TRAINING)
    make("C", indore, Stage.TRAINED)
    make("D", indore, Stage.LEADER)
    make("Indore not selected", indore, Stage.NOT_SELECTED)
    for n in range(2):
        make(f"Bhopal new {n}", bhopal, Stage.SIGNED_UP)
    make("E", bhopal, Stage.TRAINED)
    make("F", lucknow, Stage.LEADER)
    for n in range(2, 6):
        make(f"L{n}", lucknow, Stage.LEADER)

    lessons = course["lessons"]
    _learn(v["A"], course, enrolled_days=20, lessons=lessons[:1], lesson_days=10)
    _learn(v["B"], course, enrolled_days=2)
    _learn(v["C"], course, enrolled_days=30, lessons=lessons, completed_days=26)
    _learn(v["D"], course, enrolled_days=40, lessons=lessons, completed_days=30)
    _learn(v["E"], course, enrolled_days=30, lessons=lessons, completed_days=24)
    _learn(v["F"], course, enrolled_days=30, lessons=lessons, completed_days=28)
    _sit(v["C"], course, wrong=[], score=100)
    _sit(v["D"], course, wrong=[2], score=67)
    _sit(v["E"], course, wrong=[0, 2], score=33)
    _sit(v["A"], course, wrong=[0, 1, 2], score=0)
    _sit(v["F"], course, wrong=[0], score=67)

    leaderships = {
        "D": Leadership.objects.create(volunteer=v["D"], level="district", unit=indore),
        "F": Leadership.objects.create(volunteer=v["F"], level="state", unit=lucknow.parent),
    }
    for n in range(2, 6):
        leaderships[f"L{n}"] = Leadership.objects.create(
            volunteer=v[f"L{n}"], level="district", unit=lucknow
        )
    team_d = Team.objects.create(leader=v["D"], unit=indore)
    TeamMember.objects.create(team=team_d, volunteer=v["A"])
    TeamMember.objects.create(team=team_d, volunteer=v["B"])
    team_f = Team.objects.create(leader=v["F"], unit=lucknow.parent)
    TeamMember.objects.create(team=team_f, volunteer=v["L2"])

    def certificate(leadership, status, **extra):
        return Certificate.objects.create(
            leadership=leadership, status=status, name_en=leadership.volunteer.name_en,
            level=leadership.level, unit_en=leadership.unit.name_en, issued_on=NOW.date(),
            **extra,
        )  # fmt: skip

    certificate(leaderships["D"], "issued", sha256="a" * 64, pdf="certificates/d.pdf")
    certificate(leaderships["F"], "revoked", revoke_reason="Misspelt name")
    certificate(leaderships["F"], "generating")
    return {"v": v, "teams": {"D": team_d, "F": team_f}, **course}


report_course = shared_world("report_course", build_report_course)
world = shared_world("world", build_world, needs=["report_course"])


#: The security tests' roles, in the order their tables list them.
ROLES = [
    "anonymous",
    "trainee",
    "other_trainee",
    "trainer",
    "district",
    "state",
    "national",
    "superuser",
]


def build_security_world(worlds) -> dict:
    """The organisation and users every security test uses: the roles, and one record of
    each kind inside Indore (MP) and outside it (Lucknow, UP)."""
    world = worlds.get("world")
    v = world["v"]
    roles_ensure()
    trainer = UserFactory(username="trainer")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    users = {
        "anonymous": None,
        # D: a district leader in Indore with an issued certificate and a team.
        "trainee": v["D"].user,
        # A: a member of D's team, in training.
        "other_trainee": v["A"].user,
        "trainer": trainer,
        "district": coordinator_create("in-mp-indore"),
        "state": coordinator_create("in-mp"),
        "national": coordinator_create("in"),
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    indore, lucknow = unit("in-mp-indore"), unit("in-up-lucknow")
    attempt = QuizAttempt.objects.get(user=v["D"].user)
    objects = {
        "course": world["course"],
        "lesson": world["lessons"][0],
        "attempt": attempt,
        "essay": EssayMark.objects.create(sitting=attempt.sitting, question=world["questions"][0]),
        "certificate": Certificate.objects.get(leadership__volunteer=v["D"], status="issued"),
        "certificate_out": Certificate.objects.filter(leadership__volunteer=v["F"]).first(),
        "leadership": Leadership.objects.get(volunteer=v["D"]),
        "leadership_out": Leadership.objects.get(volunteer=v["F"]),
        "volunteer": v["C"],
        "volunteer_out": v["L2"],
        "team": world["teams"]["D"],
        "team_member": v["A"],
        "team_out": world["teams"]["F"],
        "team_member_out": v["L2"],
        "batch": CertificateBatch.objects.create(
            unit=indore, status="done", created_by=users["district"]
        ),
        "batch_out": CertificateBatch.objects.create(
            unit=lucknow, status="done", created_by=users["national"]
        ),
        "import": VolunteerImport.objects.create(
            unit=indore, file_name="a.csv", status="done", created_by=users["district"]
        ),
        "import_out": VolunteerImport.objects.create(
            unit=lucknow, file_name="b.csv", status="done", created_by=users["national"]
        ),
        "sharing_run": AnswerSharingRun.objects.create(unit=indore, status="done"),
        "sharing_run_out": AnswerSharingRun.objects.create(unit=lucknow, status="done"),
        "coordinator": users["district"].coordinator,
        "accommodation": accommodation_grant(
            trainee=v["C"].user, granted_by=trainer, kind="untimed", reason="Low vision."
        ),
        "accommodation_out": accommodation_grant(
            trainee=v["L2"].user, granted_by=trainer, kind="minutes", extra_minutes=10, reason="x"
        ),
        "course_url": world["course"].url,
        "lesson_url": world["lessons"][0].url,
    }
    return {"users": users, "objects": objects, **world}


def _certificate_pdf_stored(security_world) -> None:
    """The issued certificate's PDF, in the private storage where the download reads it
    (files are not rolled back: a test may have removed it)."""
    storage = private_storage()
    name = security_world["objects"]["certificate"].pdf.name
    if not storage.exists(name):
        storage.save(name, ContentFile(b"%PDF-1.4 test"))


security_world = shared_world(
    "security_world", build_security_world, needs=["world"], each_test=_certificate_pdf_stored
)
