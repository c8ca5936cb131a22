"""Bulk imports of volunteers: one record per uploaded file, with its progress and report.

The import itself is organisation.imports (reader, validation, set-based writes); this
record is what the admin's status page polls and what a resumed task continues.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.storage import private_storage
from organisation.models.organisation import Unit


class VolunteerImportQuerySet(models.QuerySet):
    def in_unit(self, unit: Unit):
        """Imports filed under the unit or a unit below it."""
        return self.filter(unit__in=Unit.objects.within(unit))


class VolunteerImport(models.Model):
    scope_lookup = "unit"  # organisation.permissions

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    # Lists of volunteers' phone numbers: private, served only by views that check scope.
    file = models.FileField(
        _("file"),
        storage=private_storage,
        upload_to="imports/%Y/%m/",
        blank=True,
        max_length=255,
    )
    file_name = models.CharField(_("file name"), max_length=255)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # The importer's scope when the file was uploaded: rows outside it are errors.
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.QUEUED, db_index=True
    )
    message = models.TextField(_("message"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # A running import writes here at every batch; a stale one can be resumed.
    updated_at = models.DateTimeField(_("last progress"), null=True, blank=True)

    # Progress: bytes of a CSV file, rows of an Excel sheet.
    progress_done = models.BigIntegerField(default=0)
    progress_total = models.BigIntegerField(default=0)
    # The last line whose batch is committed: a resumed task continues after it.
    checkpoint_line = models.PositiveIntegerField(default=0)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)

    imported_count = models.PositiveIntegerField(_("imported"), default=0)
    skipped_count = models.PositiveIntegerField(_("already registered"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    # The first errors as [line, phone, reason], for the status page; all of them
    # are in error_report.
    first_errors = models.JSONField(default=list, blank=True)
    error_report = models.FileField(
        _("error report"),
        storage=private_storage,
        upload_to="imports/reports/%Y/%m/",
        blank=True,
        max_length=255,
    )

    send_invitations = models.BooleanField(
        _("send invitations"),
        default=False,
        help_text=_("E-mail volunteers who have an e-mail address a link to set their password."),
    )
    # Consent: the organisation's own record of the volunteers' consent, as the
    # importer names it, and the channels that record covers. The consent app
    # records it for each volunteer the import creates (organisation.signals).
    consent_record = models.CharField(
        _("organisation's consent record"),
        max_length=300,
        blank=True,
        help_text=_(
            "Where the volunteers' consent is kept, e.g. \"Membership forms, Indore office, "
            'March 2026". Import only people who agreed.'
        ),
    )
    consent_channels = models.JSONField(_("messages agreed to on"), default=list, blank=True)
    # The last StageChange id whose volunteer's invitation is recorded in the outbox (or
    # who needed none); the outbox counts what was sent (imports.invitations).
    invited_up_to = models.BigIntegerField(default=0)

    objects = VolunteerImportQuerySet.as_manager()

    class Meta:
        db_table = "lms_volunteerimport"  # its table from before the move out of lms
        verbose_name = _("volunteer import")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["unit", "created_at"], name="volunteer_import_unit")]

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def note(self) -> str:
        """The note on each imported volunteer's first stage change."""
        return f"Imported from {self.file_name} (import {self.pk})"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        if not self.progress_total:
            return 0
        return min(100, int(100 * self.progress_done / self.progress_total))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
