"""Sign-up, log-in, log-out and password reset, in both languages."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from lms.models import Unit, VolunteerProfile

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "asha",
    "name_en": "Asha Verma",
    "name_hi": "आशा वर्मा",
    "phone": "98765 43210",
    "email": "asha@example.org",
    "district": "in-mp-indore",  # replaced by the unit's id in `signup_data`
    "skills": "Writing, fact-checking",
    "password1": "verify-before-sharing-42",
    "password2": "verify-before-sharing-42",
}


@pytest.fixture
def signup_data():
    return {**SIGNUP, "district": Unit.objects.get(code=SIGNUP["district"]).pk}


def test_sign_up_creates_the_account_and_profile_and_logs_in(client, signup_data):
    response = client.post("/en/accounts/signup/", signup_data)
    assert response.status_code == 302
    assert response["Location"] == "/en/learn/"
    user = get_user_model().objects.get(username="asha")
    profile = user.volunteer_profile
    assert (profile.name_hi, profile.phone, profile.district.name_en, profile.state.name_en) == (
        "आशा वर्मा",
        "9876543210",
        "Indore",
        "Madhya Pradesh",
    )
    assert profile.stage == "signed_up"
    assert user.groups.filter(name="Trainees").exists()
    assert client.get("/en/learn/").status_code == 200


def test_sign_up_reports_a_duplicate_phone_and_a_weak_password(client, signup_data):
    client.post("/en/accounts/signup/", signup_data)
    client.logout()
    response = client.post(
        "/en/accounts/signup/",
        {**signup_data, "username": "ravi", "password1": "password", "password2": "password"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "An account with this mobile number already exists." in html
    assert "This password is too common." in html
    assert VolunteerProfile.objects.count() == 1


def test_sign_up_page_in_hindi(client):
    html = client.get("/hi/accounts/signup/").content.decode()
    assert '<html lang="hi">' in html
    assert 'name="name_hi"' in html


def test_log_in_and_log_out(client):
    get_user_model().objects.create_user("asha", password="verify-before-sharing-42")
    response = client.post(
        "/en/accounts/login/", {"username": "asha", "password": "verify-before-sharing-42"}
    )
    assert response["Location"] == "/en/learn/"
    assert client.post("/en/accounts/logout/").status_code == 302
    assert client.get("/en/learn/")["Location"].startswith("/en/accounts/login/")


def test_password_reset_by_email(client):
    get_user_model().objects.create_user(
        "asha", email="asha@example.org", password="verify-before-sharing-42"
    )
    response = client.post("/en/accounts/password_reset/", {"email": "asha@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/\S+/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url,
        {"new_password1": "a-new-long-password-7", "new_password2": "a-new-long-password-7"},
    )
    assert response.status_code == 302
    assert client.login(username="asha", password="a-new-long-password-7")


def test_a_volunteer_imported_without_a_password_can_set_one_by_reset_link(client):
    user = get_user_model().objects.create_user("9876500000", email="imported@example.org")
    user.set_unusable_password()
    user.save()
    inactive = get_user_model().objects.create_user(
        "9876500001", email="gone@example.org", is_active=False
    )
    inactive.set_unusable_password()
    inactive.save()
    client.post("/en/accounts/password_reset/", {"email": "IMPORTED@example.org"})
    client.post("/en/accounts/password_reset/", {"email": "gone@example.org"})
    assert [m.to for m in mail.outbox] == [["imported@example.org"]]
    link = re.search(r"http://testserver(/en/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    client.post(form_url, {"new_password1": "verify-first-7", "new_password2": "verify-first-7"})
    assert client.login(username="9876500000", password="verify-first-7")
