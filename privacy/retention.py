"""The retention policy: volunteers not selected, and sign-ups who never went further,
inactive for ``PRIVACY_RETENTION_MONTHS`` are warned, then erased
``PRIVACY_RETENTION_WARNING_DAYS`` later unless they came back (docs/data-processing.md).

Inactive means: their stage has not changed and they have not signed in since the
cut-off. Run daily by the watchdog's sweep (``privacy.receivers``) or by
``manage.py privacy_retention``; every step is idempotent (one warning per person, one
pending request per person), so a run killed midway is simply run again.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.formats import date_format

from messaging.outbox import Message, messages_record
from organisation.models import Stage, VolunteerProfile
from privacy.models import ErasureRequest, RetentionWarning

#: The stages the policy applies to: people the organisation did not take on.
RETAINED_STAGES = (Stage.SIGNED_UP, Stage.NOT_SELECTED)
BATCH = 2_000


def inactivity_cutoff(now):
    days = round(settings.PRIVACY_RETENTION_MONTHS * 365.25 / 12)
    return now - timedelta(days=days)


def retention_candidates(now):
    """Volunteers the policy applies to today: not taken on, inactive since the cut-off,
    not already erased or waiting for it, and no staff."""
    cutoff = inactivity_cutoff(now)
    return (
        VolunteerProfile.objects.filter(
            stage__in=RETAINED_STAGES,
            stage_changed_at__lt=cutoff,
            user__is_active=True,
            user__is_staff=False,
        )
        .filter(Q(user__last_login__isnull=True) | Q(user__last_login__lt=cutoff))
        .exclude(user__erasure_requests__status=ErasureRequest.Status.PENDING)
    )


def _warn(profiles: list[dict], now) -> int:
    erase_on = date_format(
        timezone.localtime(now + timedelta(days=settings.PRIVACY_RETENTION_WARNING_DAYS)),
        "j F Y",
    )
    RetentionWarning.objects.bulk_create(
        [RetentionWarning(user_id=p["user_id"]) for p in profiles], ignore_conflicts=True
    )
    messages_record(
        [_warning(p, now, erase_on) for p in profiles if p["user__email"] or p["phone"]]
    )
    return len(profiles)


def _warning(profile: dict, now, erase_on: str) -> Message:
    """By e-mail where we have one, else by SMS: a phone-only volunteer must be warned too."""
    email = profile["user__email"]
    return Message(
        key=f"privacy-retention-warning:{profile['user_id']}:{now:%Y-%m-%d}",
        address=email or profile["phone"],
        channel="email" if email else "sms",
        template_key="privacy_retention_warning",
        context={
            "name_en": profile["name_en"],
            "name_hi": profile["name_hi"],
            "erase_on": erase_on,
            "site_url": settings.SITE_URL,
        },
        language="hi",
        group="privacy-retention",
        recipient_id=profile["user_id"],
    )


def retention_apply(*, now=None, enqueue: bool = True) -> dict[str, int]:
    """One run of the policy. Returns how many were warned, forgiven and queued for erasure."""
    now = now or timezone.now()
    warned_before = now - timedelta(days=settings.PRIVACY_RETENTION_WARNING_DAYS)
    # Came back since the warning (signed in, or moved on): the warning no longer holds.
    forgiven, _ = RetentionWarning.objects.filter(
        Q(user__last_login__gt=F("warned_at"))
        | Q(user__volunteer_profile__stage_changed_at__gt=F("warned_at"))
        | ~Q(user__volunteer_profile__stage__in=RETAINED_STAGES)
    ).delete()
    candidates = retention_candidates(now)
    due = list(
        candidates.filter(user__retention_warning__warned_at__lte=warned_before).values_list(
            "user_id", flat=True
        )
    )
    for start in range(0, len(due), BATCH):
        ErasureRequest.objects.bulk_create(
            [
                ErasureRequest(user_id=user_id, reason=ErasureRequest.Reason.RETENTION, due_at=now)
                for user_id in due[start : start + BATCH]
            ],
            ignore_conflicts=True,
        )
    warned = 0
    to_warn = candidates.filter(user__retention_warning__isnull=True).values(
        "user_id", "name_en", "name_hi", "user__email", "phone"
    )
    batch = []
    for profile in to_warn.iterator(chunk_size=BATCH):
        batch.append(profile)
        if len(batch) == BATCH:
            warned += _warn(batch, now)
            batch = []
    if batch:
        warned += _warn(batch, now)
    if due and enqueue:
        from privacy.tasks import erasures_process

        erasures_process.enqueue()
    return {"warned": warned, "forgiven": forgiven, "queued_for_erasure": len(due)}
