"""The outbox: recorded with the decision, sent once, retried after a lease or a failure."""

from datetime import timedelta

import pytest

from django.core import mail
from django.db import transaction
from django.utils import timezone

from lms import watchdog
from messaging import outbox
from messaging.models import OutboxMessage

pytestmark = pytest.mark.django_db

CONTEXT = {
    "name_en": "Asha Verma",
    "name_hi": "आशा वर्मा",
    "role_en": "District leader",
    "role_hi": "ज़िला लीडर",
    "unit_en": "Indore",
    "unit_hi": "इंदौर",
    "site_url": "https://training.example.org",
    "verify_url": "https://training.example.org/v/abc",
}


def message(n=1, **kwargs):
    return outbox.Message(
        key=f"test:{n}",
        address=f"leader{n}@example.org",
        template_key="certificate_issued",
        context=CONTEXT,
        group="test-group",
        **kwargs,
    )


def test_a_message_recorded_in_a_transaction_that_rolls_back_does_not_exist(
    django_capture_on_commit_callbacks,
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outbox.messages_record([message()])
        raise RuntimeError("the certificate was not issued after all")
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_recorded_message_is_sent_once_with_a_message_id_made_from_its_key(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        outbox.messages_record([message()])
    with django_capture_on_commit_callbacks(execute=True):
        outbox.messages_record([message()])  # the same key again: nothing new
    (email,) = mail.outbox
    assert email.to == ["leader1@example.org"]
    assert "आशा वर्मा" in email.body and "Asha Verma" in email.body
    assert email.extra_headers["Message-ID"] == outbox.message_id("test:1")
    assert email.message()["Message-ID"] == outbox.message_id("test:1")
    row = OutboxMessage.objects.get()
    assert (row.status, row.attempts) == ("sent", 1)
    assert row.provider_message_id == outbox.message_id("test:1")
    assert outbox.outbox_counts("test-group") == {"sent": 1, "pending": 0, "failed": 0}


def test_a_batch_with_a_key_already_recorded_records_the_others_once():
    (first,) = outbox.messages_record([message(1)], enqueue=False)
    with transaction.atomic():  # the caller's transaction goes on after the repeated key
        ids = outbox.messages_record([message(1), message(2), message(3)], enqueue=False)
        assert OutboxMessage.objects.count() == 3
    assert sorted(ids) == sorted(OutboxMessage.objects.values_list("pk", flat=True))
    assert first in ids
    assert outbox.messages_record([message(4)], enqueue=False) == [
        OutboxMessage.objects.get(key="test:4").pk
    ]


def test_message_ids_differ_between_messages_and_stay_the_same_for_one():
    assert outbox.message_id("a") == outbox.message_id("a") != outbox.message_id("b")


def test_a_message_whose_sender_died_is_sent_after_its_lease_expires(settings):
    outbox.messages_record([message()])  # not committed here: nothing queued
    (row,) = OutboxMessage.objects.all()
    assert outbox.message_claim(row.pk) is not None  # ... and the sender dies here
    # Held: neither another sender nor the watchdog sends it yet.
    assert outbox.outbox_send_ids([row.pk]) == 0
    outbox.outbox_requeue_left_behind()
    assert mail.outbox == []

    OutboxMessage.objects.filter(pk=row.pk).update(
        claimed_at=timezone.now() - timedelta(seconds=settings.MESSAGING_LEASE_SECONDS + 1)
    )
    assert watchdog.sweep()["messaging.receivers.outbox_left_behind"] == 1
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 2)


def test_a_message_never_queued_is_queued_by_the_watchdog():
    outbox.messages_record([message(1), message(2)])  # the process died before commit hooks
    assert mail.outbox == []
    watchdog.sweep()
    assert sorted(m.to[0] for m in mail.outbox) == ["leader1@example.org", "leader2@example.org"]
    watchdog.sweep()
    assert len(mail.outbox) == 2


def test_a_failing_send_backs_off_then_fails_and_a_retry_sends_it(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 1  # nothing listens there
    settings.MESSAGING_MAX_ATTEMPTS = 2
    outbox.messages_record([message()])
    (row,) = OutboxMessage.objects.all()

    assert outbox.outbox_send_ids([row.pk]) == 0
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.error and row.available_at > timezone.now()
    assert outbox.outbox_send_ids([row.pk]) == 0  # not before its back-off

    OutboxMessage.objects.filter(pk=row.pk).update(available_at=timezone.now())
    assert outbox.outbox_send_ids([row.pk]) == 0
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 2)
    assert outbox.outbox_counts("test-group") == {"sent": 0, "pending": 0, "failed": 1}

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox.outbox_retry_failed("test-group") == 1
    watchdog.sweep()  # in a real site the retry's commit queues it; here the sweep does
    assert len(mail.outbox) == 1
    assert outbox.outbox_counts("test-group") == {"sent": 1, "pending": 0, "failed": 0}


def test_a_chunk_is_claimed_in_one_statement_each_message_by_one_sender(
    django_assert_num_queries,
):
    """Due, free messages are taken in the order asked; held, sent, not yet due, out of
    attempts ones are left; a second sender asking for the same chunk gets nothing."""
    ids = outbox.messages_record([message(n) for n in range(1, 8)], enqueue=False)
    now = timezone.now()
    held, sent, later, spent, stale, *free = ids
    OutboxMessage.objects.filter(pk=held).update(status="sending", claimed_at=now)
    OutboxMessage.objects.filter(pk=sent).update(status="sent", sent_at=now)
    OutboxMessage.objects.filter(pk=later).update(available_at=now + timedelta(minutes=5))
    OutboxMessage.objects.filter(pk=spent).update(attempts=outbox.max_attempts())
    OutboxMessage.objects.filter(pk=stale).update(  # its sender died long ago
        status="sending", claimed_at=now - outbox.lease() - timedelta(seconds=1), attempts=1
    )
    asked = list(reversed(ids))
    with django_assert_num_queries(2):
        claimed = outbox.messages_claim(asked)
    assert [m.pk for m in claimed] == [pk for pk in asked if pk in {stale, *free}]
    assert all(m.status == "sending" and m.claimed_at is not None for m in claimed)
    assert {m.pk: m.attempts for m in claimed} == {stale: 2, **dict.fromkeys(free, 1)}
    assert outbox.messages_claim(asked) == []  # the other sender
