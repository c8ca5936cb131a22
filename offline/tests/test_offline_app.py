"""The installable web app: worker, manifest, offline page, forgetting on sign-in change."""

import json

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from offline import service_worker
from offline.middleware import PHONE_OWNER_COOKIE

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_root_always_revalidated(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    script = response.content.decode()
    config = json.loads(script.split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["version"] == service_worker.version()
    assert "/en/offline/" in config["precache"] and "/hi/offline/" in config["precache"]
    assert any(url.endswith(".css") for url in config["precache"])
    assert "/learn/attempts/" in config["neverSaved"]


def test_every_url_the_worker_keeps_at_install_exists(client):
    for url in service_worker.precached_urls():
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Volunteer Training"), ("hi", "स्वयंसेवक प्रशिक्षण")]
)
def test_the_manifest_speaks_the_language_of_its_address(client, language, name):
    response = client.get(f"/{language}/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == name
    assert manifest["lang"] == language
    assert manifest["start_url"] == f"/{language}/learn/"
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "You are offline"), ("hi", "आप ऑफ़लाइन हैं")]
)
def test_the_offline_page_exists_in_both_languages(client, language, heading):
    response = client.get(f"/{language}/offline/")

    assert response.status_code == 200
    assert heading in response.content.decode()


def test_pages_link_the_manifest_and_load_only_the_registering_script(client):
    page = client.get("/hi/offline/").content.decode()

    assert '<link rel="manifest" href="/hi/manifest.webmanifest">' in page
    assert page.count("<script") == 1
    assert "js/offline" in page


def test_the_site_policy_allows_our_own_worker_and_manifest_only(client):
    policy = client.get("/en/offline/")["Content-Security-Policy"]

    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


def test_signing_in_and_out_makes_the_browser_forget_the_kept_pages(client):
    get_user_model().objects.create_user("meera", password="a-long-pw-1")

    reading = client.get("/en/offline/")
    assert "Clear-Site-Data" not in reading

    signed_in = client.post("/en/accounts/login/", {"username": "meera", "password": "a-long-pw-1"})
    assert signed_in.status_code == 302
    assert signed_in["Clear-Site-Data"] == '"cache", "storage"'

    still_in = client.get("/en/offline/")
    assert "Clear-Site-Data" not in still_in

    signed_out = client.post("/en/accounts/logout/")
    assert signed_out["Clear-Site-Data"] == '"cache", "storage"'
    assert signed_out.cookies[PHONE_OWNER_COOKIE].value == ""  # deleted


def sign_in(client, username):
    response = client.post("/en/accounts/login/", {"username": username, "password": "a-long-pw-1"})
    assert response.status_code == 302
    return response


def test_the_same_reader_signing_in_after_their_session_ended_keeps_what_the_phone_kept(client):
    # Weeks offline: the session expired, and the progress queued on the phone must
    # still be there to send when its reader signs in again.
    get_user_model().objects.create_user("meera", password="a-long-pw-1")
    sign_in(client, "meera")
    client.cookies.pop(settings.SESSION_COOKIE_NAME)  # the session ended on its own

    again = sign_in(client, "meera")

    assert "Clear-Site-Data" not in again


def test_another_reader_signing_in_after_a_session_ended_clears_the_phone(client):
    users = get_user_model().objects
    users.create_user("meera", password="a-long-pw-1")
    users.create_user("ravi", password="a-long-pw-1")
    sign_in(client, "meera")
    owner = client.cookies[PHONE_OWNER_COOKIE].value
    assert len(owner) == 32 and owner != str(users.get(username="meera").pk)
    client.cookies.pop(settings.SESSION_COOKIE_NAME)

    other = sign_in(client, "ravi")

    assert other["Clear-Site-Data"] == '"cache", "storage"'
    assert other.cookies[PHONE_OWNER_COOKIE].value != owner


@pytest.mark.django_db
def test_the_watchdogs_sweep_forgets_replay_keys_past_their_days(django_user_model, settings):
    import uuid
    from datetime import timedelta

    from django.utils import timezone

    from lms import watchdog
    from offline.models import ReplayKey

    user = django_user_model.objects.create_user("reader")
    old, recent = (ReplayKey.objects.create(key=uuid.uuid4(), user=user, path="/") for _ in "ab")
    ReplayKey.objects.filter(pk=old.pk).update(
        received_at=timezone.now() - timedelta(days=settings.OFFLINE_REPLAY_KEY_DAYS + 1)
    )
    assert watchdog.sweep()["offline.receivers.replay_keys_forgotten"] == 1
    assert list(ReplayKey.objects.values_list("pk", flat=True)) == [recent.pk]
