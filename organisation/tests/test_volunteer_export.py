"""Export of volunteers as CSV: scoped, filtered, streamed, and importable again."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from organisation.imports.services import volunteer_import_process
from organisation.models import Coordinator, Stage, Unit, VolunteerImport, VolunteerProfile
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named

User = get_user_model()


def coordinator(username, unit_code):
    user = User.objects.create_user(username, password="pass")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.create(user=user, unit=Unit.objects.get(code=unit_code))
    return user


def volunteer(phone, name, district_code, stage=Stage.SIGNED_UP, email=""):
    user = User.objects.create_user(phone, email=email)
    return VolunteerProfile.objects.create(
        user=user,
        phone=phone,
        name_en=name,
        name_hi="नाम",
        district=Unit.objects.get(code=district_code),
        stage=stage,
        skills="writing",
    )


@pytest.fixture
def volunteers(db):
    return [
        volunteer("9876543210", "Asha Verma", "in-up-lucknow", email="asha@example.org"),
        volunteer("9123456780", "Ravi Kumar", "in-up-hamirpur", Stage.TRAINED),
        volunteer("9988776655", "Sunita Patil", "in-hp-hamirpur"),
        volunteer("8877665544", "=HYPERLINK(1)", "in-br-patna"),
    ]


def export(client, **params):
    response = client.get(reverse("volunteer_imports:export"), params)
    assert response.status_code == 200, response
    assert response.streaming
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    return response, list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_export_has_the_import_columns_and_stage(volunteers, client):
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "pass"))
    response, rows = export(client)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="volunteers-in-' in response["Content-Disposition"]
    assert rows[0] == [
        "phone", "name_en", "name_hi", "email", "state", "district", "skills", "stage"
    ]  # fmt: skip
    assert rows[1] == [
        "9876543210", "Asha Verma", "नाम", "asha@example.org", "Uttar Pradesh", "Lucknow",
        "writing", "signed_up",
    ]  # fmt: skip
    assert len(rows) == 5
    # A name a spreadsheet would run as a formula is guarded.
    assert rows[4][1] == "'=HYPERLINK(1)"


def test_export_is_scoped_to_the_coordinators_unit(volunteers, client):
    client.force_login(coordinator("up", "in-up"))
    _response, rows = export(client)
    assert sorted(row[0] for row in rows[1:]) == ["9123456780", "9876543210"]

    client.force_login(coordinator("lucknow", "in-up-lucknow"))
    _response, rows = export(client)
    assert [row[0] for row in rows[1:]] == ["9876543210"]
    # A unit outside the scope is not found; one inside narrows the list.
    patna = Unit.objects.get(code="in-br-patna")
    response = client.get(reverse("volunteer_imports:export"), {"unit": patna.pk})
    assert response.status_code == 404


def test_export_filters_by_unit_and_stage(volunteers, client):
    client.force_login(coordinator("up", "in-up"))
    hamirpur = Unit.objects.get(code="in-up-hamirpur")
    _response, rows = export(client, unit=hamirpur.pk)
    assert [row[0] for row in rows[1:]] == ["9123456780"]
    _response, rows = export(client, stage="trained")
    assert [row[0] for row in rows[1:]] == ["9123456780"]
    _response, rows = export(client, stage="leader")
    assert rows[1:] == []
    assert client.get(reverse("volunteer_imports:export"), {"stage": "boss"}).status_code == 400
    assert client.get(reverse("volunteer_imports:export"), {"unit": "x"}).status_code == 400


def test_export_round_trips_through_import(volunteers, client):
    admin = User.objects.create_superuser("admin", "a@example.org", "pass")
    client.force_login(admin)
    _response, rows = export(client)
    body = b"".join(client.get(reverse("volunteer_imports:export")).streaming_content)
    # Into an empty database, the export brings the same volunteers back.
    before = {
        (v.phone, v.name_en, v.name_hi, v.user.email, v.district_id, v.skills)
        for v in VolunteerProfile.objects.select_related("user")
    }
    VolunteerProfile.objects.all().delete()
    User.objects.exclude(pk=admin.pk).delete()
    record = VolunteerImport.objects.create(
        file_name="export.csv", created_by=admin, unit=Unit.objects.get(code="in")
    )
    result = volunteer_import_process(record, binary=io.BytesIO(body))
    assert (result.imported, result.errors, result.problem) == (4, 0, None)
    after = {
        (v.phone, v.name_en, v.name_hi, v.user.email, v.district_id, v.skills)
        for v in VolunteerProfile.objects.select_related("user")
    }
    assert after == before
    # And importing it again over the same data creates nothing.
    record = VolunteerImport.objects.create(
        file_name="export.csv", created_by=admin, unit=Unit.objects.get(code="in")
    )
    result = volunteer_import_process(record, binary=io.BytesIO(body))
    assert (result.imported, result.skipped, result.errors) == (0, 4, 0)
