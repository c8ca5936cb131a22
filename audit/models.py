"""The audit trail: one row per look at, or download of, volunteers' personal data.

Append-only. A row is written once (`AccessRecord.objects.create`, by `audit.recording`)
and never changed or deleted: `save()` on a stored row, `delete()` and the queryset's
`update()` / `delete()` raise `TrailIsAppendOnly`, and on PostgreSQL a trigger
(migration 0002) refuses UPDATE and DELETE on the table whoever sends them. Nothing
else points at the rows, and they point at users and volunteers by number only (no
database constraint, no cascade), so that erasing a person never has to touch them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TrailIsAppendOnly(Exception):
    """Raised on any attempt to change or delete a row of the trail."""


class AccessRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TrailIsAppendOnly("The audit trail cannot be changed.")

    def delete(self):
        raise TrailIsAppendOnly("The audit trail cannot be deleted.")

    _raw_delete = delete

    def in_unit(self, unit_ids) -> "AccessRecordQuerySet":
        """What was done by a coordinator of these units, or to their volunteers' data."""
        return self.filter(models.Q(scope__in=unit_ids) | models.Q(unit__in=unit_ids))


class AccessRecord(models.Model):
    class Action(models.TextChoices):
        VOLUNTEER_VIEW = "volunteer_view", _("Opened a volunteer's page")
        VOLUNTEER_LIST = "volunteer_list", _("Listed volunteers")
        VOLUNTEER_LIST_EXPORT = "volunteer_list_export", _("Downloaded the volunteer list")
        VOLUNTEER_EXPORT = "volunteer_export", _("Exported volunteers for import")
        IMPORT_ERRORS = "import_errors", _("Downloaded an import's error report")
        CERTIFICATE_ARCHIVE = "certificate_archive", _("Downloaded a batch of certificates")
        CERTIFICATE_DOWNLOAD = "certificate_download", _("Downloaded a leader's certificate")
        REPORT_EXPORT = "report_export", _("Exported a report with names")

    class Outcome(models.TextChoices):
        SHOWN = "shown", _("Shown")
        REFUSED = "refused", _("Refused: not found or outside the scope")
        RATE_LIMITED = "rate_limited", _("Refused: too many downloads")

    at = models.DateTimeField(_("when"), default=timezone.now)
    # By number, without a constraint or a cascade: the row outlives the account
    # (erasure pseudonymises the user; the trail keeps the number).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    # The coordinator's unit when they acted.
    scope = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("their unit"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The unit whose volunteers were shown (a filter's unit, a volunteer's district);
    # empty for a refusal, so that the trail never says where a record lies.
    unit = models.ForeignKey(
        "organisation.Unit",
        verbose_name=_("data of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=32, choices=Action)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome, default="shown")
    # The volunteer, import or batch asked for, by number.
    object_id = models.PositiveBigIntegerField(_("record"), null=True, blank=True)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    row_count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    purpose = models.TextField(_("purpose"), blank=True)

    objects = AccessRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit record")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["-at"], name="audit_at"),
            models.Index(fields=["scope", "-at"], name="audit_scope_at"),
            models.Index(fields=["unit", "-at"], name="audit_unit_at"),
            models.Index(fields=["actor", "-at"], name="audit_actor_at"),
        ]
        # Reading is the only thing anyone may do.
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_id} {self.action} {self.outcome}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TrailIsAppendOnly("The audit trail cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TrailIsAppendOnly("The audit trail cannot be deleted.")
