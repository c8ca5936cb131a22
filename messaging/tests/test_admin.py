"""The admin's Outbox: a read-only list with filters and each message's text."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from messaging import outbox
from messaging.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def messages():
    for n, channel in enumerate(["sms", "whatsapp", "email"]):
        outbox.messages_record(
            [
                outbox.Message(
                    key=f"code:{n}",
                    address="asha@example.org" if channel == "email" else "9876543210",
                    template_key="accounts/sign_in_code",
                    channel=channel,
                    language="hi",
                    context={"code": f"70000{n}", "minutes": 10},
                )
            ],
            enqueue=False,
        )
    sms = OutboxMessage.objects.get(channel="sms")
    outbox.outbox_send_ids([sms.pk])  # the console adapter: sent, code kept
    return OutboxMessage.objects.order_by("pk")


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    return client


def test_the_outbox_lists_messages_filtered_by_channel_and_status(admin_client, messages):
    url = reverse("outbox:index")
    page = admin_client.get(url)
    assert page.status_code == 200
    assert page.content.decode().count("accounts/sign_in_code") >= 3
    filtered = admin_client.get(url, {"channel": "sms", "status": "sent"}).content.decode()
    assert "9876543210" in filtered and "asha@example.org" not in filtered
    pending = admin_client.get(url, {"status": "pending"}).content.decode()
    assert "asha@example.org" in pending


def test_a_message_shows_its_text_with_the_code_on_the_console_adapter(admin_client, messages):
    sms = messages.get(channel="sms")
    page = admin_client.get(reverse("outbox:inspect", args=[sms.pk])).content.decode()
    assert "700000 स्वयंसेवक प्रशिक्षण में लॉग इन करने का आपका कोड है" in page


def test_with_a_real_adapter_the_admin_masks_the_code(admin_client, messages, settings):
    settings.MESSAGING_ADAPTERS = {
        **settings.MESSAGING_ADAPTERS,
        "sms": "messaging.channels.sms.DltSmsGatewayAdapter",
    }
    sms = messages.get(channel="sms")
    page = admin_client.get(reverse("outbox:inspect", args=[sms.pk])).content.decode()
    assert "700000" not in page and "•••••• स्वयंसेवक प्रशिक्षण में लॉग इन करने का आपका कोड है" in page


def test_nobody_adds_edits_or_deletes_messages_not_even_a_superuser(admin_client, messages):
    row = messages.get(channel="email")
    assert admin_client.get(reverse("outbox:add")).status_code in (302, 403)
    assert admin_client.post(
        reverse("outbox:edit", args=[row.pk]), {"status": "sent"}
    ).status_code in (
        302,
        403,
    )
    assert admin_client.post(reverse("outbox:delete", args=[row.pk])).status_code in (302, 403)
    row.refresh_from_db()
    assert row.status == "pending"
    assert OutboxMessage.objects.count() == 3


def test_seeing_the_outbox_takes_the_view_permission(client, messages):
    user = get_user_model().objects.create_user("editor", password="pw")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("outbox:index")).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="view_outboxmessage"))
    user = get_user_model().objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(reverse("outbox:index")).status_code == 200
