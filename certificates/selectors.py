"""Queries on leadership: who is eligible for promotion, and why (not)."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from certificates.models import Certificate, Leadership, LeadershipRules
from courses.models import CourseCompletion
from organisation.models import Stage, Unit, VolunteerProfile
from organisation.permissions import scope_of


@dataclass
class Eligibility:
    eligible: bool
    reasons: list[str] = field(default_factory=list)

    def __bool__(self):
        return self.eligible


@dataclass(frozen=True)
class Rules:
    """The leadership rules, read once per request or job."""

    courses: tuple  # canonical CoursePages
    min_score_percent: int

    @classmethod
    def current(cls) -> "Rules":
        settings = LeadershipRules.load()
        courses = tuple(settings.required_courses.order_by("path")) if settings.pk else ()
        return cls(courses=courses, min_score_percent=settings.min_score_percent)


_STAGE_REASONS = {
    Stage.SIGNED_UP: gettext_lazy("Not screened yet."),
    Stage.SCREENED: gettext_lazy("Has not started training."),
    Stage.IN_TRAINING: gettext_lazy("Has not finished training."),
    Stage.LEADER: gettext_lazy("Is already a leader."),
    Stage.NOT_SELECTED: gettext_lazy("Was not selected at screening."),
}


def eligibility_many(volunteers, rules: Rules | None = None) -> dict[int, Eligibility]:
    """Eligibility with reasons for each volunteer (by profile id), in one query."""
    rules = rules or Rules.current()
    volunteers = list(volunteers)
    completions = {}
    if rules.courses:
        for user_id, course_id, score in CourseCompletion.objects.filter(
            user_id__in=[v.user_id for v in volunteers], course__in=rules.courses
        ).values_list("user_id", "course_id", "score_percent"):
            completions[(user_id, course_id)] = score
    result = {}
    for volunteer in volunteers:
        reasons = []
        if volunteer.stage != Stage.TRAINED:
            reasons.append(str(_STAGE_REASONS[volunteer.stage]))
        for course in rules.courses:
            key = (volunteer.user_id, course.pk)
            if key not in completions:
                reasons.append(_("Course not complete: %(course)s.") % {"course": course.title})
            elif completions[key] is not None and completions[key] < rules.min_score_percent:
                reasons.append(
                    _("Scored %(score)d%% in %(course)s; %(needed)d%% is needed.")
                    % {
                        "score": completions[key],
                        "course": course.title,
                        "needed": rules.min_score_percent,
                    }
                )
        result[volunteer.pk] = Eligibility(eligible=not reasons, reasons=reasons)
    return result


def leadership_eligibility(volunteer: VolunteerProfile, rules: Rules | None = None) -> Eligibility:
    return eligibility_many([volunteer], rules)[volunteer.pk]


def eligible_filter(rules: Rules | None = None) -> Q:
    """The same rule as a database filter on VolunteerProfile, for lists of thousands."""
    rules = rules or Rules.current()
    condition = Q(stage=Stage.TRAINED)
    for course in rules.courses:
        condition &= Q(
            Exists(
                CourseCompletion.objects.filter(user_id=OuterRef("user_id"), course=course).filter(
                    Q(score_percent__isnull=True) | Q(score_percent__gte=rules.min_score_percent)
                )
            )
        )
    return condition


def training_finished(*, user, rules: Rules | None = None) -> bool:
    """Whether the user completed what makes a volunteer trained."""
    rules = rules or Rules.current()
    done = CourseCompletion.objects.filter(user=user)
    if not rules.courses:
        return done.exists()
    return done.filter(course__in=rules.courses).count() == len(rules.courses)


def active_leadership(volunteer: VolunteerProfile) -> Leadership | None:
    return Leadership.objects.active().filter(volunteer=volunteer).select_related("unit").first()


def certificate_for_download(*, user, code: str):
    """The certificate with this code if `user` may download it: the leader it
    names (while it is valid), or a coordinator whose unit holds the leader."""
    certificate = (
        Certificate.objects.filter(code=code)
        .select_related("leadership__volunteer__district")
        .first()
    )
    if certificate is None:
        return None
    volunteer = certificate.leadership.volunteer
    if volunteer.user_id == user.pk and certificate.status == Certificate.Status.ISSUED:
        return certificate
    scope = scope_of(user)
    if scope is not None and scope.contains(volunteer.district):
        return certificate
    return None


def certificates_of(user):
    """A leader's certificates for the dashboard: valid ones, newest first."""
    return Certificate.objects.filter(
        leadership__volunteer__user=user, status=Certificate.Status.ISSUED
    ).order_by("-issued_on", "-pk")


def leaderships_without_certificate(unit: Unit):
    """Active promotions of volunteers inside `unit` that have no current certificate."""
    return (
        Leadership.objects.active()
        .filter(volunteer__in=VolunteerProfile.objects.in_unit(unit))
        .exclude(certificates__status__in=Certificate.CURRENT)
        .select_related("volunteer", "unit")
        .order_by("pk")
    )
