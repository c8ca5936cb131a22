"""A trainee's progress: enrolment, lessons completed, courses completed.

Records point at the default-language (canonical) course and lesson pages, so
progress is the same whichever language the trainee reads in.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrollmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class Enrollment(models.Model):
    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        COORDINATOR = "coordinator", _("Enrolled by a coordinator")
        BULK = "bulk", _("Bulk enrolment")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrollments"
    )
    source = models.CharField(max_length=20, choices=Source, default=Source.SELF)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrollment_per_course")
        ]
        indexes = [models.Index(fields=["course", "enrolled_at"])]

    def __str__(self):
        return f"{self.user} in {self.course}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    # Denormalised from the lesson's parent, so progress per course is one indexed count.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_completed_once")
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user} completed {self.lesson}"


class CourseCompletion(models.Model):
    """Recorded once, with the date and the quiz score that earned it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(auto_now_add=True)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    sitting = models.ForeignKey(
        "quiz.Sitting", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="course_completed_once"),
            models.CheckConstraint(
                condition=models.Q(score_percent__isnull=True) | models.Q(score_percent__lte=100),
                name="course_completion_score_is_a_percentage",
            ),
        ]

    def __str__(self):
        return f"{self.user} completed {self.course}"
