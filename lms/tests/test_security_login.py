"""Log-in throttling (django-axes, per account and per client) and password hashing."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from lms.settings import base
from lms.tests.factories import UserFactory

PASSWORD = "a-good-test-password"
SITE_LOGIN = "/en/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURES_PER_CLIENT = 6
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
    else:
        assert "Too many failed log-in attempts" in html
        assert "try again in 15 minutes" in html
    # Another account from the same client is not locked by these failures.
    other = UserFactory(username="9876543211", is_superuser=True, is_staff=True)
    assert attempt(client, url, other.username, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_locked_account_is_locked_from_every_client(client, throttled):
    user = UserFactory(username="9876543210")
    for ip in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        attempt(client, SITE_LOGIN, user.username, "wrong", ip=ip)
    assert attempt(client, SITE_LOGIN, user.username, PASSWORD, ip="10.0.0.9").status_code == 429


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


def test_throttling_is_on_by_default_with_per_account_and_per_client_limits():
    assert base.AXES_ENABLED is True
    assert base.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]
    assert base.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert base.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert base.LOGIN_FAILURES_PER_CLIENT > base.AXES_FAILURE_LIMIT


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
