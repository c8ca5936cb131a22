"""CSV injection: no cell of a file we write is run as a formula when a coordinator opens
it in a spreadsheet, and the import refuses an e-mail address that is a formula."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from lms.spreadsheets import safe_cell
from organisation.imports.services import volunteer_import_process
from organisation.models import Unit, VolunteerImport, VolunteerProfile

User = get_user_model()
HEADER = "phone,name_en,name_hi,email,state,district,skills\n"
HYPERLINK = '=HYPERLINK("http://evil.example/?@a.bc")'


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("admin", "admin@example.org", "pass")


def run_import(data: bytes, admin):
    record = VolunteerImport.objects.create(
        file_name="volunteers.csv", created_by=admin, unit=Unit.objects.get(code="in")
    )
    volunteer_import_process(record, binary=io.BytesIO(data), size=len(data))
    record.refresh_from_db()
    return record


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        # Numbers are not formulas: phones and amounts stay importable as they are.
        ("+91 98765 43210", "+91 98765 43210"),
        ("-5", "-5"),
        ("Asha Verma", "Asha Verma"),
        (7, 7),
        (None, None),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_written_as_text(value, written):
    assert safe_cell(value) == written


def test_the_import_refuses_an_email_that_is_a_formula(admin):
    quoted = HYPERLINK.replace('"', '""')
    data = (HEADER + f'9876543210,Asha Verma,,"{quoted}",Bihar,Patna,\n').encode()

    record = run_import(data, admin)

    assert record.imported_count == 0
    assert record.error_count == 1
    assert "is not an e-mail address" in record.first_errors[0][2]
    assert not VolunteerProfile.objects.exists()


def test_the_volunteer_export_guards_the_email_column(admin, client):
    # Stored before the import refused such addresses, or typed in the admin.
    user = User.objects.create_user("9876543210", email=HYPERLINK)
    VolunteerProfile.objects.create(
        user=user,
        phone="9876543210",
        name_en="Asha Verma",
        district=Unit.objects.get(code="in-br-patna"),
    )
    client.force_login(admin)

    body = b"".join(client.get(reverse("volunteer_imports:export")).streaming_content)

    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[1][3] == "'" + HYPERLINK


def test_the_import_error_report_guards_the_raw_cells_it_copies(admin):
    data = (HEADER + "=cmd|' /C calc'!A0,Asha Verma,,,Bihar,Patna,\n").encode()

    record = run_import(data, admin)

    report = record.error_report.open("rb").read().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(report)))
    assert rows[1][:2] == ["2", "'=cmd|' /C calc'!A0"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_a_wagtail_list_export_is_guarded(admin):
    # Wagtail's SpreadsheetExportMixin writes CSV cells as they are; the product's
    # mixin puts the guard in front of it for every list_export.
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    from lms.spreadsheets import SafeExportMixin

    class Export(SafeExportMixin, SpreadsheetExportMixin):
        list_export = ["username", "email"]

    User.objects.create_user("9876543210", email=HYPERLINK)
    users = User.objects.filter(username="9876543210")

    body = b"".join(Export().write_csv_response(users).streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[1] == ["9876543210", "'" + HYPERLINK]
