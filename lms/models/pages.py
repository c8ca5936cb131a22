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
