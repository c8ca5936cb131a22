"""My data: the volunteer sees, downloads, corrects and asks to erase their own data."""

import csv
import io
import json

import pytest

from messaging.outbox import Message, messages_record
from organisation.models import Screening
from privacy.models import ErasureRequest

PRIVATE = "Nervous in the interview; private note"
# Every variable the certificate_issued template declares (messaging refuses fewer).
CERTIFICATE_MESSAGE = {
    "name_en": "Devika Sharma", "name_hi": "देविका शर्मा", "role_en": "district leader",
    "role_hi": "ज़िला नेता", "unit_en": "Indore", "unit_hi": "इंदौर",
    "site_url": "http://testserver", "verify_url": "http://testserver/v/X",
}  # fmt: skip


@pytest.fixture
def leader_client(world, client):
    d = world["v"]["D"]
    d.name_en = "Devika Sharma"
    d.save()
    Screening.objects.create(volunteer=d, notes=PRIVATE, decision="selected")
    messages_record(
        [Message(key="m-1", address="devika@example.org", template_key="certificate_issued",
                 recipient_id=d.user_id, context=CERTIFICATE_MESSAGE)],
        enqueue=False,
    )  # fmt: skip
    client.force_login(d.user)
    return client


@pytest.mark.django_db
def test_the_page_shows_everything_held_but_the_interviewers_notes(leader_client, world):
    page = leader_client.get("/en/my-data/")
    text = page.content.decode()
    assert page.status_code == 200
    for shown in (
        "Devika Sharma",  # profile
        world["v"]["D"].phone,
        "Stage history",
        "Selected for training",  # the screening decision
        "Verification basics",  # courses
        "Quiz scores",
        "Leadership and certificates",
        "certificate issued",  # a message sent
    ):
        assert shown in text, shown
    assert PRIVATE not in text
    assert "/en/my-data/download.json" in text and "/en/my-data/erase/" in text


@pytest.mark.django_db
def test_the_page_is_in_hindi(leader_client):
    text = leader_client.get("/hi/my-data/").content.decode()
    assert "मेरा डेटा" in text and "स्क्रीनिंग" in text


@pytest.mark.django_db
def test_downloads_in_json_and_csv_hold_the_same_and_no_private_notes(leader_client, world):
    response = leader_client.get("/en/my-data/download.json")
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    body = json.loads(response.content)
    profile = body["sections"]["profile"]["rows"][0]
    assert profile["name in English"] == "Devika Sharma"
    assert body["sections"]["screening"]["rows"][0]["decision"] == "Selected for training"
    assert body["sections"]["scores"]["rows"][0]["score (%)"] == 67
    assert PRIVATE not in response.content.decode()

    response = leader_client.get("/en/my-data/download.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "row", "field", "value"]
    assert ["Profile", "1", "name in English", "Devika Sharma"] in rows
    assert PRIVATE not in text
    assert leader_client.get("/en/my-data/download.xml").status_code == 404


@pytest.mark.django_db
def test_a_volunteer_corrects_their_name_and_email_but_not_their_phone(leader_client, world):
    d = world["v"]["D"]
    response = leader_client.post(
        "/en/my-data/",
        {"name_en": "Devika S. Sharma", "name_hi": "देविका शर्मा", "skills": "video",
         "email": "devika@example.org", "phone": "9000000001"},
    )  # fmt: skip
    assert response.status_code == 302
    d.refresh_from_db()
    d.user.refresh_from_db()
    assert (d.name_en, d.name_hi, d.skills) == ("Devika S. Sharma", "देविका शर्मा", "video")
    assert d.user.email == "devika@example.org"
    assert d.phone != "9000000001"
    bad = leader_client.post("/en/my-data/", {"name_en": "", "email": "not an address"})
    assert bad.status_code == 400


@pytest.mark.django_db
def test_erasure_is_asked_with_a_tick_refused_twice_and_cancelled(leader_client, world):
    user = world["v"]["D"].user
    assert leader_client.get("/en/my-data/erase/").status_code == 200
    assert leader_client.post("/en/my-data/erase/", {}).status_code == 400
    assert not ErasureRequest.objects.filter(user=user).exists()

    response = leader_client.post("/en/my-data/erase/", {"confirm": "on"}, follow=True)
    assert "Your data will be erased on" in response.content.decode()
    assert ErasureRequest.objects.get(user=user).status == "pending"
    # A second request (another tab, a double submit) is refused and says when.
    again = leader_client.post("/en/my-data/erase/", {"confirm": "on"}, follow=True)
    assert "already asked" in again.content.decode()
    assert ErasureRequest.objects.filter(user=user).count() == 1

    leader_client.post("/en/my-data/erase/cancel/")
    assert ErasureRequest.objects.get(user=user).status == "cancelled"


@pytest.mark.django_db
def test_the_page_asks_to_sign_in(client):
    response = client.get("/en/my-data/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
