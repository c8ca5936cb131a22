"""The privacy notice, in versions, and each person's consent: to a version of the
notice, and to messages on each channel.

A notice is one version: administrators write it in the Wagtail admin as a draft
(with revisions) and publish it once; from then on it is immutable, because the
consents given to it point at it. The next version is a new notice. The current one
is the latest published (``PrivacyNotice.objects.current()``).

Changes of state go through consent.services; queries through consent.selectors.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, RevisionMixin

from lms.errors import ApplicationError


class Channel(models.TextChoices):
    """The channels a message may go out on (the same codes as messaging's outbox)."""

    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")


class Method(models.TextChoices):
    """How a consent (or its withdrawal) was given."""

    SIGNUP = "signup", _("sign-up form")
    IMPORT = "import", _("coordinator's import, with the organisation's own consent record")
    PHONE_SIGN_IN = "phone_sign_in", _("sign-in by mobile number")
    NOTICE_PAGE = "notice_page", _("asked again on a visit (new notice)")
    PREFERENCES = "preferences", _("message settings page")
    OPT_OUT_LINK = "opt_out_link", _("opt-out link in a message")
    STOP_KEYWORD = "stop_keyword", _("STOP reply")


class NoticeImmutable(ApplicationError):
    status = 409
    default_message = _("A published privacy notice cannot be changed: write a new version.")


#: The notice's parts, each in English and Hindi: what the DPDP Act asks a notice to say.
SECTIONS = (
    ("collected", _("What we collect")),
    ("purpose", _("Why we collect it")),
    ("recipients", _("Who sees it")),
    ("retention", _("How long we keep it")),
    ("withdrawal", _("How to withdraw your consent, see, correct or erase your data")),
)


class PrivacyNoticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(version__isnull=False, live=True)

    def current(self):
        """The notice in force: the latest published version, or None."""
        return self.published().order_by("-version").first()


def _section_field(label, language) -> models.TextField:
    return models.TextField(
        format_lazy("{} ({})", label, language),
        help_text=_("Plain text; a blank line starts a new paragraph."),
    )


ENGLISH, HINDI = _("English"), _("Hindi")


class PrivacyNotice(DraftStateMixin, RevisionMixin, models.Model):
    """One version of the privacy notice, in English and Hindi."""

    # A draft until published (Wagtail's default is live).
    live = models.BooleanField(verbose_name=_("live"), default=False, editable=False)
    # Given on the first publication (publish()): drafts have none.
    version = models.PositiveIntegerField(_("version"), null=True, blank=True, editable=False)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_hi = models.CharField(_("title (Hindi)"), max_length=200)
    changes_en = models.TextField(
        _("what changed since the last version (English)"),
        blank=True,
        help_text=_(
            "Shown to volunteers who agreed to an earlier version when they are asked again."
        ),
    )
    changes_hi = models.TextField(_("what changed since the last version (Hindi)"), blank=True)
    collected_en = _section_field(_("What we collect"), ENGLISH)
    collected_hi = _section_field(_("What we collect"), HINDI)
    purpose_en = _section_field(_("Why we collect it"), ENGLISH)
    purpose_hi = _section_field(_("Why we collect it"), HINDI)
    recipients_en = _section_field(_("Who sees it"), ENGLISH)
    recipients_hi = _section_field(_("Who sees it"), HINDI)
    retention_en = _section_field(_("How long we keep it"), ENGLISH)
    retention_hi = _section_field(_("How long we keep it"), HINDI)
    withdrawal_en = _section_field(_("How to withdraw"), ENGLISH)
    withdrawal_hi = _section_field(_("How to withdraw"), HINDI)

    objects = PrivacyNoticeQuerySet.as_manager()

    #: What a published version may no longer change.
    CONTENT_FIELDS = (
        "title_en",
        "title_hi",
        "changes_en",
        "changes_hi",
        *(f"{name}_{lang}" for name, _label in SECTIONS for lang in ("en", "hi")),
    )

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")
        constraints = [
            models.UniqueConstraint(fields=["version"], name="privacy_notice_version_unique")
        ]

    def __str__(self):
        if self.version:
            return _("%(title)s (version %(version)d)") % {
                "title": self.title_en,
                "version": self.version,
            }
        return _("%(title)s (draft)") % {"title": self.title_en}

    def save(self, *args, **kwargs):
        # Consents point at a published version: what they agreed to must stay as it
        # was (the admin offers no edit of one; this holds for any other code too).
        if self.pk:
            stored = (
                PrivacyNotice.objects.filter(pk=self.pk)
                .values("version", *self.CONTENT_FIELDS)
                .first()
            )
            if stored and stored["version"] is not None:
                if any(stored[f] != getattr(self, f) for f in self.CONTENT_FIELDS):
                    raise NoticeImmutable()
                self.version = stored["version"]
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.version is not None

    def in_language(self, name: str) -> str:
        """A part in the language being used: Hindi where written, else English."""
        if (get_language() or "").startswith("hi"):
            hindi = getattr(self, f"{name}_hi")
            if hindi.strip():
                return hindi
        return getattr(self, f"{name}_en")

    @property
    def title(self) -> str:
        return self.in_language("title")

    @property
    def changes(self) -> str:
        return self.in_language("changes")

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) in the language being used, in the notice's order."""
        return [(str(label), self.in_language(name)) for name, label in SECTIONS]

    def publish(self, revision, *args, **kwargs):
        """Wagtail's publish; the first publication also numbers the version."""
        result = super().publish(revision, *args, **kwargs)
        with transaction.atomic():
            if PrivacyNotice.objects.filter(pk=self.pk, version__isnull=True).exists():
                latest = PrivacyNotice.objects.aggregate(models.Max("version"))["version__max"]
                # Two versions published at once collide on the unique constraint.
                PrivacyNotice.objects.filter(pk=self.pk).update(version=(latest or 0) + 1)
        return result


