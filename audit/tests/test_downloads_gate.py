"""Downloads of personal data: a long list needs a stated purpose first, and each
coordinator has a limit of downloads per hour, with a clear message beyond it."""

import html

import pytest

from django.urls import reverse

from audit.models import AccessRecord

Outcome = AccessRecord.Outcome


@pytest.fixture
def small_threshold(settings):
    settings.AUDIT_PURPOSE_ROWS = 1


def test_a_list_over_the_threshold_asks_why_before_the_file(client, people, small_threshold):
    client.force_login(people["district"])
    url = reverse("volunteer_imports:export")
    response = client.get(url, {"stage": "signed_up"})
    page = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Why do you need this list?" in page
    assert "2 people" in page
    assert 'name="stage" value="signed_up"' in page  # the filters are kept for the download
    assert not AccessRecord.objects.exists()  # asking is not downloading

    response = client.get(url, {"stage": "signed_up", "purpose": "calls"})
    assert "Ensure this value has at least 10 characters" in response.content.decode()
    assert not AccessRecord.objects.exists()

    purpose = "Calling Indore's new volunteers for the June camp"
    response = client.get(url, {"stage": "signed_up", "purpose": purpose})
    assert response.streaming
    assert b"Asha Verma" in b"".join(response.streaming_content)
    record = AccessRecord.objects.get()
    assert (record.purpose, record.row_count) == (purpose, 2)
    assert record.filters == {"stage": "signed_up"}  # the purpose is kept apart


def test_a_list_within_the_threshold_needs_no_purpose(client, people, settings):
    settings.AUDIT_PURPOSE_ROWS = 2
    client.force_login(people["district"])
    response = client.get(reverse("volunteer_imports:export"))
    assert response.streaming
    assert AccessRecord.objects.get().purpose == ""


def test_the_wagtail_list_download_asks_for_a_purpose_too(client, people, small_threshold):
    client.force_login(people["district"])
    response = client.get(reverse("volunteers:index"), {"export": "xlsx"})
    assert "Why do you need this list?" in response.content.decode()
    assert 'name="export" value="xlsx"' in response.content.decode()
    response = client.get(
        reverse("volunteers:index"), {"export": "xlsx", "purpose": "Monthly review of Indore"}
    )
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    assert AccessRecord.objects.get().purpose == "Monthly review of Indore"


def test_downloads_are_limited_per_coordinator_with_a_clear_message(client, people, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (2, 3600)}
    url = reverse("volunteer_imports:export")
    client.force_login(people["district"])
    for _ in range(2):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "You have downloaded 2 files of volunteers' data in 60 minutes" in html.unescape(
        response.content.decode()
    )
    assert list(AccessRecord.objects.order_by("pk").values_list("outcome", flat=True)) == [
        Outcome.SHOWN,
        Outcome.SHOWN,
        Outcome.RATE_LIMITED,
    ]
    # Per coordinator: another one is not held back by this one's downloads.
    client.force_login(people["state"])
    assert client.get(url).status_code == 200


def test_the_purpose_question_does_not_count_towards_the_limit(client, people, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (1, 3600)}
    settings.AUDIT_PURPOSE_ROWS = 1
    client.force_login(people["district"])
    url = reverse("volunteer_imports:export")
    client.get(url)  # the question
    response = client.get(url, {"purpose": "Monthly review of Indore"})
    assert response.status_code == 200 and response.streaming
    assert client.get(url, {"purpose": "Monthly review of Indore"}).status_code == 429


def test_the_too_many_downloads_page_is_in_hindi(client, people, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (0, 3600)}
    client.force_login(people["district"])
    response = client.get(reverse("volunteer_imports:export"), HTTP_ACCEPT_LANGUAGE="hi")
    assert response.status_code == 429
    assert "बहुत अधिक डाउनलोड" in response.content.decode()
