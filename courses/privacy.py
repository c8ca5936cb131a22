"""What courses hold about a trainee, for the registry of personal data (privacy.registry):
enrolments, lessons and courses completed, quiz attempts and their answers."""

import json

from quiz.models import Progress, Sitting

from django.utils.translation import gettext_lazy as _

from courses.models import (
    AttemptClient,
    CourseCompletion,
    Enrollment,
    EssayMark,
    LessonCompletion,
    QuizAccommodation,
    QuizAttempt,
)
from privacy.registry import Holding, Provider, Section, Subject, register

TRAINERS = "The person; trainers (essays to mark); coordinators of their unit (reports)."
KEPT_FOR_COUNTS = (
    "Kept, without anything identifying: the account it points to is pseudonymised, and "
    "the reports' counts stay correct."
)


@register
class CoursesProvider(Provider):
    order = 300
    holdings = (
        Holding("courses.Enrollment", ("user", "enrolled_by"),
                "Courses the person enrolled in, when, how, and whether they withdrew.",
                "Training; coordinators' course reports.", KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("courses.LessonCompletion", ("user",), "Lessons completed and when.",
                "Progress; coordinators' course reports.", KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("courses.CourseCompletion", ("user",), "Courses completed and when.",
                "Eligibility for leadership; reports.", KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("courses.QuizAttempt", ("user",), "Quiz attempts: when, score, passed.",
                "Assessment; eligibility; quiz reports.", KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("quiz.Sitting", ("user", "user_answers"),
                "A quiz attempt's answers (essays are free text the person wrote).",
                "Marking; the person's review of their answers.",
                "Essay answers removed; the choices of multiple-choice, true/false and "
                "spot-the-fake answers kept for the quiz reports (they say nothing about "
                "the person).",
                who=TRAINERS),
        Holding("quiz.Progress", ("user",), "django-quiz-app's running score per category.",
                "Kept by the quiz engine.", "Deleted.", who=TRAINERS),
        Holding("courses.AttemptClient", ("client",),
                "A keyed hash of the network address and browser each quiz attempt was "
                "answered from (never the address itself).",
                "The answer-sharing report: many accounts answering from one client.",
                "Deleted.", who="Nobody reads it; the answer-sharing report compares hashes."),
        Holding("courses.SpotAnswer", ("sitting",),
                "Spot-the-fake answers: the verdict and evidence chosen, and the credit.",
                "Scoring with partial credit; quiz reports by manipulation type.",
                KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("courses.EssayMark", ("marked_by",),
                "A trainer's mark and comment on an essay answer.",
                "Marking essays.", KEPT_FOR_COUNTS, who=TRAINERS),
        Holding("courses.QuizAccommodation", ("trainee", "granted_by", "revoked_by", "reason"),
                "More time (or none) at quizzes given to the person, by whom, when and why "
                "(the reason may concern their health).",
                "Timing adjustable for those who need it (WCAG 2.2.1).",
                "The reason removed; the accommodation kept, so that past attempts' deadlines "
                "stay explained.",
                who="The person; trainers; coordinators of their unit."),
    )  # fmt: skip

    def export(self, subject: Subject) -> list[Section]:
        user_id = subject.user_id
        completed = dict(
            CourseCompletion.objects.filter(user_id=user_id).values_list(
                "course_id", "completed_at"
            )
        )
        enrolments = Enrollment.objects.filter(user_id=user_id).select_related("course")
        lessons: dict[int, int] = {}
        for course_id in LessonCompletion.objects.filter(user_id=user_id).values_list(
            "course_id", flat=True
        ):
            lessons[course_id] = lessons.get(course_id, 0) + 1
        attempts = (
            QuizAttempt.objects.filter(user_id=user_id, finished_at__isnull=False)
            .select_related("course")
            .order_by("finished_at")
        )
        marks = EssayMark.objects.filter(sitting__user_id=user_id).exclude(comment="")
        accommodations = QuizAccommodation.objects.filter(trainee_id=user_id).order_by("granted_at")
        return [
            Section(
                "courses",
                _("Courses"),
                [
                    {
                        _("course"): e.course.title,
                        _("enrolled"): e.enrolled_at,
                        _("withdrew"): e.withdrawn_at or "",
                        _("lessons completed"): lessons.get(e.course_id, 0),
                        _("completed"): completed.get(e.course_id) or "",
                    }
                    for e in enrolments
                ],
            ),
            Section(
                "scores",
                _("Quiz scores"),
                [
                    {
                        _("course"): a.course.title,
                        _("finished"): a.finished_at,
                        _("score (%)"): a.score_percent,
                        _("passed"): _("yes") if a.passed else _("no"),
                    }
                    for a in attempts
                ]
                + [
                    {_("trainer's comment on an essay"): m.comment, _("marked"): m.marked_at}
                    for m in marks
                ],
            ),
            Section(
                "accommodations",
                _("Time accommodations"),
                [
                    {
                        _("accommodation"): a.describe(),
                        _("reason"): a.reason,
                        _("given on"): a.granted_at,
                        _("revoked on"): a.revoked_at or "",
                    }
                    for a in accommodations
                ],
            ),
        ]

    def erase(self, subjects: list[Subject]) -> None:
        user_ids = [s.user_id for s in subjects]
        sittings_essays_remove(user_ids)
        EssayMark.objects.filter(sitting__user_id__in=user_ids).exclude(comment="").update(
            comment=""
        )
        Progress.objects.filter(user_id__in=user_ids).delete()
        QuizAccommodation.objects.filter(trainee_id__in=user_ids).update(reason="")
        AttemptClient.objects.filter(attempt__user_id__in=user_ids).delete()


def _is_choice(answer) -> bool:
    """An option, true/false, or a spot-the-fake verdict with evidence ids: choices from
    lists we wrote, nothing the person wrote."""
    if isinstance(answer, dict):
        return set(answer) == {"verdict", "evidence"} and all(
            isinstance(item, int) for item in answer["evidence"]
        )
    return isinstance(answer, int) or answer in ("True", "False")


def sittings_essays_remove(user_ids) -> int:
    """Blank the text of essay answers (free text the person wrote); the chosen options of
    the other questions stay, so the quiz and item-analysis reports count the same."""
    changed = []
    for sitting in (
        Sitting.objects.filter(user_id__in=user_ids).exclude(user_answers="{}").only("user_answers")
    ):
        try:
            answers = json.loads(sitting.user_answers or "{}")
        except ValueError:
            answers = {}
        kept = {key: value if _is_choice(value) else "" for key, value in answers.items()}
        if kept != answers:
            sitting.user_answers = json.dumps(kept)
            changed.append(sitting)
    Sitting.objects.bulk_update(changed, ["user_answers"], batch_size=500)
    return len(changed)
