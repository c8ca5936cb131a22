from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReplayKey(models.Model):
    """A request made offline and sent later, accepted once (offline/replay.py).

    The phone gives each queued request a random key; a replay of the same queue
    (a second tab, Background Sync and a page load both sending) finds the key here
    and changes nothing. A key belongs to the person who first sent it.
    """

    key = models.UUIDField(primary_key=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=200)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("request sent later")
        verbose_name_plural = _("requests sent later")
        indexes = [models.Index(fields=["received_at"])]

    def __str__(self):
        return f"{self.key} {self.path}"
