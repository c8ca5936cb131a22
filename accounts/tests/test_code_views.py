"""The two pages of signing in by code, as a volunteer's phone uses them (no script)."""

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from messaging.models import OutboxMessage
from organisation.tests.factories import VolunteerFactory
from testing.accounts import main_text

pytestmark = pytest.mark.django_db

PHONE = "9876543210"
REQUEST, ENTER = "/en/accounts/code/", "/en/accounts/code/enter/"


@pytest.fixture
def volunteer():
    return VolunteerFactory(phone=PHONE, user__username=PHONE)


def code_sent() -> str:
    return (
        OutboxMessage.objects.filter(template_key="accounts/sign_in_code")
        .latest("pk")
        .context["code"]
    )


def test_the_log_in_page_leads_to_signing_in_by_code(client):
    for language, words in [("en", "Sign in with a code sent to your phone"), ("hi", "फ़ोन")]:
        response = client.get(f"/{language}/accounts/login/")
        assert f'href="/{language}/accounts/code/"' in response.content.decode()
        assert words in main_text(response)


def test_a_volunteer_asks_enters_the_code_and_lands_on_their_dashboard(client, volunteer):
    response = client.post(REQUEST, {"phone": "+91 98765-43210", "channel": "whatsapp"})
    assert response.status_code == 302 and response["Location"] == ENTER
    message = OutboxMessage.objects.get()
    assert (message.channel, message.language, message.address) == (
        "whatsapp",
        "en",
        "+919876543210",
    )

    page = client.get(ENTER)
    assert "98765 43210" in main_text(page) and "WhatsApp" in main_text(page)
    response = client.post(ENTER, {"code": code_sent()})
    assert response.status_code == 302 and response["Location"] == "/en/learn/"
    assert client.get("/en/learn/").context["user"] == volunteer.user


def test_the_hindi_page_sends_the_code_in_hindi_and_reads_devanagari_digits(client, volunteer):
    client.post("/hi/accounts/code/", {"phone": "९८७६५ ४३२१०", "channel": "sms"})
    message = OutboxMessage.objects.get()
    assert message.language == "hi"
    typed = message.context["code"].translate(str.maketrans("0123456789", "०१२३४५६७८९"))
    response = client.post("/hi/accounts/code/enter/", {"code": typed})
    assert response["Location"] == "/hi/learn/"


def test_next_is_kept_through_both_steps(client, volunteer):
    response = client.post(REQUEST + "?next=/en/courses/", {"phone": PHONE, "channel": "sms"})
    assert response["Location"] == ENTER + "?next=%2Fen%2Fcourses%2F"
    response = client.post(response["Location"], {"code": code_sent()})
    assert response["Location"] == "/en/courses/"


def test_a_wrong_code_says_so_in_the_same_words_as_an_unknown_number(client, volunteer):
    client.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    wrong = f"{(int(code_sent()) + 1) % 1_000_000:06d}"
    registered = main_text(client.post(ENTER, {"code": wrong}))

    other = client_for_number("9123456789")
    unknown = main_text(other.post(ENTER, {"code": wrong}))
    assert "This code is not right, or it is no longer valid" in registered
    assert registered.replace("98765 43210", "N") == unknown.replace("91234 56789", "N")


def client_for_number(phone):
    from django.test import Client

    other = Client()
    other.post(REQUEST, {"phone": phone, "channel": "sms"})
    return other


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("98765abcde", "has letters or other signs"),
        ("987654321", "A mobile number has 10 digits; this one has 9."),
        ("98765432101", "A mobile number has 10 digits; this one has 11."),
        ("0755 2551234", "This is not a mobile number (it may be a landline)"),
        ("+92 300 1234567", "Only Indian mobile numbers (+91) can be used here."),
    ],
)
def test_malformed_numbers_are_told_what_is_wrong(client, typed, said):
    response = client.post(REQUEST, {"phone": typed, "channel": "sms"})
    assert response.status_code == 200
    assert said in main_text(response)
    assert not OutboxMessage.objects.exists()


def test_malformed_numbers_are_told_in_hindi(client):
    response = client.post("/hi/accounts/code/", {"phone": "987654321", "channel": "sms"})
    assert "मोबाइल नंबर में 10 अंक होते हैं" in main_text(response)


