"""Bulk import of volunteers: validation with line numbers, de-duplication, encodings,
scope, memory, Excel."""

import io
import tracemalloc

import pytest

from organisation.imports.fake import write_volunteer_csv
from organisation.imports.services import volunteer_import_process
from organisation.models import Stage, StageChange, Unit, VolunteerImport, VolunteerProfile
from organisation.tests.volunteer_files import (
    GOOD,
    HEADER,
    User,
    coordinator,
    csv_bytes,
    run_import,
)


def test_good_rows_become_users_profiles_and_history(national):
    record, result = run_import(csv_bytes(*GOOD), user=national)
    assert record.status == "done"
    assert (record.imported_count, record.skipped_count, record.error_count) == (5, 0, 0)
    ravi = VolunteerProfile.objects.select_related("user", "district", "state").get(
        phone="9123456780"
    )
    assert ravi.district.code == "in-up-lucknow" and ravi.state.code == "in-up"
    assert ravi.stage == Stage.SIGNED_UP
    assert ravi.user.username == "9123456780"
    assert not ravi.user.has_usable_password()
    asha = VolunteerProfile.objects.get(phone="9876543210")
    assert asha.user.email == "asha@example.org" and asha.name_hi == "आशा वर्मा"
    # Hamirpur is in two states: the state decides.
    assert VolunteerProfile.objects.get(phone="8877665544").district.code == "in-hp-hamirpur"
    assert VolunteerProfile.objects.get(phone="7766554433").district.code == "in-up-hamirpur"
    change = StageChange.objects.get(volunteer=ravi)
    assert (change.from_stage, change.to_stage, change.changed_by) == ("", "signed_up", national)
    assert change.note.startswith("Imported from volunteers.csv")


def test_imported_users_have_unusable_passwords_that_differ(national):
    from django.contrib.auth.hashers import is_password_usable

    record, _ = run_import(csv_bytes(*GOOD), user=national)
    assert record.imported_count == 5
    passwords = list(
        User.objects.filter(volunteer_profile__isnull=False).values_list("password", flat=True)
    )
    assert len(passwords) == 5
    assert not any(is_password_usable(password) for password in passwords)
    assert all(password.startswith("!") and len(password) > 20 for password in passwords)
    assert len(set(passwords)) == 5  # random, not one shared value


def test_bad_rows_are_reported_with_line_and_reason_and_good_rows_imported(national):
    data = csv_bytes(
        GOOD[0],
        "12345,Short Phone,,,Bihar,Patna,",  # line 3
        "9000000001,,,,Bihar,Patna,",  # line 4
        "9000000002,Bad Email,,not-an-email,Bihar,Patna,",  # line 5
        "9000000003,No State,,,Atlantis,Patna,",  # line 6
        "9000000004,Ambiguous,,,,Bilaspur,",  # line 7
        "9000000005,Wrong State,,,Kerala,Lucknow,",  # line 8
        "9000000006,No District,,,Bihar,,",  # line 9
        GOOD[1],  # line 10
    )
    record, result = run_import(data, user=national)
    assert record.status == "done"
    assert record.imported_count == 2
    assert record.error_count == 7
    errors = {line: reason for line, _phone, reason in record.first_errors}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8, 9]
    assert "not a 10-digit mobile number" in errors[3]
    assert "name_en" in errors[4]
    assert "not-an-email" in errors[5]
    assert "unknown state “Atlantis”" in errors[6]
    assert "more than one state" in errors[7] and "give the state" in errors[7]
    assert "not in Kerala" in errors[8] and "Uttar Pradesh" in errors[8]
    assert "district missing" in errors[9]
    report = record.error_report.open("rb").read().decode("utf-8-sig").splitlines()
    assert report[0] == "line,phone,reason"
    assert report[1].startswith("3,12345,")
    assert len(report) == 8


def test_duplicates_in_the_file_and_in_the_database(national):
    run_import(csv_bytes(GOOD[0]), user=national)
    data = csv_bytes(
        GOOD[0],  # line 2: registered before: skipped, not an error
        GOOD[1],  # line 3
        GOOD[2],  # line 4
        "9123456780,Ravi Again,,,UP,Lucknow,",  # line 5: duplicate of line 3 (same batch)
        GOOD[3],  # line 6
        "09988776655,Sunita Again,,,Maharashtra,Pune,",  # line 7: duplicate of 4, a batch before
    )
    record, _result = run_import(data, user=national, batch_size=2)
    assert (record.imported_count, record.skipped_count, record.error_count) == (3, 1, 2)
    assert [error[0] for error in record.first_errors] == [5, 7]
    assert record.first_errors[0][2] == "duplicate of line 3"
    assert record.first_errors[1][2] == "duplicate of line 4"
    assert VolunteerProfile.objects.get(phone="9123456780").name_en == "Ravi Kumar"


