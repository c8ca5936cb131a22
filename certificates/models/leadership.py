"""Promotion to leader: the rules that make a volunteer eligible, and the promotions."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from organisation.models import Unit


@register_setting(icon="crosshairs")
class LeadershipRules(BaseGenericSetting):
    """What a trained volunteer must have done to be promoted to leader."""

    required_courses = models.ManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses that must be complete"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_(
            "Completing all of them marks a volunteer as trained. "
            "With none chosen, any completed course does."
        ),
    )
    min_score_percent = models.PositiveSmallIntegerField(
        _("minimum quiz score (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_("The score each required course's quiz must have earned, in per cent."),
    )

    panels = [
        FieldPanel("required_courses", widget=forms.CheckboxSelectMultiple),
        FieldPanel("min_score_percent"),
    ]

    class Meta:
        verbose_name = _("leadership rules")


class LeadershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class Leadership(models.Model):
    """A volunteer's promotion to leader of a unit, at the unit's level."""

    volunteer = models.ForeignKey(
        "organisation.VolunteerProfile",
        verbose_name=_("volunteer"),
        on_delete=models.PROTECT,
        related_name="leaderships",
    )
    level = models.CharField(_("level"), max_length=10, choices=Unit.Level)
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="leaderships"
    )
    promoted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    promoted_at = models.DateTimeField(_("promoted"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)

    objects = LeadershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("leadership")
        ordering = ["-promoted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_leadership_per_volunteer",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoke_reason=""),
                name="leadership_revoked_with_a_reason",
            ),
        ]
        indexes = [models.Index(fields=["unit", "revoked_at"])]

    def __str__(self):
        return f"{self.volunteer} – {self.get_level_display()} leader, {self.unit}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
