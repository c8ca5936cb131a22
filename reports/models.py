"""The reports keep no data: this model only carries their permissions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Reports(models.Model):
    """No table. A permission needs a content type, and a content type without a model is
    "stale": `manage.py remove_stale_contenttypes` would delete it and every grant of it.
    Wagtail carries its `wagtailadmin.access_admin` on a model of this kind (`Admin`)."""

    class Meta:
        managed = False
        verbose_name = _("training reports")
        default_permissions = ()
        permissions = [
            ("view_reports", _("Can see the training reports of the unit they coordinate")),
            (
                "view_course_reports",
                _("Can see the course and quiz reports of the whole organisation"),
            ),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
