from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from lms.page_cache import opt_in


class HomePage(Page):
    """The site's root page: a welcome for volunteers and the way into training."""

    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown under the title."),
    )
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The site's sections (the course catalogue, later others), in menu order.
        context["sections"] = self.get_children().live().specific().order_by("path")
        if not self.get_view_restrictions().exists():
            opt_in(request)
        return context


class VolunteerProfile(models.Model):
    """What the organisation knows of a volunteer beyond their log-in.

    State and district are plain text until the organisation's units (national,
    state, district) exist as records.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile"
    )
    name_en = models.CharField(_("name in English"), max_length=150)
    name_hi = models.CharField(_("name in Hindi"), max_length=150, blank=True)
    phone = models.CharField(
        _("mobile number"),
        max_length=15,
        unique=True,
        null=True,
        blank=True,
        validators=[
            RegexValidator(
                r"^\+?[0-9]{10,14}$", _("Enter a mobile number of 10 digits, e.g. 9876543210.")
            )
        ],
    )
    state = models.CharField(_("state"), max_length=100, blank=True)
    district = models.CharField(_("district"), max_length=100, blank=True)
    skills = models.CharField(
        _("skills"),
        max_length=300,
        blank=True,
        help_text=_("For example: writing, video editing, design, fact-checking."),
    )

    class Meta:
        verbose_name = _("volunteer profile")

    def __str__(self):
        return self.name_en
