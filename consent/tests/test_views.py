"""The notice page, consent at sign-up, asking again after a new version, and the
message settings: as a volunteer meets them, in English and Hindi."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from consent.models import Method, NoticeConsent
from consent.selectors import channels_allowed
from consent.services import consent_record
from organisation.models import Unit, VolunteerProfile
from testing.accounts import main_text
from testing.consent import publish_notice

pytestmark = pytest.mark.django_db

PASSWORD = "verify-before-sharing-42"


@pytest.fixture
def volunteer(db):
    user = get_user_model().objects.create_user("meena", password=PASSWORD)
    VolunteerProfile.objects.create(
        user=user,
        name_en="Meena",
        phone="9876501234",
        district=Unit.objects.get(code="in-mp-indore"),
    )
    return user


def test_the_notice_is_read_in_hindi_and_english_by_anyone(client, privacy_notice):
    english = main_text(client.get("/en/consent/notice/"))
    assert "How we use your personal data" in english
    for heading in ("What we collect", "Why we collect it", "Who sees it", "How long we keep it"):
        assert heading in english
    hindi = main_text(client.get("/hi/consent/notice/"))
    assert "हम आपकी निजी जानकारी का उपयोग कैसे करते हैं" in hindi
    assert "हम आपसे कभी भी आधार नंबर" in hindi
    assert "How we use" not in hindi


def test_without_a_published_notice_the_page_is_not_found(client):
    assert client.get("/en/consent/notice/").status_code == 404


def test_an_earlier_version_stays_readable(client, privacy_notice):
    publish_notice(title_en="How we use your data, version two")
    earlier = main_text(client.get("/en/consent/notice/1/"))
    assert "How we use your personal data" in earlier
    assert "This is an earlier version" in earlier
    assert "version two" in main_text(client.get("/en/consent/notice/"))


def test_sign_up_without_agreeing_to_the_notice_creates_no_account(
    client, signup_data, privacy_notice
):
    response = client.post("/hi/accounts/signup/", signup_data)
    assert response.status_code == 200
    assert "कृपया निजता सूचना पढ़ें और सहमति के लिए टिक करें।" in main_text(response)
    assert not get_user_model().objects.filter(username=signup_data["username"]).exists()


def test_sign_up_records_consent_with_version_and_channels(client, signup_data, privacy_notice):
    data = {**signup_data, "agree": "on", "channels": ["sms", "whatsapp"]}
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 302
    user = get_user_model().objects.get(username=signup_data["username"])
    consent = NoticeConsent.objects.get(user=user)
    assert (consent.notice, consent.method) == (privacy_notice, Method.SIGNUP)
    assert channels_allowed([user.pk], "sms") == {user.pk}
    assert channels_allowed([user.pk], "email") == set()
    # Signed up just now: not asked again.
    assert client.get("/en/learn/").status_code == 200


def test_a_new_version_asks_again_on_the_next_visit_and_leads_back(
    client, volunteer, privacy_notice
):
    consent_record(user=volunteer, notice=privacy_notice, method=Method.SIGNUP, channels=["sms"])
    client.force_login(volunteer)
    assert client.get("/en/learn/").status_code == 200

    second = publish_notice(
        changes_en="We now send reminders by WhatsApp.",
        changes_hi="अब हम WhatsApp पर भी याद दिलाने वाले संदेश भेजते हैं।",
    )
    response = client.get("/hi/learn/")
    assert response.status_code == 302
    assert response["Location"] == "/hi/consent/agree/?next=/hi/learn/"
    page = main_text(client.get(response["Location"]))
    assert "हमारी निजता सूचना बदल गई है" in page
    assert "अब हम WhatsApp पर भी" in page

    # Not agreeing is not agreeing.
    response = client.post("/hi/consent/agree/", {"next": "/hi/learn/", "channels": ["sms"]})
    assert response.status_code == 200
    assert not NoticeConsent.objects.filter(user=volunteer, notice=second).exists()

    response = client.post(
        "/hi/consent/agree/", {"agree": "on", "channels": ["whatsapp"], "next": "/hi/learn/"}
    )
    assert response.status_code == 302 and response["Location"] == "/hi/learn/"
    consent = NoticeConsent.objects.get(user=volunteer, notice=second)
    assert consent.method == Method.NOTICE_PAGE
    # The ticks are the answer: SMS unticked is SMS withdrawn.
    assert channels_allowed([volunteer.pk], "sms") == set()
    assert channels_allowed([volunteer.pk], "whatsapp") == {volunteer.pk}
    assert client.get("/hi/learn/").status_code == 200


def test_who_does_not_agree_is_led_to_the_erasure_request(client, volunteer, privacy_notice):
    from privacy.models import ErasureRequest

    consent_record(user=volunteer, notice=privacy_notice, method=Method.SIGNUP)
    publish_notice()
    client.force_login(volunteer)
    asked = client.get("/hi/consent/agree/?next=/hi/learn/")
    assert "अपना डेटा मिटाने का अनुरोध" in asked.content.decode()
    with translation.override("hi"):
        erase_url = reverse("my_data_erase")
    assert erase_url == "/hi/my-data/erase/" and f'href="{erase_url}"' in asked.content.decode()
    # Their own data is not behind the new notice: seen, and its erasure asked for.
    assert client.get(erase_url).status_code == 200
    assert client.get("/hi/my-data/").status_code == 200
    response = client.post(erase_url, {"confirm": "on"})
    assert response.status_code == 302
    assert ErasureRequest.objects.filter(user=volunteer).exists()
    assert client.get("/hi/learn/").status_code == 302  # the rest still asks


def test_who_and_what_is_not_asked(client, volunteer, privacy_notice):
    staff = get_user_model().objects.create_user("trainer", password=PASSWORD)
    client.force_login(staff)
    assert client.get("/en/learn/").status_code == 200  # not a volunteer

    client.force_login(volunteer)
    assert client.get("/en/learn/").status_code == 302
    # Not the admin, not a script's fetch, not a POST, not the notice itself.
    assert "consent" not in client.get("/admin/").get("Location", "")
    assert client.get("/en/learn/", headers={"Sec-Fetch-Mode": "cors"}).status_code == 200
    assert client.get("/en/consent/notice/").status_code == 200
    assert client.get(reverse("consent:messages")).status_code == 200


def test_message_settings_withdraw_a_channel_at_once_and_keep_the_history(client, volunteer):
    consent_record(user=volunteer, notice=None, method=Method.SIGNUP, channels=["sms", "email"])
    client.force_login(volunteer)
    page = client.get("/en/consent/messages/")
    assert re.search(r'value="sms"[^>]*checked', page.content.decode())
    assert not re.search(r'value="whatsapp"[^>]*checked', page.content.decode())
    response = client.post("/en/consent/messages/", {"channels": ["email"]})
    assert response.status_code == 302
    assert channels_allowed([volunteer.pk], "sms") == set()
    assert channels_allowed([volunteer.pk], "email") == {volunteer.pk}
    history = main_text(client.get("/hi/consent/messages/"))
    assert "एसएमएस रोका गया (संदेश सेटिंग पेज)" in history


def test_message_settings_need_a_sign_in(client):
    response = client.get("/en/consent/messages/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
