"""Coordinators invite volunteers to sign in by phone, in bulk or one by one, inside their
scope, and see each volunteer's messages and their status."""

import pytest

from django.conf import settings
from django.utils import timezone

from messaging.models import OutboxMessage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db

BULK = "/admin/bulk/organisation/volunteerprofile/invite/"


@pytest.fixture
def coordinator(client):
    user = coordinator_create("in-mp-indore")
    client.force_login(user)
    return user


def invite(client, volunteers, channel="sms", language="hi", **extra):
    ids = [v.pk for v in volunteers]
    query = "&".join(f"id={pk}" for pk in ids)
    return client.post(
        f"{BULK}?{query}&next=/admin/volunteers/",
        {"channel": channel, "language": language, **extra},
    )


def test_the_volunteer_list_offers_the_invitation(client, coordinator):
    VolunteerFactory()
    assert BULK in client.get("/admin/volunteers/").content.decode()


def test_invited_volunteers_get_one_message_each_with_the_sign_in_address(client, coordinator):
    asha = VolunteerFactory(name_en="Asha", name_hi="आशा", phone="9876543210")
    ravi = VolunteerFactory(name_en="Ravi", name_hi="", phone="9876543211")
    response = invite(client, [asha, ravi], channel="whatsapp", language="hi")
    assert response.status_code == 302

    rows = {m.recipient_id: m for m in OutboxMessage.objects.all()}
    assert set(rows) == {asha.user_id, ravi.user_id}
    message = rows[asha.user_id]
    assert (message.channel, message.language, message.address) == (
        "whatsapp",
        "hi",
        "+919876543210",
    )
    assert message.template_key == "accounts/invitation"
    assert message.context == {"name": "आशा", "url": f"{settings.SITE_URL}/hi/accounts/code/"}
    assert rows[ravi.user_id].context["name"] == "Ravi"  # no Hindi name: the English one
    # The link signs nobody in by itself: no code, no token in it.
    assert "code" not in message.context


def test_inviting_twice_the_same_day_sends_one_message(client, coordinator):
    asha = VolunteerFactory()
    invite(client, [asha])
    response = invite(client, [asha])
    assert OutboxMessage.objects.count() == 1
    texts = [str(m) for m in response.wsgi_request._messages]
    assert "1 volunteer was invited today already: no second message." in texts
    invite(client, [asha], channel="whatsapp")  # another channel is another message
    assert OutboxMessage.objects.count() == 2


def test_a_volunteer_outside_the_scope_is_not_invited(client, coordinator):
    inside = VolunteerFactory()
    outside = VolunteerFactory(district=unit("in-mp-bhopal"))
    invite(client, [inside, outside])
    assert list(OutboxMessage.objects.values_list("recipient_id", flat=True)) == [inside.user_id]
    assert invite(client, [outside]).status_code == 404


def test_staff_and_volunteers_without_a_number_are_listed_not_invited(client, coordinator):
    staff = VolunteerFactory(name_en="Staff Member", user__is_staff=True)
    no_phone = VolunteerFactory(name_en="No Phone", phone=None)
    response = invite(client, [staff, no_phone], language="en")
    assert not OutboxMessage.objects.exists()
    texts = " ".join(str(m) for m in response.wsgi_request._messages)
    assert "Not invited (no mobile number, or staff who log in with a password)" in texts
    assert "Staff Member" in texts and "No Phone" in texts


def test_a_user_without_the_change_permission_cannot_invite(client):
    from organisation.tests.factories import UserFactory

    client.force_login(UserFactory())
    response = invite(client, [VolunteerFactory()])
    assert response.status_code in (302, 403)
    assert not OutboxMessage.objects.exists()


def test_the_volunteer_page_shows_their_messages_and_status_not_their_text(client, coordinator):
    volunteer = VolunteerFactory(phone="9876543210")
    invite(client, [volunteer], channel="sms")
    OutboxMessage.objects.create(
        key="accounts/sign_in_code:x",
        channel="whatsapp",
        recipient=volunteer.user,
        address="+919876543210",
        template_key="accounts/sign_in_code",
        context={"code": "402913", "minutes": 10},
        status="sent",
        sent_at=timezone.now(),
    )
    html = client.get(f"/admin/volunteers/{volunteer.pk}/").content.decode()
    assert "<td>Invitation to sign in</td>" in html
    assert "<td>Sign-in code</td>" in html
    assert "402913" not in html  # a code is the volunteer's alone
    assert f"{BULK}?id={volunteer.pk}" in html  # invite this one from their page


def test_another_volunteers_messages_are_not_shown(client, coordinator):
    volunteer, other = VolunteerFactory(), VolunteerFactory()
    invite(client, [other])
    html = client.get(f"/admin/volunteers/{volunteer.pk}/").content.decode()
    assert "No message sent yet." in html
