"""Sending the weekly digests: each coordinator's (reports.digest) as an e-mail through
the outbox, in the coordinator's language, once per coordinator and ISO week.

- **When.** The watchdog's sweeps (lms.watchdog, every minute or so) ask
  `reports.digest_schedule.digests_due`: from Monday 08:00 India time the first sweep
  of the week records the week (`DigestWeek`, unique) and queues the task;
  a later sweep queues it again if its worker stopped making progress.
- **Once.** Each digest is an outbox message keyed ``reports/digest:<week>:<user id>``:
  run twice, a week records each digest once (the outbox ignores a key it holds), and a
  resumed run skips the coordinators already done without working their digest out again.
- **Only when something needs the coordinator.** An empty digest is not sent: a weekly
  "nothing to do" teaches people to stop opening the digest, and the preview page
  (`digest_views`) says so to whoever looks.
- **E-mail only**, to coordinators with an address; transactional (about their own
  work), so neither marketing consent nor quiet hours hold it back.
"""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

from messaging.models import OutboxMessage
from messaging.outbox import Message, messages_record
from organisation.models import Coordinator
from reports.digest import Digest, coordinator_digest
from reports.message_templates import DIGEST
from reports.models import DigestWeek

#: Coordinators per transaction (their messages are queued together when it commits).
CHUNK = 50


def iso_week(moment: datetime | None = None) -> str:
    year, week, _day = timezone.localtime(moment).isocalendar()
    return f"{year}-W{week:02d}"


def message_key(week: str, user_id: int) -> str:
    return f"reports/digest:{week}:{user_id}"


def languages_of(user_ids) -> dict[int, str]:
    """{user id: the language they chose for the admin}, the site's default otherwise."""
    chosen = dict(
        UserProfile.objects.filter(user_id__in=user_ids)
        .exclude(preferred_language="")
        .values_list("user_id", "preferred_language")
    )
    return {pk: chosen.get(pk, settings.LANGUAGE_CODE) for pk in user_ids}


def digest_context(digest: Digest, *, name: str, language: str, week: str) -> dict:
    """The message's variables: each line's figure and absolute link (0 and "" when the
    line is left out), the unit's name in the reader's language."""
    with translation.override(language):
        unit = str(digest.unit.name)
    context = {
        "name": name,
        "unit": unit,
        "week": week,
        "preview_url": settings.SITE_URL + reverse("reports_digest"),
        "stopped_course": "",
        "stopped_lesson": "",
        "stopped_number": "",
    }
    for key in ("screening", "stopped", "teams_short", "certificates_failed",
                "certificates_waiting", "eligible"):  # fmt: skip
        line = digest.line(key)
        context[key] = line.count if line else 0
        context[f"{key}_url"] = settings.SITE_URL + line.url if line else ""
        if line and key == "stopped":
            with translation.override(language):
                # The live translation in the reader's language, else the page itself.
                context["stopped_course"] = line.detail["course"].localized.title
                context["stopped_lesson"] = line.detail["lesson"].localized.title
            context["stopped_number"] = line.detail["number"]
    return context


def digest_message(coordinator: Coordinator, digest: Digest, *, language: str, week: str):
    user = coordinator.user
    return Message(
        key=message_key(week, user.pk),
        address=user.email,
        template_key=DIGEST,
        channel=OutboxMessage.Channel.EMAIL,
        language=language,
        group=f"digest:{week}",
        recipient_id=user.pk,
        context=digest_context(
            digest, name=user.get_full_name() or user.get_username(), language=language, week=week
        ),
    )


def _coordinators():
    return (
        Coordinator.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "unit")
        .order_by("pk")
    )


def digests_send(*, week: str) -> dict[str, int]:
    """Record this week's digest of every coordinator not done yet; safe to run twice."""
    run, _created = DigestWeek.objects.get_or_create(week=week)
    done = set(
        OutboxMessage.objects.filter(group=f"digest:{week}").values_list("recipient_id", flat=True)
    )
    coordinators = list(_coordinators())
    languages = languages_of([c.user_id for c in coordinators])
    looked_at, recorded = 0, 0
    for start in range(0, len(coordinators), CHUNK):
        chunk = [c for c in coordinators[start : start + CHUNK] if c.user_id not in done]
        messages = []
        for coordinator in chunk:
            digest = coordinator_digest(coordinator.unit)
            if digest:
                language = languages[coordinator.user_id]
                messages.append(digest_message(coordinator, digest, language=language, week=week))
        with transaction.atomic():
            recorded += len(messages_record(messages))
            looked_at += len(chunk)
            DigestWeek.objects.filter(pk=run.pk).update(progress_at=timezone.now())
    DigestWeek.objects.filter(pk=run.pk).update(
        finished_at=timezone.now(), done=len(coordinators), sent=len(done) + recorded
    )
    return {"coordinators": looked_at, "recorded": recorded}
