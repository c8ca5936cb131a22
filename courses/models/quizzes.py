"""What we add to django-quiz-app's Quiz and Sitting, from our side.

Its Sitting keeps the attempt's questions, answers and score. We add: rules per
quiz (time limit, attempts, review), the timing and outcome of each attempt,
and the marks trainers give essay answers.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QuizRules(models.Model):
    class Review(models.TextChoices):
        AFTER_EACH = "after_each", _("After each question: correct answer and explanation")
        AT_END = "at_end", _("At the end: all answers and explanations")
        NEVER = "never", _("Never: only the score")

    quiz = models.OneToOneField(
        "quiz.Quiz", on_delete=models.CASCADE, primary_key=True, related_name="rules"
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. Answers after the limit are not scored."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    review = models.CharField(
        _("show answers"), max_length=20, choices=Review, default=Review.AT_END
    )
    options_shown = models.PositiveSmallIntegerField(
        _("options shown per multiple-choice question"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty to show every option. Otherwise the right answer and a random "
            "choice of wrong ones, different in each attempt."
        ),
    )

    # Issue 17: a practice quiz a trainee may answer with no network; the phone sends the
    # answers later (courses/practice.py). Only untimed: a deadline needs the server's clock.
    answer_offline = models.BooleanField(
        _("practice quiz: may be answered offline"),
        default=False,
        help_text=_(
            "Trainees may answer every question on one page, even with no network; the "
            "phone sends the answers when it is back online, and they are scored then. "
            "Only for quizzes without a time limit, without a number of options shown and "
            "without questions drawn per attempt."
        ),
    )

    class Meta:
        verbose_name = _("quiz rules")
        verbose_name_plural = _("quiz rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answer_offline=False)
                | models.Q(time_limit_minutes__isnull=True, options_shown__isnull=True),
                name="offline_practice_is_untimed",
            )
        ]

    def __str__(self):
        return f"Rules for {self.quiz}"

    @classmethod
    def for_quiz(cls, quiz):
        """The quiz's rules, or the defaults (unsaved) when it has none."""
        try:
            return quiz.rules
        except cls.DoesNotExist:
            return cls(quiz=quiz)


class QuizAttemptQuerySet(models.QuerySet):
    def open(self):
        return self.filter(finished_at__isnull=True)

    def finished(self):
        return self.filter(finished_at__isnull=False)


class QuizAttempt(models.Model):
    """Our side of one django-quiz-app Sitting: when it started, its deadline, how it ended."""

    class Ending(models.TextChoices):
        ANSWERED = "answered", _("All questions answered")
        TIMED_OUT = "timed_out", _("Time limit reached")

    sitting = models.OneToOneField(
        "quiz.Sitting", on_delete=models.CASCADE, primary_key=True, related_name="attempt"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey("quiz.Quiz", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    started_at = models.DateTimeField(default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    ending = models.CharField(max_length=20, choices=Ending, blank=True)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    # What was asked, as it was asked: each question's text, its options in the order
    # shown and which were right (courses.quiz_draw). Scoring, review and marking read
    # this, so a question edited after the draw does not change the attempt. Empty
    # for attempts begun before draws were recorded.
    draw = models.JSONField(default=list, blank=True, editable=False)
    # RESTRICT: an accommodation that set a deadline is kept (revoked, not deleted); a
    # trainee deleted with their attempts takes both.
    accommodation = models.ForeignKey(
        "courses.QuizAccommodation",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="attempts",
        help_text="The accommodation that set this attempt's deadline.",
    )

    objects = QuizAttemptQuerySet.as_manager()

    class Meta:
        constraints = [
            # Two "start quiz" clicks at once cannot open two attempts.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=models.Q(finished_at__isnull=True),
                name="one_open_attempt_per_quiz",
            )
        ]
        indexes = [models.Index(fields=["user", "quiz", "finished_at"])]

    def __str__(self):
        return f"{self.user} on {self.quiz} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_open(self):
        return self.finished_at is None

    def is_past_deadline(self, now=None, grace=None):
        if self.deadline is None:
            return False
        if grace is None:
            grace = timedelta(seconds=settings.QUIZ_TIME_LIMIT_GRACE_SECONDS)
        return (now or timezone.now()) > self.deadline + grace

    def seconds_left(self, now=None):
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))


class EssayMarkQuerySet(models.QuerySet):
    def awaiting(self):
        return self.filter(correct__isnull=True)

    def current(self):
        """Answers from each trainee's latest attempt at a course's quiz (in any language):
        not from an attempt the trainee has since retaken."""
        later = QuizAttempt.objects.filter(
            user_id=models.OuterRef("sitting__user_id"),
            course_id=models.OuterRef("sitting__attempt__course_id"),
            started_at__gt=models.OuterRef("sitting__attempt__started_at"),
        )
        return self.filter(~models.Exists(later))


class EssayMark(models.Model):
    """One essay answer, waiting for a trainer's mark (correct is None) or marked, once."""

    sitting = models.ForeignKey("quiz.Sitting", on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey("quiz.Question", on_delete=models.CASCADE, related_name="+")
    answered_at = models.DateTimeField(default=timezone.now)
    correct = models.BooleanField(_("accepted"), null=True)
    comment = models.TextField(_("comment for the trainee"), blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    marked_at = models.DateTimeField(null=True, blank=True)

    objects = EssayMarkQuerySet.as_manager()

    #: The way to the trainee's volunteer profile, for the scope policy
    #: (organisation.permissions.scope_filter): whose answers a coordinator may mark.
    scope_lookup = "sitting__user__volunteer_profile"

    class Meta:
        indexes = [
            models.Index(
                fields=["answered_at"],
                condition=models.Q(correct__isnull=True),
                name="essay_awaiting_marking",
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["sitting", "question"], name="essay_marked_once")
        ]
        permissions = [("mark_essays", "Can mark essay answers")]

    def __str__(self):
        return f"Mark for question {self.question_id} in sitting {self.sitting_id}"


class AttemptClient(models.Model):
    """A client an attempt's answers came from: a keyed hash of the network address and
    the browser (courses.clients.client_fingerprint), never the address itself. Kept for
    the answer-sharing report (many accounts answering from one client), once per
    attempt and client."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="clients")
    client = models.CharField(max_length=32)
    first_answer_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "client"], name="attempt_client_once")
        ]
        indexes = [models.Index(fields=["client"])]

    def __str__(self):
        return f"Client {self.client[:8]} of attempt {self.attempt_id}"
