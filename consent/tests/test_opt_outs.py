"""An opt-out the message sender receives (the one-tap link, a STOP reply by SMS) is written
into the consent record: the channel withdrawn, with how, in the person's history; the
next consent look-up leaves them out."""

import pytest

from consent.models import ChannelConsent, ChannelConsentChange, Method
from consent.selectors import channels_allowed
from consent.services import channel_consents_set, opt_out_withdraw
from messaging import outbox
from messaging.models import OptOut, OutboxMessage
from messaging.rendering import opt_out_token
from organisation.tests.factories import VolunteerFactory


@pytest.fixture
def volunteer(db):
    volunteer = VolunteerFactory(phone="9876543210")
    volunteer.user.email = "asha@example.org"
    volunteer.user.save()
    channel_consents_set(
        user=volunteer.user, channels=["sms", "whatsapp", "email"], method=Method.SIGNUP
    )
    return volunteer


def reminder(user, channel="sms"):
    address = "9876543210" if channel != "email" else "asha@example.org"
    outbox.messages_record(
        [
            outbox.Message(
                key=f"reminder:{user.pk}:{channel}",
                address=address,
                template_key="reminders/lesson_waiting",
                channel=channel,
                language="en",
                recipient_id=user.pk,
                context={"name": "Asha", "course": "Facts", "lesson": 3, "course_url": "u"},
            )
        ],
        enqueue=False,
    )
    return OutboxMessage.objects.get(key=f"reminder:{user.pk}:{channel}")


def last_change(user, channel):
    return ChannelConsentChange.objects.filter(user=user, channel=channel).latest("pk")


def test_the_opt_out_link_withdraws_the_channel_in_the_consent_record(
    volunteer, client, django_capture_on_commit_callbacks
):
    user = volunteer.user
    message = reminder(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/o/{opt_out_token(message.pk)}")
    assert user.pk not in channels_allowed([user.pk], "sms")
    assert user.pk in channels_allowed([user.pk], "whatsapp")  # only the message's channel
    change = last_change(user, "sms")
    assert (change.allowed, change.method) == (False, Method.OPT_OUT_LINK)


def test_stop_by_sms_finds_the_volunteer_by_number(
    volunteer, client, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGING_SMS_INBOUND_TOKEN = "gateway-secret"
    user = volunteer.user
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(
            "/messaging/inbound/sms/gateway-secret/", {"from": "919876543210", "text": "STOP"}
        )
    assert answer.json()["opted_out"] is True
    assert user.pk not in channels_allowed([user.pk], "sms")
    change = last_change(user, "sms")
    assert (change.allowed, change.method) == (False, Method.STOP_KEYWORD)


def test_an_address_nobodys_or_already_withdrawn_changes_nothing(volunteer):
    assert opt_out_withdraw(channel="sms", address="+919000000001", method="keyword") == 0
    assert opt_out_withdraw(channel="sms", address="+919876543210", method="keyword") == 1
    assert opt_out_withdraw(channel="sms", address="+919876543210", method="keyword") == 0
    assert opt_out_withdraw(channel="email", address="ASHA@example.org", method="link") == 1
    assert not ChannelConsent.objects.get(user=volunteer.user, channel="email").allowed


def test_without_the_setting_only_the_sender_keeps_the_opt_out(
    volunteer, client, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGING_OPT_OUT_RECORD = ""
    user = volunteer.user
    message = reminder(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/o/{opt_out_token(message.pk)}")
    assert user.pk in channels_allowed([user.pk], "sms")


def test_a_failing_consent_record_does_not_undo_the_opt_out(
    volunteer, client, settings, django_capture_on_commit_callbacks, caplog
):
    settings.MESSAGING_OPT_OUT_RECORD = "consent.tests.test_opt_outs.broken_record"
    message = reminder(volunteer.user)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(f"/o/{opt_out_token(message.pk)}")
    assert page.status_code == 200
    assert OptOut.objects.filter(channel="sms", address="+919876543210").exists()
    assert "not written into the consent record" in caplog.text


def broken_record(**kwargs):
    raise RuntimeError("the consent database is down")
