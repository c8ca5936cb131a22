"""The volunteer import's admin screens: upload, status, error report, list and
filters, scope, template."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from organisation.models import Unit, VolunteerImport
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named
from organisation.tests.volunteer_files import GOOD, User, coordinator, csv_bytes, run_import

#: The organisation's own record of the volunteers' consent, which an upload must name.
CONSENT = {"consent_record": "Membership forms, Uttar Pradesh office, 2026"}


def test_admin_upload_runs_the_task_and_shows_the_status(
    db, client, django_capture_on_commit_callbacks
):
    user = coordinator("up", "in-up")
    client.force_login(user)
    index = client.get(reverse("volunteer_imports:index"))
    assert index.status_code == 200
    assert b"Import volunteers" in index.content
    upload = SimpleUploadedFile(
        "up.csv", csv_bytes(GOOD[0], "9000000001,Outside,,,Bihar,Patna,"), "text/csv"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("volunteer_imports:create"), {"file": upload, **CONSENT})
    record = VolunteerImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("volunteer_imports:detail", args=[record.pk])
    assert record.unit.code == "in-up" and record.created_by == user
    assert record.file.name.startswith("imports/")

    status = client.get(reverse("volunteer_imports:status", args=[record.pk])).json()
    assert status["status"] == "done" and status["percent"] == 100
    assert (status["imported"], status["skipped"], status["errors"]) == (1, 0, 1)

    page = client.get(response["Location"]).content.decode()
    assert "Patna (Bihar) is outside your unit, Uttar Pradesh" in page
    assert "<td>3</td>" in page
    assert reverse("volunteer_imports:errors", args=[record.pk]) in page
    report = client.get(reverse("volunteer_imports:errors", args=[record.pk]))
    assert (
        b"".join(report.streaming_content)
        .decode("utf-8-sig")
        .startswith("line,phone,reason\r\n3,9000000001,")
    )
    listing = client.get(reverse("volunteer_imports:index")).content.decode()
    assert "up.csv" in listing


def test_admin_refuses_a_wrong_file_type(db, client):
    client.force_login(coordinator("up", "in-up"))
    upload = SimpleUploadedFile("notes.txt", b"hello", "text/plain")
    response = client.post(reverse("volunteer_imports:create"), {"file": upload, **CONSENT})
    assert response.status_code == 400
    assert not VolunteerImport.objects.exists()


def test_admin_refuses_an_oversized_or_empty_upload(db, client, monkeypatch):
    from organisation.imports import forms as import_forms

    client.force_login(coordinator("up", "in-up"))
    monkeypatch.setattr(import_forms, "MAX_UPLOAD_MB", 1)
    big = SimpleUploadedFile("big.csv", b"x" * (1024 * 1024 + 1), "text/csv")
    response = client.post(reverse("volunteer_imports:create"), {"file": big, **CONSENT})
    assert response.status_code == 400
    assert "larger than 1 MB" in response.content.decode()
    empty = SimpleUploadedFile("empty.csv", b"", "text/csv")
    response = client.post(reverse("volunteer_imports:create"), {"file": empty, **CONSENT})
    assert response.status_code == 400
    assert not VolunteerImport.objects.exists()


def test_imports_are_seen_only_inside_the_coordinators_unit(db, client):
    lucknow = coordinator("lucknow", "in-up-lucknow")
    state = coordinator("up", "in-up")
    bihar = coordinator("bihar", "in-br")
    record = VolunteerImport.objects.create(
        file_name="lucknow.csv", created_by=lucknow, unit=Unit.objects.get(code="in-up-lucknow")
    )
    detail = reverse("volunteer_imports:detail", args=[record.pk])
    for user, expected in ((lucknow, 200), (state, 200), (bihar, 404)):
        client.force_login(user)
        assert client.get(detail).status_code == expected
        assert (
            client.get(reverse("volunteer_imports:status", args=[record.pk])).status_code
            == expected
        )
        listing = client.get(reverse("volunteer_imports:index")).content.decode()
        assert ("lucknow.csv" in listing) == (expected == 200)


def test_only_coordinators_may_import(db, client):
    user = User.objects.create_user("trainer", password="pass")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    client.force_login(user)
    # Wagtail turns the refusal into a redirect to the dashboard, with a message.
    for name in (
        "volunteer_imports:index",
        "volunteer_imports:template",
        "volunteer_imports:export",
    ):
        response = client.get(reverse(name))
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    upload = SimpleUploadedFile("up.csv", csv_bytes(GOOD[0]), "text/csv")
    response = client.post(reverse("volunteer_imports:create"), {"file": upload, **CONSENT})
    assert response.status_code == 302
    assert not VolunteerImport.objects.exists()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("volunteer_imports:index") not in home


def test_template_download_is_a_valid_import(national, client):
    client.force_login(national)
    response = client.get(reverse("volunteer_imports:template"))
    assert response["Content-Disposition"].startswith("attachment")
    record, _ = run_import(response.content, user=national)
    assert (record.imported_count, record.error_count) == (5, 0)


def test_the_list_of_imports_filters_by_status(db, client):
    user = coordinator("up", "in-up")
    unit = Unit.objects.get(code="in-up")
    VolunteerImport.objects.create(file_name="done.csv", unit=unit, status="done")
    VolunteerImport.objects.create(file_name="failed.csv", unit=unit, status="failed")
    client.force_login(user)
    for name in ("volunteer_imports:index", "volunteer_imports:index_results"):
        listing = client.get(reverse(name), {"status": "failed"}).content.decode()
        assert "failed.csv" in listing and "done.csv" not in listing
    listing = client.get(reverse("volunteer_imports:index")).content.decode()
    assert "failed.csv" in listing and "done.csv" in listing


def test_only_a_coordinator_can_create_an_import(db):
    # A refusal in the product's vocabulary, whoever calls the service (a view, a task).
    from lms.errors import ApplicationError
    from organisation.imports.services import volunteer_import_create

    nobody = User.objects.create_user("nobody", password="pass")
    upload = SimpleUploadedFile("up.csv", csv_bytes(GOOD[0]), "text/csv")
    with pytest.raises(ApplicationError, match="Only coordinators can import volunteers"):
        volunteer_import_create(uploaded_file=upload, created_by=nobody, enqueue=False)
    assert not VolunteerImport.objects.exists()
