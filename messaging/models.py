"""The outbox: one row per message to send, written in the transaction that decides it.

Channel-independent (e-mail, SMS, WhatsApp: each channel's adapter reads the same rows):
who (``recipient`` and the ``address`` at the time), what (``template_key``, ``language``
and the template's ``context``), why (``purpose``: transactional or promotional), until
when it is worth sending (``expires_at``), and how far it got (``status``, ``attempts``,
the lease ``claimed_at``, ``sent_at``, the provider's message id, the last error).
``key`` is unique: the same message is recorded once whatever the retries, and the
provider's idempotency reference (an e-mail's Message-ID) is made from it, so a
provider can tell a repeated send from a new one.

``OptOut`` is the sender's suppression list: a channel and an address that said STOP
(by the one-tap link or a keyword). It takes effect on the next message, whatever the
consent record says, because the sender reads it just before sending.
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
        #: Its validity (``expires_at``) passed before it could go: never sent late.
        EXPIRED = "expired", _("Expired")
        #: Promotional, and the person has not agreed to it on this channel or said STOP.
        WITHHELD = "withheld", _("Withheld")
        #: Its reason was gone when its turn came (a reminder to someone who has since
        #: done the lesson): never sent.
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Purpose(models.TextChoices):
        #: Asked for by the person or about their own record (sign-in codes, a certificate
        #: issued): sent at any hour, whatever their choices about other messages.
        TRANSACTIONAL = "transactional", _("Transactional")
        #: Reminders, news: only with consent for the channel, outside quiet hours, capped.
        PROMOTIONAL = "promotional", _("Promotional")

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
    purpose = models.CharField(
        _("purpose"), max_length=13, choices=Purpose, default=Purpose.TRANSACTIONAL
    )
    #: Not worth sending after this (a sign-in code's ten minutes): then "expired".
    expires_at = models.DateTimeField(_("valid until"), null=True, blank=True)
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
            # The frequency cap counts a person's promotional messages of the last day.
            models.Index(
                fields=["recipient", "sent_at"],
                condition=Q(purpose="promotional"),
                name="outbox_promotional_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False),
                name="outbox_sent_has_sent_at",
            ),
        ]

    def __str__(self):
        return f"{self.template_key} → {self.address} ({self.get_status_display()})"

    @property
    def preview(self) -> str:
        """The text as the person gets it (secrets masked unless on the console adapter)."""
        from messaging.rendering import message_preview

        return message_preview(self)

    preview.fget.short_description = _("text")


class OptOut(models.Model):
    """An address that asked for no more promotional messages on a channel."""

    class Method(models.TextChoices):
        LINK = "link", _("Opt-out link")
        KEYWORD = "keyword", _("STOP keyword")

    channel = models.CharField(_("channel"), max_length=10, choices=OutboxMessage.Channel)
    #: As the sender writes it (``messaging.addresses.address_normalise``).
    address = models.CharField(_("address"), max_length=254)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    method = models.CharField(_("how"), max_length=10, choices=Method)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("opt-out")
        verbose_name_plural = _("opt-outs")
        constraints = [
            models.UniqueConstraint(fields=["channel", "address"], name="optout_once_per_address")
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.address}"
