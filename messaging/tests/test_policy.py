"""Consent and control on the sending side: promotional messages need consent, wait out
quiet hours and the frequency cap, and stop at an opt-out (link or STOP) from the next
message on; transactional ones always go."""

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone

from messaging import outbox, policy
from messaging.models import OptOut, OutboxMessage
from messaging.rendering import opt_out_token
from messaging.signals import opted_out

pytestmark = pytest.mark.django_db

IST = ZoneInfo("Asia/Kolkata")
#: Until the consent app answers: everyone with a user id here agreed to everything.
AGREED: set[int] = set()


def agreed_lookup(user_ids, channel):
    """Stands in for the consent record's selector (same signature)."""
    return {pk for pk in user_ids if pk in AGREED}


@pytest.fixture
def consent(settings):
    settings.MESSAGING_CONSENT_LOOKUP = "messaging.tests.test_policy.agreed_lookup"
    settings.MESSAGING_QUIET_HOURS = ""  # tests run at any hour; quiet hours tested apart
    AGREED.clear()
    yield AGREED
    AGREED.clear()


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="x")  # noqa: S106


def reminder(user, n=1, channel="sms"):
    outbox.messages_record(
        [
            outbox.Message(
                key=f"reminder:{user.pk}:{n}:{channel}",
                address="9876543210" if channel != "email" else "asha@example.org",
                template_key="reminders/lesson_waiting",
                channel=channel,
                language="hi",
                recipient_id=user.pk,
                context={"name": "आशा", "course": "तथ्य-जाँच", "lesson": 3, "course_url": "u"},
            )
        ],
        enqueue=False,
    )
    row = OutboxMessage.objects.get(key=f"reminder:{user.pk}:{n}:{channel}")
    outbox.outbox_send_ids([row.pk])
    row.refresh_from_db()
    return row


def sign_in_code(user, n=1):
    outbox.messages_record(
        [
            outbox.Message(
                key=f"code:{n}",
                address="9876543210",
                template_key="accounts/sign_in_code",
                channel="sms",
                recipient_id=user.pk,
                context={"code": "111222", "minutes": 10},
            )
        ],
        enqueue=False,
    )
    row = OutboxMessage.objects.get(key=f"code:{n}")
    outbox.outbox_send_ids([row.pk])
    row.refresh_from_db()
    return row


def test_promotional_messages_are_withheld_without_consent_and_sent_with_it(consent, trainee):
    row = reminder(trainee, 1)
    assert (row.status, row.purpose) == ("withheld", "promotional")
    assert "No consent" in row.error
    consent.add(trainee.pk)
    assert reminder(trainee, 2).status == "sent"


def test_without_a_consent_record_wired_no_promotional_message_goes(settings, trainee):
    settings.MESSAGING_CONSENT_LOOKUP = ""
    settings.MESSAGING_QUIET_HOURS = ""
    assert reminder(trainee).status == "withheld"
    assert sign_in_code(trainee).status == "sent"


@pytest.mark.parametrize(
    ("local", "end"),
    [
        (datetime(2026, 12, 5, 21, 0), datetime(2026, 12, 6, 9, 0)),
        (datetime(2026, 12, 5, 23, 59), datetime(2026, 12, 6, 9, 0)),
        (datetime(2026, 12, 6, 3, 30), datetime(2026, 12, 6, 9, 0)),
        (datetime(2026, 12, 6, 8, 59), datetime(2026, 12, 6, 9, 0)),
        (datetime(2026, 12, 6, 9, 0), None),
        (datetime(2026, 12, 6, 20, 59), None),
    ],
)
def test_quiet_hours_are_21_to_9_in_india_by_default(local, end):
    now = local.replace(tzinfo=IST).astimezone(ZoneInfo("UTC"))
    expected = end.replace(tzinfo=IST) if end else None
    assert policy.quiet_hours_end(now) == expected


def test_a_reminder_due_in_quiet_hours_waits_for_the_morning_without_using_an_attempt(
    consent, trainee, settings
):
    consent.add(trainee.pk)
    now = timezone.now().astimezone(IST)
    # Quiet hours that surely hold now: from an hour ago to an hour from now.
    settings.MESSAGING_QUIET_HOURS = (
        f"{(now - timedelta(hours=1)):%H:%M}-{(now + timedelta(hours=1)):%H:%M}"
    )
    row = reminder(trainee)
    assert (row.status, row.attempts) == ("pending", 0)
    assert abs(row.available_at - (now + timedelta(hours=1))) < timedelta(minutes=1)
    # A sign-in code in the same hours goes at once.
    assert sign_in_code(trainee).status == "sent"


