"""Carry out due erasure requests: every registered provider erases, in one transaction
per chunk of people.

Why this is safe to kill and run again: a chunk's requests are taken with
``SELECT ... FOR UPDATE SKIP LOCKED`` and marked done in the same transaction as the
erasure itself. A worker killed mid-chunk rolls everything back, so the chunk is still
pending and the next run (the watchdog queues one) erases it; a chunk that committed is
done and never taken again. Several workers share a retention run, each taking other
rows. Files (certificate PDFs, import files) are removed inside the transaction: removing
them twice is harmless, and a rolled-back chunk clears their records when it is run again.

The providers write only the rows of the people being erased, with set-based UPDATEs:
no table is locked, and trainees' writes (which take key-share locks on their own user
row) never wait for the run.
"""

import logging
import time

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from organisation.models import VolunteerProfile
from privacy.models import ErasureRequest
from privacy.registry import Subject, providers

logger = logging.getLogger(__name__)

#: People per transaction: big enough for set-based writes to pay, small enough to keep
#: each transaction (and the rows it holds) short.
CHUNK = 200


def subjects_for(user_ids) -> list[Subject]:
    """What identifies each person, read before any provider changes it."""
    profiles = {
        p["user_id"]: p
        for p in VolunteerProfile.objects.filter(user_id__in=user_ids).values(
            "pk", "user_id", "phone", "name_en", "name_hi"
        )
    }
    subjects = []
    for user in (
        get_user_model()
        .objects.filter(pk__in=user_ids)
        .only("pk", "username", "email", "first_name", "last_name")
    ):
        profile = profiles.get(user.pk, {})
        names = {
            profile.get("name_en") or "",
            profile.get("name_hi") or "",
            user.get_full_name(),
        } - {""}
        subjects.append(
            Subject(
                user_id=user.pk,
                username=user.username,
                email=user.email,
                volunteer_id=profile.get("pk"),
                phone=profile.get("phone") or "",
                names=tuple(sorted(names)),
            )
        )
    return subjects


def people_erase(user_ids) -> list[Subject]:
    """Erase these people now, in the caller's transaction: every provider, in order."""
    subjects = subjects_for(user_ids)
    for provider in providers():
        provider.erase(subjects)
    return subjects


def erasures_process_chunk(*, now=None, chunk: int = CHUNK) -> int:
    """Erase one chunk of people whose requests are due. Returns how many (0: none left)."""
    now = now or timezone.now()
    with transaction.atomic():
        requests = list(
            ErasureRequest.objects.due(now)
            .select_for_update(skip_locked=True)
            .order_by("pk")
            .values_list("pk", "user_id")[:chunk]
        )
        if not requests:
            return 0
        people_erase([user_id for _pk, user_id in requests])
        ErasureRequest.objects.filter(pk__in=[pk for pk, _user in requests]).update(
            status=ErasureRequest.Status.DONE, finished_at=timezone.now()
        )
    return len(requests)


def erasures_process_due(*, now=None, budget_seconds: float | None = None) -> int:
    """Erase everyone whose request is due, chunk by chunk. Returns how many were erased."""
    started = time.monotonic()
    erased = 0
    while True:
        done = erasures_process_chunk(now=now)
        erased += done
        if not done:
            break
        if budget_seconds is not None and time.monotonic() - started > budget_seconds:
            break
    if erased:
        logger.info("Privacy: %d people erased", erased, extra={"erased": erased})
    return erased
