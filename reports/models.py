"""The reports' permissions (on a model without a table), the one report that is
stored because it runs in the background (answer sharing: its runs and clusters), the
weekly digests' record, and item analysis's summary (its sums and when they were counted)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reports(models.Model):
    """No table. A permission needs a content type, and a content type without a model is
    "stale": `manage.py remove_stale_contenttypes` would delete it and every grant of it.
    Wagtail carries its `wagtailadmin.access_admin` on a model of this kind (`Admin`)."""

    class Meta:
        managed = False
        verbose_name = _("training reports")
        default_permissions = ()
        permissions = [
            ("view_reports", _("Can see the training reports of the unit they coordinate")),
            (
                "view_course_reports",
                _("Can see the course and quiz reports of the whole organisation"),
            ),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)


class AnswerSharingRun(models.Model):
    """One run of the answer-sharing report over a unit's finished attempts, in the
    background (reports.tasks.answer_sharing_run), with its progress and its clusters.
    For a coordinator's review only: nothing here changes a score or an attempt."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    unit = models.ForeignKey("organisation.Unit", on_delete=models.CASCADE, related_name="+")
    quiz = models.ForeignKey(
        "quiz.Quiz", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    date_from = models.DateField(null=True, blank=True)
    date_to = models.DateField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    # Attempts read so far and in all: the progress bar.
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["unit", "-created_at"])]

    def __str__(self):
        return f"Answer sharing in {self.unit} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(99, 100 * self.done // self.total) if self.total else 0


class AnswerSharingCluster(models.Model):
    """Attempts that look answered together, with the evidence, for a person to review."""

    class Kind(models.TextChoices):
        SAME_WRONG_ANSWERS = "same_wrong", _("Same wrong answers within a short time")
        FAST = "fast", _("Implausibly fast")
        SHARED_CLIENT = "shared_client", _("Many accounts answering from one client")

    run = models.ForeignKey(AnswerSharingRun, on_delete=models.CASCADE, related_name="clusters")
    kind = models.CharField(max_length=20, choices=Kind)
    unit = models.ForeignKey("organisation.Unit", on_delete=models.CASCADE, related_name="+")
    quiz = models.ForeignKey("quiz.Quiz", on_delete=models.CASCADE, null=True, related_name="+")
    attempts = models.JSONField(default=list)  # QuizAttempt ids (their sittings' ids)
    accounts = models.PositiveIntegerField()
    first_at = models.DateTimeField()
    last_at = models.DateTimeField()
    # What a reviewer needs to judge it: the shared wrong answers and how rare they are,
    # the seconds per question, the client's hash: see reports.answer_sharing.
    evidence = models.JSONField(default=dict)

    class Meta:
        default_permissions = ()
        ordering = ["-accounts", "first_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {len(self.attempts)} attempts in {self.unit}"


class DigestWeek(models.Model):
    """One week's sending of the coordinators' digests (reports.digest_sending): started by
    the watchdog's first sweep of the week, queued again by a later sweep if its worker
    stopped, finished once every coordinator was done. Each digest is an outbox message
    keyed by coordinator and week, so a week sent twice sends each digest once."""

    week = models.CharField(max_length=8, unique=True)  # ISO week, "2026-W49"
    started_at = models.DateTimeField(default=timezone.now)
    progress_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Coordinators looked at, and digests recorded (an empty digest is not sent).
    done = models.PositiveIntegerField(default=0)
    sent = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return f"Digests of {self.week}"


class ItemSummary(models.Model):
    """Item analysis's sums over every finished attempt, per quiz, question, state,
    district and option chosen: what `reports.item_stats.ItemStats` adds up, so a unit's
    item analysis reads a few thousand rows instead of every answer. Derived data, rebuilt
    whole by `reports.item_summary.item_summary_refresh` (nothing else writes it); the
    references hold no constraint, so deleting a quiz, a question or a unit is not held
    up by it (their rows go at the next refresh)."""

    quiz = models.ForeignKey(
        "quiz.Quiz", on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
        related_name="+",
    )  # fmt: skip
    question = models.ForeignKey(
        "quiz.Question", on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
        related_name="+",
    )  # fmt: skip
    state = models.ForeignKey(
        "organisation.Unit", on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
        null=True, related_name="+",
    )  # fmt: skip
    district = models.ForeignKey(
        "organisation.Unit", on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
        null=True, related_name="+",
    )  # fmt: skip
    # The option as stored in the answers (an answer id, "True", "False"); "" for an
    # answer that is not an option (an essay, a spot-the-fake verdict).
    choice = models.TextField(blank=True)
    answered = models.PositiveIntegerField()
    pending = models.PositiveIntegerField()  # essays awaiting a mark
    right = models.PositiveIntegerField()
    # Over marked answers, y the attempt's other right answers: Σy, Σy², Σxy.
    sum_y = models.BigIntegerField()
    sum_yy = models.BigIntegerField()
    sum_xy = models.BigIntegerField()

    class Meta:
        default_permissions = ()
        indexes = [
            models.Index(fields=["quiz", "state"], name="item_summary_quiz_state"),
            models.Index(fields=["quiz", "district"], name="item_summary_quiz_district"),
        ]

    def __str__(self):
        return f"Quiz {self.quiz_id}, question {self.question_id}, district {self.district_id}"


class ItemSummaryState(models.Model):
    """The item summary's one row: when its figures were counted (every answer committed
    by then is in them) and what the last refresh cost. The refresh holds it locked, so
    two refreshes never interleave."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    counted_at = models.DateTimeField(null=True, blank=True)
    seconds = models.FloatField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="item_summary_one_state")
        ]

    def __str__(self):
        return f"Item summary counted at {self.counted_at}"
