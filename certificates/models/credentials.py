"""The revocation lists of signed credentials, as published (W3C Bitstring Status List)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusList(models.Model):
    """One published Bitstring Status List credential: the bit of certificate ``pk`` is
    bit ``pk % SIZE`` of list ``pk // SIZE`` (certificates/credentials/status_list.py).

    Re-signed in the transaction of every revocation (its row is the lock that orders
    two revocations of one list), so the list served is never behind the database.
    """

    number = models.PositiveIntegerField(primary_key=True)
    credential = models.TextField(_("signed status list"))
    revoked_count = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField()

    class Meta:
        verbose_name = _("credential status list")

    def __str__(self):
        return f"status list {self.number}"
