"""Leadership certificates: their design (edited in the admin), the certificates
issued for promotions, and bulk batches."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from certificates import codes
from lms.storage import private_storage
from organisation.models import Unit


class SignatoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name or office"), max_length=100)
    title = blocks.CharBlock(label=_("Title (shown under it)"), max_length=100)
    signature = ImageChooserBlock(label=_("Signature image"), required=False)

    class Meta:
        icon = "user"
        label = _("Signatory")


WORDING_MAX_LENGTH = 1000


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """The wording, signatories and logo every leadership certificate carries.

    Plain text, not HTML: the certificate's template lays it out and escapes it.
    Empty fields fall back to the standard wording.
    """

    title_en = models.CharField(_("title in English"), max_length=100, blank=True)
    title_hi = models.CharField(_("title in Hindi"), max_length=100, blank=True)
    # The longest wording that still prints at a readable size in its box.
    wording_en = models.TextField(
        _("wording in English"),
        blank=True,
        max_length=WORDING_MAX_LENGTH,
        help_text=_("Plain text; an empty line starts a new paragraph."),
    )
    wording_hi = models.TextField(_("wording in Hindi"), blank=True, max_length=WORDING_MAX_LENGTH)
    issuer_en = models.CharField(_("issuer in English"), max_length=150, blank=True)
    issuer_hi = models.CharField(_("issuer in Hindi"), max_length=150, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())], blank=True, max_num=4, verbose_name=_("signatories")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("title_en"), FieldPanel("wording_en"), FieldPanel("issuer_en")],
            heading=_("English"),
        ),
        MultiFieldPanel(
            [FieldPanel("title_hi"), FieldPanel("wording_hi"), FieldPanel("issuer_hi")],
            heading=_("Hindi"),
        ),
        FieldPanel("logo"),
        FieldPanel("signatories"),
    ]

    class Meta:
        verbose_name = _("certificate design")


def new_code() -> str:
    """100 random bits a person can type (certificates/codes.py); the migrations name this."""
    return codes.new_code()


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(status=Certificate.Status.ISSUED)

    def current(self):
        """Issued or being generated: the one certificate a promotion may have."""
        return self.filter(status__in=Certificate.CURRENT)


class CertificateBatch(models.Model):
    """Certificates issued together for a unit's new leaders, as background work."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Generating")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)
    #: The last sign of life: created, a chunk issued certificates, or queued again.
    #: The watchdog resumes a running batch with no progress for a while.
    progress_at = models.DateTimeField(_("last progress"), null=True, blank=True)
    archive = models.FileField(
        _("ZIP of the batch"),
        storage=private_storage,
        upload_to="certificates/batches/",
        blank=True,
        max_length=255,
    )

    class Meta:
        verbose_name = _("certificate batch")
        verbose_name_plural = _("certificate batches")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.unit} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == self.Status.DONE else 0
        return round(100 * (self.done_count + self.error_count) / self.total)


class Certificate(models.Model):
    """A leadership certificate. What it says is fixed when it is issued: a
    correction issues a new one that supersedes it, and both stay."""

    class Status(models.TextChoices):
        GENERATING = "generating", _("Generating")
        ISSUED = "issued", _("Issued")
        ERROR = "error", _("Error")
        REVOKED = "revoked", _("Revoked")

    CURRENT = (Status.GENERATING, Status.ISSUED)
    #: The reason of a certificate revoked because its holder asked to be erased: the
    #: verification page says so, and shows no name (the name is erased too).
    ERASED_REASON = "Erased at the holder's request."

    leadership = models.ForeignKey(
        "certificates.Leadership", on_delete=models.PROTECT, related_name="certificates"
    )
    code = models.CharField(_("verification code"), max_length=32, unique=True, default=new_code)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.GENERATING)
    # What the certificate says.
    name_en = models.CharField(max_length=150)
    name_hi = models.CharField(max_length=150, blank=True)
    level = models.CharField(max_length=10, choices=Unit.Level)
    unit_en = models.CharField(max_length=100)
    unit_hi = models.CharField(max_length=100, blank=True)
    courses = models.JSONField(default=list, blank=True)  # [[title_en, title_hi, "YYYY-MM-DD"]]
    issued_on = models.DateField()
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The file and its fingerprint, once generated.
    pdf = models.FileField(
        storage=private_storage, upload_to="certificates/", blank=True, max_length=255
    )
    sha256 = models.CharField(max_length=64, blank=True)
    #: The signed Open Badges 3.0 credential (a compact JWS, certificates/credentials/),
    #: made with the PDF; empty for certificates issued before credentials existed
    #: until ``manage.py credentials_sign`` signs them.
    credential = models.TextField(_("signed credential"), blank=True)
    generated_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    batch = models.ForeignKey(
        CertificateBatch,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoke_reason = models.TextField(blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["leadership"],
                condition=Q(status__in=["generating", "issued"]),
                name="one_current_certificate_per_leadership",
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked") | ~Q(revoke_reason=""),
                name="certificate_revoked_with_a_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status="issued") | (~Q(sha256="") & ~Q(pdf="")),
                name="issued_certificate_has_its_pdf",
            ),
        ]
        indexes = [models.Index(fields=["batch", "status"])]

    def __str__(self):
        return f"{self.name_en} – {self.get_level_display()} leader, {self.unit_en}"

    @property
    def withdrawn_at_holders_request(self) -> bool:
        # Any certificate of an erased leader (an older, superseded one too) has no name.
        return self.status == self.Status.REVOKED and (
            self.revoke_reason == self.ERASED_REASON or not self.name_en
        )
