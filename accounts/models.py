"""A volunteer's phone as a django-otp device: the one-time code they sign in with.

``PhoneDevice`` is django-otp's ``SideChannelDevice`` (a token and its expiry, checked
by ``verify_token``) with what the product adds:

- the code is never stored: ``token`` holds a keyed hash of it (HMAC-SHA256 with the
  project's secret key, the device and the number), so neither a copy of the database
  nor an administrator's screen can sign anyone in. A slow password hash would add
  nothing: a six-digit code falls to any hash without the key, and the key is what
  keeps the hash useless;
- at most ``MAX_TRIES`` wrong codes end a code (``failures``), and
- at most ``CODES_PER_WINDOW`` codes go to one device in ``WINDOW`` (a backstop behind
  the per-number rate limit, which answers the person: ``accounts.views``).

One device per user; ``phone`` is the number its current code went to, and a code only
works while that number is still the volunteer's (``accounts.services``).
"""

from datetime import timedelta

from django_otp.models import SideChannelDevice
from django_otp.util import random_number_token

from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

CODE_DIGITS = 6
CODE_VALID = timedelta(minutes=10)
MAX_TRIES = 5
CODES_PER_WINDOW = 3
WINDOW = timedelta(minutes=15)


class Channel(models.TextChoices):
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")


def code_digest(device_id: int, phone: str, code: str) -> str:
    """The stored form of a code: keyed, so that it cannot be reversed without the key."""
    return salted_hmac(
        "accounts.PhoneDevice", f"{device_id}:{phone}:{code}", algorithm="sha256"
    ).hexdigest()


class PhoneDevice(SideChannelDevice):
    # django-otp's token, long enough for the hash instead of the code itself; None
    # (django-otp's "no code") once used or ended.
    token = models.CharField(_("code (hashed)"), max_length=64, blank=True, null=True)  # noqa: DJ001
    phone = models.CharField(_("mobile number"), max_length=10, db_index=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel, default=Channel.SMS)
    #: Wrong codes entered since the current code was made.
    failures = models.PositiveSmallIntegerField(_("wrong codes"), default=0)
    window_started_at = models.DateTimeField(null=True, blank=True)
    codes_in_window = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("phone for sign-in codes")
        verbose_name_plural = _("phones for sign-in codes")
        constraints = [
            models.UniqueConstraint(fields=["user"], name="phone_device_one_per_user"),
        ]

    def generate_is_allowed(self):
        """django-otp's question: may another code be made now (CODES_PER_WINDOW)?"""
        now = timezone.now()
        in_window = self.window_started_at and now - self.window_started_at < WINDOW
        if in_window and self.codes_in_window >= CODES_PER_WINDOW:
            return False, {"next_generation_at": self.window_started_at + WINDOW}
        return super().generate_is_allowed()

    def generate_token(self, length=CODE_DIGITS, valid_secs=None, commit=True) -> str:
        """A new code for this device (the previous one stops working): returns the code,
        keeps only its hash. The caller has checked ``generate_is_allowed``."""
        now = timezone.now()
        code = random_number_token(length)
        self.token = code_digest(self.pk, self.phone, code)
        seconds = valid_secs if valid_secs is not None else CODE_VALID.total_seconds()
        self.valid_until = now + timedelta(seconds=seconds)
        self.failures = 0
        if self.window_started_at is None or now - self.window_started_at >= WINDOW:
            self.window_started_at, self.codes_in_window = now, 0
        self.codes_in_window += 1
        if commit:
            self.save()
        return code

    def verify_is_allowed(self):
        if self.failures >= MAX_TRIES:
            return False, {"error_message": "too many wrong codes"}
        return super().verify_is_allowed()

    def token_matches(self, code: str) -> bool:
        """Whether `code` is the current, unexpired code (changes nothing)."""
        return bool(
            self.token
            and self.verify_is_allowed()[0]
            and timezone.now() < self.valid_until
            and constant_time_compare(code_digest(self.pk, self.phone, code), self.token)
        )

    def verify_token(self, token) -> bool:
        """django-otp's check, on the hash: a right code is used up, a wrong one counts."""
        if self.token_matches(str(token)):
            self.token, self.valid_until, self.failures = None, timezone.now(), 0
            self.save(update_fields=["token", "valid_until", "failures"])
            return True
        if self.token:
            self.failures += 1
            if self.failures >= MAX_TRIES:
                self.token = None  # this code is over: a new one must be asked for
            self.save(update_fields=["failures", "token"])
        return False