class NoticeConsent(models.Model):
    """A person agreed to a version of the notice: when and how."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="notice_consents",
    )
    notice = models.ForeignKey(
        PrivacyNotice,
        verbose_name=_("notice"),
        on_delete=models.PROTECT,
        related_name="consents",
    )
    given_at = models.DateTimeField(_("given at"))
    method = models.CharField(_("how"), max_length=20, choices=Method)
    # For an import: the organisation's own consent record the coordinator named.
    reference = models.CharField(_("record"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("consent to the notice")
        verbose_name_plural = _("consents to the notice")
        constraints = [
            models.UniqueConstraint(fields=["user", "notice"], name="notice_consent_once")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.notice_id} ({self.method})"


class ChannelChoice(models.Model):
    """A person's yes or no to messages on a channel, with when and how."""

    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    allowed = models.BooleanField(_("allowed"))
    changed_at = models.DateTimeField(_("when"))
    method = models.CharField(_("how"), max_length=20, choices=Method)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.user_id} {self.channel}: {'yes' if self.allowed else 'no'} ({self.method})"


class ChannelConsent(ChannelChoice):
    """Whether a person agrees to messages on a channel now: one row per person and
    channel, the sender's set-based look-up (consent.selectors.channels_allowed).
    Every change is also kept in ChannelConsentChange."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="channel_consents",
    )

    class Meta:
        verbose_name = _("message consent")
        verbose_name_plural = _("message consents")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "channel"], name="channel_consent_one_per_channel"
            )
        ]
        # The sender asks "which of these people allow this channel": channel first.
        indexes = [models.Index(fields=["channel", "user"], name="channel_consent_lookup")]


class ChannelConsentChange(ChannelChoice):
    """The history of a person's message consent: each grant and withdrawal."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("change of message consent")
        verbose_name_plural = _("changes of message consent")
        indexes = [models.Index(fields=["user", "changed_at"], name="channel_consent_history")]