def test_importing_the_same_file_again_creates_nothing(national):
    buffer = io.StringIO()
    write_volunteer_csv(buffer, 300, bad_every=50)
    data = buffer.getvalue().encode()
    first, _ = run_import(data, user=national, batch_size=64)
    users, changes = User.objects.count(), StageChange.objects.count()
    second, _ = run_import(data, user=national, batch_size=64)
    assert first.imported_count > 250
    assert second.imported_count == 0
    assert second.skipped_count == first.imported_count
    assert second.error_count == first.error_count
    assert (User.objects.count(), StageChange.objects.count()) == (users, changes)


def test_a_username_taken_by_another_account_is_an_error(national):
    User.objects.create_user("9876543210")
    record, _ = run_import(csv_bytes(GOOD[0], GOOD[1]), user=national)
    assert record.imported_count == 1
    assert record.first_errors[0][0] == 2
    assert "user name 9876543210" in record.first_errors[0][2]


def test_a_phone_or_user_name_taken_after_the_look_ups_is_skipped_or_an_error(
    national, monkeypatch
):
    """Registered by someone else between the look-ups and the insert: on
    PostgreSQL the batch is written again with ON CONFLICT DO NOTHING."""
    from django.db import connection

    from organisation.imports import writers

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's writer")
    User.objects.create_user("9123456780")  # GOOD[1]'s user name, another account
    sunita = User.objects.create_user("sunita")
    VolunteerProfile.objects.create(user=sunita, name_en="Sunita", phone="9988776655")
    original = writers.PostgresWriter.__init__

    def blind(self, **kwargs):
        original(self, **kwargs)
        # The look-ups find nothing, as if both came after them.
        self.existing_sql = self.taken_sql = "SELECT 1 WHERE false"

    monkeypatch.setattr(writers.PostgresWriter, "__init__", blind)
    record, _ = run_import(csv_bytes(GOOD[0], GOOD[1], GOOD[2]), user=national)
    assert (record.imported_count, record.skipped_count, record.error_count) == (1, 1, 1)
    assert record.first_errors[0][0] == 3 and "user name 9123456780" in record.first_errors[0][2]
    assert VolunteerProfile.objects.get(phone="9988776655").user == sunita
    assert not User.objects.filter(username="9988776655").exists()  # the user made for it went
    assert VolunteerProfile.objects.get(phone="9876543210").user.username == "9876543210"
    assert StageChange.objects.count() == 1


def test_latin1_file_is_reported_at_the_line_and_rows_before_it_are_kept(national):
    data = (HEADER + GOOD[0] + "\n" + "9123456780,Ravi Kumar,,,UP,Lucknow,\n").encode()
    data += "9988776655,José Pérez,,,Maharashtra,Pune,\n".encode("cp1252")
    data += b"8877665544,After,,,Himachal Pradesh,Hamirpur,\n"
    record, result = run_import(data, user=national)
    assert record.status == "failed"
    assert record.message.startswith("Line 4:")
    assert "UTF-8" in record.message
    assert record.imported_count == 2
    assert VolunteerProfile.objects.filter(phone__in=["9876543210", "9123456780"]).count() == 2


def test_utf16_file_is_reported(national):
    data = csv_bytes(GOOD[0]).decode().encode("utf-16")
    record, _ = run_import(data, user=national)
    assert record.status == "failed"
    assert "Line 1" in record.message and "UTF-16" in record.message
    assert record.imported_count == 0


def test_utf8_with_bom_and_crlf_is_read(national):
    data = "\ufeff".encode() + csv_bytes(*GOOD).replace(b"\n", b"\r\n")
    record, _ = run_import(data, user=national)
    assert (record.status, record.imported_count) == ("done", 5)


def test_empty_file(national):
    record, _ = run_import(b"", user=national)
    assert record.status == "failed"
    assert record.message == "The file is empty."


