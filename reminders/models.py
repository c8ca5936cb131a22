"""Reminder rules: what brings a trainee back, configured by trainers and coordinators.

A rule is a kind (no lesson for N days, one lesson left, failed the quiz twice, a
certificate was issued; and the escalations: a leader whose team members are stuck, a
district coordinator whose teams are short of ten or leaderless), the days it counts,
the channels to try in order (the first the person agreed to and has an address for),
and optionally one course. The evaluation (reminders.evaluation) reads them; nothing
here sends anything.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

#: The outbox's channels, in the order a new rule tries them.
CHANNELS = ("whatsapp", "sms", "email")


def validate_channels(value: str) -> None:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - set(CHANNELS))
    if not names or unknown or len(set(names)) != len(names):
        raise ValidationError(
            _("List channels once each, in the order to try them, from: %(channels)s."),
            params={"channels": ", ".join(CHANNELS)},
        )


class ReminderRule(models.Model):
    class Kind(models.TextChoices):
        NO_LESSON = "no_lesson", _("No lesson for N days")
        ONE_LESSON_LEFT = "one_lesson_left", _("One lesson left")
        QUIZ_FAILED_TWICE = "quiz_failed_twice", _("Failed the quiz twice")
        CERTIFICATE_ISSUED = "certificate_issued", _("A certificate was issued")
        TEAM_STUCK = "team_stuck", _("Tell the leader when team members are stuck")
        TEAMS_SHORT = "teams_short", _("Tell the district coordinator of teams short or leaderless")

    #: Kinds addressed to the trainee themself (the others escalate to someone else).
    TRAINEE_KINDS = (
        Kind.NO_LESSON,
        Kind.ONE_LESSON_LEFT,
        Kind.QUIZ_FAILED_TWICE,
        Kind.CERTIFICATE_ISSUED,
    )

    enabled = models.BooleanField(_("enabled"), default=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    days = models.PositiveSmallIntegerField(
        _("days"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_(
            "No lesson for this many days (a team member counts as stuck after as many); "
            "for the other kinds, how recent the event must be."
        ),
    )
    channels = models.CharField(
        _("channels, in order"),
        max_length=40,
        default=",".join(CHANNELS),
        validators=[validate_channels],
        help_text=_(
            "Tried in this order: the first the person agreed to and has an address for. "
            "For example: whatsapp,sms,email."
        ),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Only this course; empty for every course."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder rule")
        verbose_name_plural = _("reminder rules")
        ordering = ["kind", "pk"]

    def __str__(self):
        course = f" ({self.course.title})" if self.course_id else ""
        return f"{self.get_kind_display()}{course}"

    def channel_list(self) -> list[str]:
        return [name.strip() for name in self.channels.split(",") if name.strip()]
