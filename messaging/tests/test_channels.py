"""The adapters against local fakes of each provider's HTTP API (testing/providers.py):
what goes on the wire, and what each kind of failure does to the message."""

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from messaging import outbox
from messaging.models import OutboxMessage

pytestmark = pytest.mark.django_db

SIGN_IN = {"code": "482913", "minutes": 10}


def record(channel="sms", n=1, language="hi", expires_in=timedelta(minutes=10), **kwargs):
    """A sign-in code as the phone sign-in records it; returns the outbox row."""
    outbox.messages_record(
        [
            outbox.Message(
                key=f"sign-in:{channel}:{n}",
                address=kwargs.pop("address", "98765 43210"),
                template_key="accounts/sign_in_code",
                channel=channel,
                language=language,
                context=kwargs.pop("context", SIGN_IN),
                expires_at=timezone.now() + expires_in,
                **kwargs,
            )
        ],
        enqueue=False,
    )
    return OutboxMessage.objects.get(key=f"sign-in:{channel}:{n}")


def send(row):
    outbox.outbox_send_ids([row.pk])
    row.refresh_from_db()
    return row


def test_sms_goes_to_the_gateway_with_its_dlt_registration_and_the_code_leaves_the_row(
    fake_sms_gateway, settings
):
    row = send(record())
    (body,) = fake_sms_gateway.accepted
    assert body["to"] == "919876543210"
    assert body["sender"] == "VOLTRN"
    assert body["dlt_entity_id"] == settings.MESSAGING_SMS_DLT_ENTITY_ID
    assert (
        body["dlt_template_id"]
        == settings.MESSAGING_SMS_DLT_TEMPLATE_IDS["accounts/sign_in_code"]["hi"]
    )
    assert body["unicode"] is True
    assert "482913 स्वयंसेवक प्रशिक्षण में लॉग इन करने का आपका कोड है" in body["text"]
    assert (row.status, row.attempts, row.provider_message_id) == ("sent", 1, "sms-1")
    assert row.context == {"code": "••••••", "minutes": 10}


def test_an_english_sms_is_plain_text_with_the_english_dlt_template(fake_sms_gateway, settings):
    send(record(language="en"))
    (body,) = fake_sms_gateway.accepted
    assert body["unicode"] is False
    ids = settings.MESSAGING_SMS_DLT_TEMPLATE_IDS["accounts/sign_in_code"]
    assert body["dlt_template_id"] == ids["en"]


def test_an_sms_without_a_dlt_template_id_fails_at_once_and_goes_nowhere(
    fake_sms_gateway, settings
):
    settings.MESSAGING_SMS_DLT_TEMPLATE_IDS = {}
    row = send(record())
    assert (row.status, row.attempts) == ("failed", 1)
    assert "no DLT template id" in row.error
    assert fake_sms_gateway.requests == 0


def test_a_4xx_fails_the_message_for_good(fake_sms_gateway):
    fake_sms_gateway.script = ["400"]
    row = send(record())
    assert (row.status, row.attempts) == ("failed", 1)
    assert "131026" in row.error or "400" in row.error
    assert row.context["code"] == "••••••"


@pytest.mark.parametrize("failure", ["500", "timeout"])
def test_a_5xx_or_a_timeout_is_tried_again_after_a_back_off_and_then_sent_once(
    fake_sms_gateway, failure
):
    fake_sms_gateway.script = [failure]
    fake_sms_gateway.hang_seconds = 0.8  # the adapter gives up after 0.5 s
    row = send(record())
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.available_at > timezone.now() + timedelta(seconds=20)
    assert fake_sms_gateway.accepted == []

    OutboxMessage.objects.filter(pk=row.pk).update(available_at=timezone.now())
    row = send(row)
    assert (row.status, row.attempts) == ("sent", 2)
    assert len(fake_sms_gateway.accepted) == 1


def test_a_429_slows_the_sender_down_without_an_attempt_lost_or_a_message_doubled(
    fake_sms_gateway,
):
    fake_sms_gateway.script = ["429", "429"]
    fake_sms_gateway.retry_after = 0.3
    rows = [record(n=n) for n in range(3)]
    started = timezone.now()
    assert outbox.outbox_send_ids([row.pk for row in rows]) == 3
    assert (timezone.now() - started).total_seconds() >= 0.6  # it waited as asked, twice
    assert fake_sms_gateway.requests == 5
    assert [b["reference"] for b in fake_sms_gateway.accepted] == [
        outbox_reference(row) for row in rows
    ]  # in order
    assert fake_sms_gateway.duplicates() == 0
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {("sent", 1)}


def outbox_reference(row):
    from messaging.channels.sms import reference

    return reference(row.key)


def test_a_429_asking_for_longer_than_the_sender_may_hold_gives_the_message_back(
    fake_sms_gateway, settings
):
    settings.MESSAGING_RATE_LIMIT_MAX_WAIT = 1
    fake_sms_gateway.script = ["429"]
    fake_sms_gateway.retry_after = 120
    row = send(record())
    assert (row.status, row.attempts, row.claimed_at) == ("pending", 0, None)
    assert row.available_at > timezone.now() + timedelta(seconds=100)
    assert fake_sms_gateway.accepted == []


def test_an_expired_sign_in_code_is_never_sent_late(fake_sms_gateway):
    row = record(expires_in=timedelta(minutes=10))
    OutboxMessage.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    row = send(row)
    assert row.status == "expired"
    assert row.context["code"] == "••••••"
    assert fake_sms_gateway.requests == 0


def test_whatsapp_sends_the_approved_template_with_its_parameters_and_button(fake_whatsapp):
    row = send(record(channel="whatsapp"))
    (body,) = fake_whatsapp.accepted
    assert body["to"] == "919876543210"
    assert body["template"]["name"] == "accounts_sign_in_code"
    assert body["template"]["language"] == {"code": "hi"}
    components = body["template"]["components"]
    assert components[0] == {
        "type": "body",
        "parameters": [{"type": "text", "text": "482913"}, {"type": "text", "text": "10"}],
    }
    assert components[1]["type"] == "button"
    assert components[1]["parameters"] == [{"type": "text", "text": "482913"}]
    assert (row.status, row.provider_message_id) == ("sent", "wamid.fake1")


def test_whatsapp_throttling_waits_and_an_undeliverable_number_fails(fake_whatsapp, settings):
    settings.MESSAGING_RATE_LIMIT_WAIT = 0.2
    fake_whatsapp.script = ["throttle"]
    assert send(record(channel="whatsapp", n=1)).status == "sent"
    fake_whatsapp.script = ["400"]
    failed = send(record(channel="whatsapp", n=2))
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert "131026" in failed.error
    assert len(fake_whatsapp.accepted) == 1


def test_the_console_adapter_sends_nothing_anywhere_and_keeps_the_code_for_the_admin(caplog):
    caplog.set_level("INFO", logger="messaging.console")
    row = send(record(channel="sms", language="en"))
    assert (row.status, row.provider_message_id) == ("sent", f"console:{row.pk}")
    assert row.context["code"] == "482913"
    assert "482913 is your code to log in to Volunteer Training" in caplog.text


def test_email_goes_through_djangos_backend_with_a_stable_message_id():
    row = record(channel="email", language="en", address="asha@example.org")
    row = send(row)
    (email,) = mail.outbox
    assert email.subject == "Your sign-in code: 482913"
    assert email.extra_headers["Message-ID"] == outbox.message_id(row.key)
    assert "List-Unsubscribe" not in email.extra_headers  # transactional
    assert row.status == "sent"