def test_header_only_file(national):
    record, _ = run_import(HEADER.encode(), user=national)
    assert record.status == "done"
    assert record.imported_count == record.error_count == 0
    assert "no rows" in record.message


def test_missing_column(national):
    data = csv_bytes(
        "9876543210,Asha,,,Uttar Pradesh,writing",
        header="phone,name_en,name_hi,email,state,skills\n",
    )
    record, _ = run_import(data, user=national)
    assert record.status == "failed"
    assert "Line 1" in record.message and "district" in record.message
    assert not VolunteerProfile.objects.exists()


def test_optional_columns_may_be_left_out_and_extra_columns_are_ignored(national):
    data = csv_bytes(
        "Lucknow,9876543210,Asha,UP,leader", header="District,Phone,Name_EN,State,stage\n"
    )
    record, _ = run_import(data, user=national)
    assert (record.status, record.imported_count) == ("done", 1)
    assert VolunteerProfile.objects.get().stage == Stage.SIGNED_UP


def test_a_district_coordinator_cannot_import_into_another_district(db):
    user = coordinator("lucknow", "in-up-lucknow")
    data = csv_bytes(GOOD[0], "9123456780,Ravi,,,Bihar,Patna,")
    record, _ = run_import(data, user=user, unit_code="in-up-lucknow")
    assert record.imported_count == 1
    assert record.first_errors == [[3, "9123456780", "Patna (Bihar) is outside your unit, Lucknow"]]


class GeneratedCsv(io.RawIOBase):
    """A CSV file of `count` rows made as it is read: never whole in memory."""

    def __init__(self, count, first_phone=6_000_000_000):
        self.lines = self._lines(count, first_phone)
        self.pending = b""

    @staticmethod
    def _lines(count, first_phone):
        out = io.StringIO()
        write_volunteer_csv(out, 0)
        yield out.getvalue().encode()
        from organisation.imports.fake import volunteer_rows

        for row in volunteer_rows(count, seed=7, first_phone=first_phone):
            yield (",".join(row) + "\n").encode()

    def readable(self):
        return True

    def read(self, size=-1):
        while len(self.pending) < size:
            line = next(self.lines, None)
            if line is None:
                break
            self.pending += line
        data, self.pending = self.pending[:size], self.pending[size:]
        return data


def _peak_import(count, user, *, batch_size=5000, first_phone=6_000_000_000):
    data = GeneratedCsv(count, first_phone)
    record = VolunteerImport.objects.create(
        file_name="big.csv", created_by=user, unit=Unit.objects.get(code="in")
    )
    tracemalloc.start()
    try:
        result = volunteer_import_process(record, binary=data, size=0, batch_size=batch_size)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_a_huge_file_is_streamed_in_flat_memory(national):
    # Sized to what it proves: 10,000 and 50,000 rows in batches of 2,500 are the same
    # 4 and 20 batches as 20,000 and 100,000 in batches of 5,000 (half the time), and
    # still tell a leak: measured here, the streamed import peaks at 6.4 and 7.8 MB
    # (bound 9.0), and the subtlest leak tried, a set of every phone read, at 7.2 and
    # 11.6 MB, over the bound (keeping the file or the rows is further over).
    small, small_peak = _peak_import(10_000, national, batch_size=2_500)  # several blocks
    assert small.imported == 10_000
    # Other phones, so that the big file adds to the small one's volunteers (deleting those
    # cost a third of the test).
    big, big_peak = _peak_import(50_000, national, batch_size=2_500, first_phone=7_000_000_000)
    assert big.imported == 50_000 and big.errors == 0
    assert VolunteerProfile.objects.count() == 60_000
    # Five times the rows, the same memory: batches, not the file, are held.
    assert big_peak < 40 * 1024 * 1024
    assert big_peak < small_peak * 1.25 + 1024 * 1024


def test_excel_workbook(national):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["phone", "name_en", "name_hi", "email", "state", "district", "skills"])
    sheet.append([9876543210, "Asha Verma", "आशा वर्मा", None, "UP", "Lucknow", None])
    sheet.append(["12", "Bad", None, None, "UP", "Lucknow", None])
    out = io.BytesIO()
    workbook.save(out)
    record, _ = run_import(out.getvalue(), user=national, name="volunteers.xlsx")
    assert (record.status, record.imported_count, record.error_count) == ("done", 1, 1)
    assert record.first_errors[0][0] == 3
