"""The outbox: one row per message to send, written in the transaction that decides it.

Channel-independent (e-mail today; SMS and WhatsApp adapters can read the same rows):
who (``recipient`` and the ``address`` at the time), what (``template_key``, ``language``
and the template's ``context``), and how far it got (``status``, ``attempts``, the lease
``claimed_at``, ``sent_at``, the provider's message id, the last error). ``key`` is unique:
the same message is recorded once whatever the retries, and the e-mail's Message-ID
is made from it, so a provider can tell a repeated send from a new one.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")
        WHATSAPP = "whatsapp", _("WhatsApp")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    #: What the message belongs to, for counts and retries in bulk ("certificate-batch:12").
    group = models.CharField(_("group"), max_length=100, blank=True, db_index=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=254)
    template_key = models.CharField(_("template"), max_length=100)
    language = models.CharField(_("language"), max_length=10, default="en")
    context = models.JSONField(_("template variables"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    #: Not before this (back-off after a failed attempt).
    available_at = models.DateTimeField(_("not before"), auto_now_add=True)
    #: When a sender took it; another may take it once the lease has expired.
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    #: When a send job was last queued for it (the watchdog queues again after a while).
    queued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    provider_message_id = models.CharField(_("provider's message id"), max_length=255, blank=True)
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["available_at"],
                condition=Q(status__in=["pending", "sending"]),
                name="outbox_unsent_idx",
            ),
            models.Index(fields=["group", "status"], name="outbox_group_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False),
                name="outbox_sent_has_sent_at",
            ),
        ]

    def __str__(self):
        return f"{self.template_key} → {self.address} ({self.get_status_display()})"
