"""The session's user row kept in the cache (lms/auth_backends.py): never longer than it is true."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from lms.auth_backends import forget_cached_user
from testing.pages import site_header

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"  # noqa: S105


@pytest.fixture(autouse=True)
def user_cache_on(settings):
    settings.USER_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password=PASSWORD)


def logged_in(user):
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def is_logged_in(client) -> bool:
    html = site_header(client.get("/en/").content.decode())
    assert ("Log out" in html) != ("Log in" in html)
    return "Log out" in html


def test_the_user_is_read_once_then_from_the_cache(trainee, django_assert_max_num_queries):
    client = logged_in(trainee)
    client.get(reverse("dashboard"))  # reads the user row and caches it
    with django_assert_max_num_queries(50) as queries:
        assert client.get(reverse("dashboard")).status_code == 200
    assert queries.captured_queries  # the dashboard's own
    assert not any('FROM "auth_user"' in q["sql"] for q in queries.captured_queries)


def test_a_password_change_ends_the_other_sessions(trainee):
    phone, laptop = logged_in(trainee), logged_in(trainee)
    assert is_logged_in(phone) and is_logged_in(laptop)
    response = laptop.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-password-2",
            "new_password2": "another-long-password-2",
        },
    )
    assert response.status_code == 302
    assert is_logged_in(laptop)  # the session that changed it stays
    assert not is_logged_in(phone)


def test_a_password_set_by_code_ends_every_session(trainee):
    client = logged_in(trainee)
    assert is_logged_in(client)
    trainee.set_password("another-long-password-2")
    trainee.save()
    assert not is_logged_in(client)


def test_a_deactivated_user_is_logged_out_at_once(trainee):
    client = logged_in(trainee)
    assert is_logged_in(client)
    trainee.is_active = False
    trainee.save(update_fields=["is_active"])
    assert not is_logged_in(client)


def test_a_deleted_user_is_logged_out_at_once(trainee):
    client = logged_in(trainee)
    assert is_logged_in(client)
    trainee.delete()
    assert not is_logged_in(client)


def test_an_update_without_save_shows_once_the_row_is_forgotten(trainee):
    client = logged_in(trainee)
    assert is_logged_in(client)
    get_user_model().objects.filter(pk=trainee.pk).update(is_active=False)
    forget_cached_user(trainee.pk)
    assert not is_logged_in(client)


def test_permission_changes_apply_at_once(trainee):
    client = logged_in(trainee)
    assert client.get("/admin/").status_code == 302  # to the admin's log-in
    readers = Group.objects.create(name="Admin readers")
    readers.permissions.add(Permission.objects.get(codename="access_admin"))
    trainee.groups.add(readers)
    assert client.get("/admin/").status_code == 200
    readers.user_set.remove(trainee)  # from the group's side
    assert client.get("/admin/").status_code == 302


def test_superuser_status_applies_at_once(trainee):
    client = logged_in(trainee)
    assert client.get("/admin/").status_code == 302
    trainee.is_superuser = True
    trainee.save()
    assert client.get("/admin/").status_code == 200


def test_log_out_leaves_nothing_to_reuse(trainee):
    client = logged_in(trainee)
    assert is_logged_in(client)
    session_cookie = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    assert not is_logged_in(client)
    replay = Client()
    replay.cookies["sessionid"] = session_cookie
    assert not is_logged_in(replay)


def test_off_by_default_outside_production(settings, trainee, django_assert_max_num_queries):
    settings.USER_CACHE_SECONDS = 0
    client = logged_in(trainee)
    client.get(reverse("dashboard"))
    with django_assert_max_num_queries(50) as queries:
        client.get(reverse("dashboard"))
    assert any('FROM "auth_user"' in q["sql"] for q in queries.captured_queries)


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-production-test-key-with-enough-length-and-variety-0123456789",
    "ALLOWED_HOSTS": "training.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/lms",
    "CREDENTIALS_KEY_DIR": "/nonexistent/credentials-keys",
}


@pytest.mark.parametrize(("redis", "seconds"), [("redis://127.0.0.1:6379/7", "300"), ("", "0")])
def test_production_caches_users_only_in_a_cache_every_process_shares(run_python, redis, seconds):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.USER_CACHE_SECONDS)"
    )
    result = run_python(code, env={**PRODUCTION_ENV, "REDIS_URL": redis})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == seconds
