"""What a quiz draws for each attempt, and the time a trainee is given.

- ``QuestionQuota``: a quiz asks, per attempt, ``count`` questions drawn from those of
  one django-quiz-app ``Category`` attached to it (courses.quiz_draw draws them).
- ``QuizAccommodation``: extra time (a factor or minutes) or no time limit for one
  trainee (WCAG 2.2.1, timing adjustable), with who gave it, when and why. One is in
  force per trainee at a time; a new one revokes the last, which stays as history.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Sitting.question_order is a varchar(1024) of "id," items: a draw must fit in it.
MAX_QUESTIONS_PER_ATTEMPT = 100


class QuestionQuota(models.Model):
    quiz = models.ForeignKey("quiz.Quiz", on_delete=models.CASCADE, related_name="quotas")
    # PROTECT: deleting a category in use would silently shrink the quiz (and
    # django-quiz-app cascades a category's deletion to its questions).
    category = models.ForeignKey(
        "quiz.Category", on_delete=models.PROTECT, related_name="+", verbose_name=_("category")
    )
    count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_QUESTIONS_PER_ATTEMPT)],
    )

    class Meta:
        verbose_name = _("question quota")
        verbose_name_plural = _("question quotas")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "category"], name="one_quota_per_category"),
            models.CheckConstraint(condition=models.Q(count__gte=1), name="quota_at_least_one"),
        ]

    def __str__(self):
        return f"{self.count} from {self.category} in {self.quiz}"


class QuizAccommodationQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(revoked_at__isnull=True)


class QuizAccommodation(models.Model):
    class Kind(models.TextChoices):
        FACTOR = "factor", _("More time: the time limit multiplied")
        MINUTES = "minutes", _("More time: minutes added")
        UNTIMED = "untimed", _("No time limit")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_accommodations",
        verbose_name=_("trainee"),
    )
    kind = models.CharField(_("accommodation"), max_length=10, choices=Kind)
    factor = models.DecimalField(
        _("time limit multiplied by"),
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1.1")), MaxValueValidator(Decimal("4"))],
    )
    extra_minutes = models.PositiveSmallIntegerField(
        _("minutes added"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    reason = models.TextField(_("reason"), max_length=1000)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("given by"),
    )
    granted_at = models.DateTimeField(_("given on"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    objects = QuizAccommodationQuerySet.as_manager()

    #: The way to the trainee's volunteer profile, for the scope policy
    #: (organisation.permissions.scope_filter).
    scope_lookup = "trainee__volunteer_profile"

    class Meta:
        verbose_name = _("time accommodation")
        verbose_name_plural = _("time accommodations")
        constraints = [
            models.UniqueConstraint(
                fields=["trainee"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_accommodation_in_force",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="factor", factor__isnull=False, extra_minutes__isnull=True)
                    | models.Q(kind="minutes", extra_minutes__isnull=False, factor__isnull=True)
                    | models.Q(kind="untimed", factor__isnull=True, extra_minutes__isnull=True)
                ),
                name="accommodation_amount_matches_kind",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.trainee}"

    def clean(self):
        if self.kind == self.Kind.FACTOR and self.factor is None:
            raise ValidationError({"factor": _("Say by how much to multiply the time limit.")})
        if self.kind == self.Kind.MINUTES and self.extra_minutes is None:
            raise ValidationError({"extra_minutes": _("Say how many minutes to add.")})

    def time_limit(self, minutes: int | None) -> float | None:
        """The time limit in minutes with this accommodation (None: untimed)."""
        if minutes is None or self.kind == self.Kind.UNTIMED:
            return None
        if self.kind == self.Kind.FACTOR:
            return minutes * float(self.factor)
        return minutes + self.extra_minutes

    def describe(self) -> str:
        if self.kind == self.Kind.FACTOR:
            return _("Time limit × %(factor)s") % {"factor": self.factor.normalize()}
        if self.kind == self.Kind.MINUTES:
            return _("%(minutes)d more minutes") % {"minutes": self.extra_minutes}
        return str(self.Kind.UNTIMED.label)
