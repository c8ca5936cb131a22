"""Erasure requests and retention warnings.

An erasure request is the record that a person is to be erased (at their own request,
or by the retention policy): confirmed when it is made, carried out by a background task
once ``due_at`` has passed (the grace period, during which the person may cancel). It
stays after the erasure, naming only the pseudonymised account, so the organisation
can show when it erased whom it was asked to.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ErasureRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ErasureRequest.Status.PENDING)

    def due(self, now):
        return self.open().filter(due_at__lte=now)


class ErasureRequest(models.Model):
    class Reason(models.TextChoices):
        OWN_REQUEST = "own_request", _("At the person's request")
        RETENTION = "retention", _("Retention period over")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the grace period to end")
        DONE = "done", _("Erased")
        CANCELLED = "cancelled", _("Cancelled")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="erasure_requests"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    #: Not before this: the grace period ends.
    due_at = models.DateTimeField(_("to be erased on"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ErasureRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("erasure request")
        ordering = ["-requested_at"]
        constraints = [
            # A second request while one is pending is refused (privacy.services).
            models.UniqueConstraint(
                fields=["user"], condition=Q(status="pending"), name="one_open_erasure_per_user"
            ),
        ]
        indexes = [
            models.Index(
                fields=["due_at"], condition=Q(status="pending"), name="erasure_pending_due"
            )
        ]

    def __str__(self):
        return f"{self.user_id}: {self.get_status_display()}"


class RetentionWarning(models.Model):
    """A person told that they will be erased for inactivity unless they come back."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="retention_warning"
    )
    warned_at = models.DateTimeField(_("warned"), auto_now_add=True)

    class Meta:
        verbose_name = _("retention warning")

    def __str__(self):
        return f"{self.user_id}: {self.warned_at:%Y-%m-%d}"