@override_settings(
    TASKS={
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
        "database": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
)
def test_asking_answers_the_same_with_the_same_queries_whether_registered_or_not(volunteer):
    """No membership oracle: the page only queues the work, for any number."""
    from django.test import Client

    answers = []
    for phone in (PHONE, "9123456789"):
        client = Client()
        client.get(REQUEST)  # the session and CSRF cookie exist before the measured request
        with CaptureQueriesContext(connection) as queries:
            response = client.post(REQUEST, {"phone": phone, "channel": "sms"})
        page = main_text(client.get(ENTER)).replace(f"{phone[:5]} {phone[5:]}", "N")
        shape = [q["sql"].split()[0] for q in queries.captured_queries]
        answers.append((response.status_code, response["Location"], page, shape))
    assert answers[0] == answers[1]
    assert not OutboxMessage.objects.exists()  # nothing made yet: the queued task does it


def test_three_codes_per_number_then_a_pause_for_any_number(client, volunteer):
    for phone in (PHONE, "9123456789"):
        for _ in range(3):
            assert client.post(REQUEST, {"phone": phone, "channel": "sms"}).status_code == 302
        response = client.post(REQUEST, {"phone": phone, "channel": "sms"})
        assert response.status_code == 429
        assert response["Retry-After"] == "900"
    assert OutboxMessage.objects.count() == 3


def test_one_client_cannot_ask_for_codes_in_bulk(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "code_request_client": (5, 900)}
    for n in range(5):
        assert (
            client.post(REQUEST, {"phone": f"98000000{n:02d}", "channel": "sms"}).status_code == 302
        )
    assert client.post(REQUEST, {"phone": "9800000099", "channel": "sms"}).status_code == 429


def test_guessing_codes_across_many_numbers_is_stopped_per_client(settings, volunteer):
    """Five tries per code would let a script try five on each of many numbers: the
    client's own ceiling on codes typed stops it whatever number it names."""
    from django.test import Client

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "code_verify_client": (8, 900)}
    guesser = Client()
    tried = 0
    for n in range(4):
        guesser.post(REQUEST, {"phone": f"98000000{n:02d}", "channel": "sms"})
        for guess in range(3):
            response = guesser.post(ENTER, {"code": f"{guess:06d}"})
            tried += 1
            assert response.status_code == (200 if tried <= 8 else 429)
    # The limit is the client's: the volunteer's own right code, typed there, waits too.
    guesser.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    assert guesser.post(ENTER, {"code": code_sent()}).status_code == 429


def test_the_code_page_without_a_number_asks_for_one(client):
    assert client.get(ENTER)["Location"] == REQUEST


def test_a_signed_in_volunteer_is_sent_on(client, volunteer):
    client.force_login(volunteer.user)
    assert client.get(REQUEST)["Location"] == "/en/learn/"


def test_the_code_form_refuses_what_is_not_six_digits(client, volunteer):
    client.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    response = client.post(ENTER, {"code": "12345"})
    assert "The code has 6 digits." in main_text(response)
    assert get_user_model().objects.get(pk=volunteer.user_id).last_login is None


def test_agreeing_to_the_notice_on_the_code_page_is_recorded_as_a_phone_sign_in(
    client, volunteer, privacy_notice
):
    from consent.models import NoticeConsent

    client.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    page = client.get(ENTER)
    assert privacy_notice.title in main_text(page)  # the notice is on the page
    response = client.post(ENTER, {"code": code_sent(), "agree": "on"})
    assert response.status_code == 302 and response["Location"] == "/en/learn/"
    consent = NoticeConsent.objects.get(user=volunteer.user)
    assert (consent.notice, consent.method) == (privacy_notice, "phone_sign_in")
    assert client.get("/en/learn/").status_code == 200  # not asked again


def test_without_the_tick_the_volunteer_is_signed_in_and_asked_on_the_next_page(
    client, volunteer, privacy_notice
):
    from consent.models import NoticeConsent

    client.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    response = client.post(ENTER, {"code": code_sent()})
    assert response.status_code == 302
    assert not NoticeConsent.objects.filter(user=volunteer.user).exists()
    assert client.get("/en/learn/")["Location"] == "/en/consent/agree/?next=/en/learn/"


def test_a_wrong_code_with_the_tick_records_nothing(client, volunteer, privacy_notice):
    from consent.models import NoticeConsent

    client.post(REQUEST, {"phone": PHONE, "channel": "sms"})
    wrong = "000000" if code_sent() != "000000" else "111111"
    assert client.post(ENTER, {"code": wrong, "agree": "on"}).status_code == 200
    assert not NoticeConsent.objects.exists()
