"""The "spot the fake" question: django-quiz-app's Question, extended by ours.

A trainee sees a post (text, a picture, or both, with the source and date it claims)
and answers a verdict (genuine, misleading, fabricated, can't tell yet) and the
evidence that decides it, ticked from a list the trainer wrote. Scored with partial
credit (courses.quiz_scoring.spot_credit). Like MCQuestion and TF_Question, it is a
subclass of the package's Question (multi-table inheritance), so quizzes, categories,
quotas and Sitting treat it as any other question.

``SpotAnswer`` keeps each answer's verdict, ticks and credit, with the question's
manipulation type as it was asked: the partial credit the integer Sitting score cannot
hold, and the quiz report's results by manipulation type.
"""

from quiz.models import Question

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.images import get_image_model_string


class Verdict(models.TextChoices):
    # The context the lesson's "spot the fake" block uses for its verdicts.
    GENUINE = "genuine", pgettext_lazy("verdict on a claim", "Genuine")
    MISLEADING = "misleading", pgettext_lazy("verdict on a claim", "Misleading")
    FABRICATED = "fabricated", pgettext_lazy("verdict on a claim", "Fabricated")
    CANT_TELL = "cant_tell", pgettext_lazy("verdict on a claim", "Can't tell yet")


class Manipulation(models.TextChoices):
    """How the post misleads: what the quiz report groups results by."""

    NONE = "none", _("None: the post is genuine")
    OLD_IMAGE = "old_image", _("Old or unrelated picture reused")
    EDITED_IMAGE = "edited_image", _("Edited or generated picture")
    FALSE_CONTEXT = "false_context", _("Wrong date, place or context")
    IMPOSTOR_SOURCE = "impostor_source", _("Impostor or altered source")
    QUOTE = "quote", _("Quote made up or out of context")
    FABRICATED_CONTENT = "fabricated_content", _("Made-up claim or figures")
    UNVERIFIED = "unverified", _("Not verifiable yet")


class SpotTheFakeQuestion(Question):
    post_text = models.TextField(
        _("the post's text"),
        max_length=2000,
        blank=True,
        help_text=_("As the trainee would see it shared. Leave empty for a picture alone."),
    )
    post_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("the post's picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_image_alt = models.CharField(
        _("the picture described"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the picture shows, for trainees who cannot see it; do not give the answer away."
        ),
    )
    claimed_source = models.CharField(
        _("claimed source"),
        max_length=200,
        help_text=_("Who the post says it comes from, e.g. a channel or a page."),
    )
    claimed_date = models.DateField(_("claimed date"))
    verdict = models.CharField(_("right verdict"), max_length=20, choices=Verdict)
    manipulation = models.CharField(
        _("manipulation type"),
        max_length=30,
        choices=Manipulation,
        help_text=_("How the post misleads; the quiz report groups results by it."),
    )

    class Meta:
        verbose_name = _("spot-the-fake question")
        verbose_name_plural = _("spot-the-fake questions")
        constraints = [
            # A genuine post has no manipulation, and only a genuine one.
            models.CheckConstraint(
                condition=models.Q(verdict="genuine", manipulation="none")
                | (~models.Q(verdict="genuine") & ~models.Q(manipulation="none")),
                name="spot_genuine_iff_no_manipulation",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if not self.post_text.strip() and self.post_image_id is None:
            errors["post_text"] = _("Give the post's text, its picture, or both.")
        if self.post_image_id is not None and not self.post_image_alt.strip():
            errors["post_image_alt"] = _("Describe the picture for trainees who cannot see it.")
        genuine = self.verdict == Verdict.GENUINE
        if (
            self.verdict
            and self.manipulation
            and genuine != (self.manipulation == Manipulation.NONE)
        ):
            errors["manipulation"] = (
                _("A genuine post has no manipulation type: choose “None”.")
                if genuine
                else _("Choose how the post misleads (“None” is for a genuine post).")
            )
        if errors:
            raise ValidationError(errors)


class SpotEvidence(models.Model):
    """One item of the evidence list a trainee ticks from; ``decides`` marks the ones
    that decide the verdict (at least one per question, and one that does not:
    courses.spot_admin)."""

    question = models.ForeignKey(
        SpotTheFakeQuestion, on_delete=models.CASCADE, related_name="evidence"
    )
    text = models.CharField(_("evidence"), max_length=300)
    decides = models.BooleanField(_("decides it"), default=False)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["pk"]

    def __str__(self):
        return self.text


class SpotAnswer(models.Model):
    """One counted answer to a spot-the-fake question, with its credit (0 to 1)."""

    sitting = models.ForeignKey("quiz.Sitting", on_delete=models.CASCADE, related_name="+")
    # The question's id as asked (the question may since be edited or deleted).
    question_id = models.PositiveIntegerField()
    manipulation = models.CharField(max_length=30, choices=Manipulation)
    verdict = models.CharField(max_length=20, choices=Verdict)
    verdict_right = models.BooleanField()
    evidence = models.JSONField(default=list)  # the ids ticked
    # Share of the deciding evidence found, wrong ticks taken off (0 to 1).
    evidence_found = models.DecimalField(max_digits=4, decimal_places=3)
    credit = models.DecimalField(max_digits=4, decimal_places=3)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sitting", "question_id"], name="spot_answered_once"),
            models.CheckConstraint(
                condition=models.Q(credit__gte=0, credit__lte=1), name="spot_credit_0_to_1"
            ),
        ]
        indexes = [models.Index(fields=["manipulation"])]

    def __str__(self):
        return f"Answer to spot question {self.question_id} in sitting {self.sitting_id}"
