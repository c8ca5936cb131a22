"""Log-in throttling (django-axes, per account and per client) and password hashing."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core import mail
from django.test import Client

from lms.settings import base
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create

PASSWORD = "a-good-test-password"
SITE_LOGIN = "/en/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3  # per account and client
    settings.LOGIN_FAILURES_PER_CLIENT = 6
    settings.LOGIN_FAILURES_PER_ACCOUNT = 9  # from every client the device does not know
    return settings


def attempt(client, url, username, password, ip="10.0.0.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def is_logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("url", [SITE_LOGIN, "/hi/accounts/login/", ADMIN_LOGIN])
def test_an_account_is_locked_after_its_failure_limit(client, throttled, url):
    user = UserFactory(username="9876543210", is_superuser=True, is_staff=True)
    for _ in range(2):
        assert attempt(client, url, user.username, "wrong").status_code == 200
    # The failure that reaches the limit gets the lock-out page already.
    assert attempt(client, url, user.username, "wrong").status_code == 429
    # Locked now: even the right password is refused, with the lock-out page.
    response = attempt(client, url, user.username, PASSWORD)
    assert response.status_code == 429
    assert not is_logged_in(client)
    html = response.content.decode()
    if url.startswith("/hi/"):
        assert '<html lang="hi">' in html
        assert "लॉग-इन के बहुत अधिक असफल प्रयास" in html
        assert "15 मिनट बाद फिर कोशिश करें" in html
        assert "ई-मेल से नया पासवर्ड चुनें" in html
    else:
        assert "Too many failed log-in attempts" in html
        assert "try again in 15 minutes" in html
    # Another account from the same client is not locked by these failures.
    other = UserFactory(username="9876543211", is_superuser=True, is_staff=True)
    assert attempt(client, url, other.username, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_failures_from_one_client_do_not_lock_the_account_elsewhere(client, throttled):
    # Issue 13: it used to be locked from every client after three failures from
    # anywhere; now only the (account, client) pair is, below the account's ceiling.
    user = UserFactory(username="9876543210")
    for _ in range(3):
        attempt(client, SITE_LOGIN, user.username, "wrong", ip="10.0.0.1")
    assert attempt(client, SITE_LOGIN, user.username, PASSWORD, ip="10.0.0.1").status_code == 429
    assert attempt(client, SITE_LOGIN, user.username, PASSWORD, ip="10.0.0.9").status_code == 302


@pytest.mark.django_db
def test_an_account_is_locked_for_unknown_clients_at_its_ceiling(client, throttled):
    user = UserFactory(username="9876543210")
    for n in range(9):  # three clients, each stopped at its pair limit
        attempt(client, SITE_LOGIN, user.username, "wrong", ip=f"10.0.0.{n // 3 + 1}")
    assert attempt(Client(), SITE_LOGIN, user.username, PASSWORD, ip="10.0.0.9").status_code == 429


@pytest.mark.django_db
def test_a_client_is_locked_after_failures_on_many_accounts(client, throttled):
    # Two failures per account stay under the per-account limit (3); six from
    # one address reach the per-client limit.
    statuses = []
    for n in range(3):
        UserFactory(username=f"user-{n}")
        for _ in range(2):
            statuses.append(attempt(client, SITE_LOGIN, f"user-{n}", "wrong").status_code)
    assert statuses == [200] * 5 + [429]
    fresh = UserFactory(username="fresh")
    assert attempt(client, SITE_LOGIN, fresh.username, PASSWORD).status_code == 429
    assert not is_logged_in(client)
    # The same account from another address logs in.
    assert attempt(client, SITE_LOGIN, fresh.username, PASSWORD, ip="10.9.9.9").status_code == 302
    assert is_logged_in(client)


@pytest.mark.django_db
def test_a_success_before_the_limit_clears_the_account_failures(client, throttled):
    user = UserFactory(username="9876543210")
    for _ in range(2):
        attempt(client, SITE_LOGIN, user.username, "wrong")
    assert attempt(client, SITE_LOGIN, user.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        attempt(client, SITE_LOGIN, user.username, "wrong")
    assert attempt(client, SITE_LOGIN, user.username, PASSWORD).status_code == 302


def test_throttling_is_on_by_default_with_pair_client_and_account_limits():
    assert base.AXES_ENABLED is True
    assert base.AXES_LOCKOUT_PARAMETERS == "lms.security.lockout_parameters"
    assert base.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert base.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    # The (account, client) pair is locked first; the account everywhere only
    # at a much higher ceiling, which an attacker must reach from many addresses.
    assert base.LOGIN_FAILURES_PER_CLIENT > base.AXES_FAILURE_LIMIT
    assert base.LOGIN_FAILURES_PER_ACCOUNT >= 10 * base.AXES_FAILURE_LIMIT


def coordinator_login(client, ip, password=PASSWORD):
    return attempt(client, ADMIN_LOGIN, "coordinator-in-mp", password, ip=ip)


@pytest.mark.django_db
def test_an_attacker_cannot_keep_a_coordinator_out(throttled):
    coordinator_create("in-mp")
    coordinators_phone = Client()
    assert coordinator_login(coordinators_phone, "10.7.7.7").status_code == 302
    coordinators_phone.post("/admin/logout/")

    attacker = Client()
    statuses = [
        coordinator_login(attacker, f"10.6.0.{n // 4}", "guess").status_code for n in range(40)
    ]
    # Each attacking address is stopped at its third guess ...
    assert statuses[:4] == [200, 200, 429, 429]
    # ... and the account's ceiling is reached: an unknown device is refused,
    assert coordinator_login(Client(), "10.7.7.8").status_code == 429
    # but the coordinator's own phone, known from an earlier log-in, gets in.
    response = coordinator_login(coordinators_phone, "10.7.7.7")
    assert response.status_code == 302
    assert "_auth_user_id" in coordinators_phone.session


@pytest.mark.django_db
def test_a_locked_out_owner_unlocks_the_account_by_email(throttled):
    user = UserFactory(username="asha", email="asha@example.org")
    attacker = Client()
    for n in range(12):
        attempt(attacker, SITE_LOGIN, "asha", "guess", ip=f"10.6.1.{n // 3}")
    new_phone = Client()
    response = attempt(new_phone, SITE_LOGIN, "asha", PASSWORD, ip="10.8.8.8")
    assert response.status_code == 429
    assert "Choose a new password by e-mail: that unlocks it" in response.content.decode()
    assert "/en/accounts/password_reset/" in response.content.decode()

    new_phone.post(
        "/en/accounts/password_reset/", {"email": "asha@example.org"}, REMOTE_ADDR="10.8.8.8"
    )
    link = re.search(r"http://testserver(/en/accounts/reset/\S+)", mail.outbox[-1].body).group(1)
    form_url = new_phone.get(link)["Location"]
    new = "a-new-long-password-7"
    new_phone.post(form_url, {"new_password1": new, "new_password2": new}, REMOTE_ADDR="10.8.8.8")
    # The attacker goes on guessing; the owner's phone is known now and gets in.
    for n in range(12):
        attempt(attacker, SITE_LOGIN, "asha", "guess", ip=f"10.6.2.{n // 3}")
    assert attempt(new_phone, SITE_LOGIN, "asha", new, ip="10.8.8.8").status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)


@pytest.mark.django_db
def test_a_mobile_number_written_differently_counts_for_the_same_account(client, throttled):
    user = UserFactory(username="asha")
    VolunteerFactory(user=user, phone="9876543210")
    typed = ["+91 98765 43210", "09876543210", "asha"]
    assert [attempt(client, SITE_LOGIN, t, "wrong").status_code for t in typed] == [200, 200, 429]
    assert attempt(client, SITE_LOGIN, "9876543210", PASSWORD).status_code == 429


@pytest.mark.django_db
def test_new_passwords_are_hashed_with_argon2_and_old_pbkdf2_hashes_still_work(settings):
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    user = get_user_model().objects.create_user("new-volunteer", password=PASSWORD)
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)

    old = UserFactory(username="old-volunteer")
    old.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    old.save()
    assert old.check_password(PASSWORD)
    old.refresh_from_db()
    assert old.password.startswith("argon2$")  # upgraded on the first check


@pytest.mark.django_db
def test_the_known_device_cookie_is_ascii_even_for_a_devanagari_user_name(client):
    # A Devanagari name in a Set-Cookie header made the server fail (latin-1).
    get_user_model().objects.create_user("राम", password=PASSWORD)
    response = client.post(SITE_LOGIN, {"username": "राम", "password": PASSWORD})
    assert response.status_code == 302
    cookie = response.cookies["lms_known_device"]
    assert cookie.value.isascii() and "राम" not in cookie.value
    assert cookie["httponly"]