def test_the_frequency_cap_defers_the_third_reminder_of_the_day(consent, trainee, settings):
    consent.add(trainee.pk)
    settings.MESSAGING_FREQUENCY_CAP = 2
    first, second = reminder(trainee, 1), reminder(trainee, 2)
    assert (first.status, second.status) == ("sent", "sent")
    third = reminder(trainee, 3)
    assert (third.status, third.attempts, third.error) == ("pending", 0, "Frequency cap reached.")
    assert third.available_at == first.sent_at + timedelta(hours=24)
    # Another channel counts too: the cap is per person.
    assert reminder(trainee, 4, channel="email").status == "pending"


def test_the_opt_out_link_stops_the_next_reminder_but_not_sign_in_codes(
    consent, trainee, client, django_capture_on_commit_callbacks
):
    consent.add(trainee.pk)
    sent = reminder(trainee, 1)
    token = opt_out_token(sent.pk)
    assert f"/o/{token}" in outbox.message_render(sent).text

    page = client.get(f"/o/{token}")
    assert page.status_code == 200
    assert "अनुस्मारक बंद करें?" in page.content.decode()  # the message's language
    assert not OptOut.objects.exists()  # a link preview opts nobody out

    received = []
    opted_out.connect(lambda **kw: received.append(kw), weak=False, dispatch_uid="t")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            done = client.post(f"/o/{token}")
    finally:
        opted_out.disconnect(dispatch_uid="t")
    assert "अब आपको कोई अनुस्मारक नहीं मिलेगा" in done.content.decode()
    (opt_out,) = OptOut.objects.all()
    assert (opt_out.channel, opt_out.address, opt_out.method) == ("sms", "+919876543210", "link")
    assert received and received[0]["recipient_id"] == trainee.pk

    assert reminder(trainee, 2).status == "withheld"
    assert sign_in_code(trainee).status == "sent"
    assert client.get(f"/o/{token[:-1]}x").status_code == 400


def test_mail_programs_one_click_unsubscribe_header_points_at_the_link(
    consent, trainee, mailoutbox
):
    consent.add(trainee.pk)
    row = reminder(trainee, channel="email")
    (email,) = mailoutbox
    assert email.extra_headers["List-Unsubscribe"].endswith(f"/o/{opt_out_token(row.pk)}>")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_stop_by_sms_reply_takes_effect_before_the_next_message(consent, trainee, client, settings):
    consent.add(trainee.pk)
    settings.MESSAGING_SMS_INBOUND_TOKEN = "gateway-secret"
    assert (
        client.post("/messaging/inbound/sms/wrong/", {"from": "1", "text": "STOP"}).status_code
        == 403
    )
    answer = client.post(
        "/messaging/inbound/sms/gateway-secret/", {"from": "919876543210", "text": "Stop "}
    )
    assert answer.json() == {"ok": True, "opted_out": True}
    assert reminder(trainee).status == "withheld"
    # A reply that is not STOP changes nothing.
    client.post(
        "/messaging/inbound/sms/gateway-secret/",
        data=json.dumps({"mobile": "9000000001", "message": "stopped at lesson 3"}),
        content_type="application/json",
    )
    assert OptOut.objects.count() == 1


def whatsapp_post(client, payload, secret="app-secret"):  # noqa: S107 (a test secret)
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return client.post(
        "/messaging/inbound/whatsapp/",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": signature},
    )


def test_stop_on_whatsapp_from_a_signed_webhook_opts_the_number_out(
    consent, trainee, client, settings
):
    consent.add(trainee.pk)
    settings.MESSAGING_WHATSAPP_APP_SECRET = "app-secret"
    settings.MESSAGING_WHATSAPP_VERIFY_TOKEN = "verify-me"
    verify = client.get(
        "/messaging/inbound/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444"},
    )
    assert verify.content == b"1158201444"
    payload = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messages": [
                                {"from": "919876543210", "type": "text", "text": {"body": "बंद"}}
                            ]
                        },
                    }
                ]
            }
        ],
    }
    assert whatsapp_post(client, payload, secret="forged").status_code == 403
    assert not OptOut.objects.exists()
    assert whatsapp_post(client, payload).json() == {"ok": True, "opted_out": 1}
    assert reminder(trainee, channel="whatsapp").status == "withheld"
    assert reminder(trainee, 2, channel="sms").status == "sent"  # the other channel still goes


def test_the_consent_record_decides_by_default(trainee, settings):
    from consent.services import channel_consent_withdraw, channel_consents_set

    settings.MESSAGING_QUIET_HOURS = ""
    assert settings.MESSAGING_CONSENT_LOOKUP == "consent.selectors.channels_allowed"
    assert reminder(trainee, 1).status == "withheld"  # never asked
    channel_consents_set(user=trainee, channels={"sms": True}, method="preferences")
    assert reminder(trainee, 2).status == "sent"
    channel_consent_withdraw(user=trainee, channel="sms", method="opt_out_link")
    assert reminder(trainee, 3).status == "withheld"
