"""Bulk import of volunteers: validation with line numbers, de-duplication, encodings,
scope, the resumable background task and the admin's upload and status pages."""

import io
import time
import tracemalloc

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from organisation.imports.fake import write_volunteer_csv
from organisation.imports.services import volunteer_import_process
from organisation.models import (
    Coordinator,
    Stage,
    StageChange,
    Unit,
    VolunteerImport,
    VolunteerProfile,
)
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named

HEADER = "phone,name_en,name_hi,email,state,district,skills\n"
User = get_user_model()


def coordinator(username: str, unit_code: str):
    user = User.objects.create_user(username, password="pass")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.create(user=user, unit=Unit.objects.get(code=unit_code))
    return user


@pytest.fixture
def national(db):
    user = User.objects.create_superuser("admin", "admin@example.org", "pass")
    return user


def run_import(data: bytes, *, user=None, unit_code="in", name="volunteers.csv", batch_size=5000):
    record = VolunteerImport.objects.create(
        file_name=name,
        created_by=user,
        unit=Unit.objects.get(code=unit_code),
        status=VolunteerImport.Status.RUNNING,
        progress_total=len(data),
    )
    result = volunteer_import_process(
        record, binary=io.BytesIO(data), size=len(data), batch_size=batch_size
    )
    record.refresh_from_db()
    return record, result


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return (header + "".join(line + "\n" for line in lines)).encode()


GOOD = [
    "9876543210,Asha Verma,आशा वर्मा,asha@example.org,Uttar Pradesh,Lucknow,writing",
    "+91 91234 56780,Ravi Kumar,,,UP,लखनऊ,video",
    "09988776655,Sunita Patil,,,Maharashtra,Pune,design",
    "8877665544,Imran Ali,,,Himachal Pradesh,Hamirpur,",
    "7766554433,Neha Yadav,,,उत्तर प्रदेश,हमीरपुर,",
]


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

    def __init__(self, count):
        self.lines = self._lines(count)
        self.pending = b""

    @staticmethod
    def _lines(count):
        out = io.StringIO()
        write_volunteer_csv(out, 0)
        yield out.getvalue().encode()
        from organisation.imports.fake import volunteer_rows

        for row in volunteer_rows(count, seed=7):
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


def _peak_import(count, user):
    data = GeneratedCsv(count)
    record = VolunteerImport.objects.create(
        file_name="big.csv", created_by=user, unit=Unit.objects.get(code="in")
    )
    tracemalloc.start()
    try:
        result = volunteer_import_process(record, binary=data, size=0, batch_size=5000)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_a_huge_file_is_streamed_in_flat_memory(national):
    small, small_peak = _peak_import(20_000, national)  # several read blocks already
    assert small.imported == 20_000
    VolunteerProfile.objects.all().delete()
    User.objects.exclude(pk=national.pk).delete()
    big, big_peak = _peak_import(100_000, national)
    assert big.imported == 100_000 and big.errors == 0
    assert VolunteerProfile.objects.count() == 100_000
    # Five times the rows, the same memory: batches, not the file, are held.
    assert big_peak < 40 * 1024 * 1024
    assert big_peak < small_peak * 1.25 + 1024 * 1024


def test_a_resumed_import_continues_after_its_checkpoint_without_duplicates(national):
    buffer = io.StringIO()
    expected = write_volunteer_csv(buffer, 120, bad_every=25)
    data = buffer.getvalue().encode()
    record = VolunteerImport.objects.create(
        file_name="crash.csv",
        created_by=national,
        unit=Unit.objects.get(code="in"),
        status="running",
    )
    calls = []

    def crash_after_two_batches(volunteer_import, result):
        calls.append(result.last_line)
        if len(calls) == 2:
            raise RuntimeError("worker killed")

    with pytest.raises(RuntimeError):
        volunteer_import_process(
            record, binary=io.BytesIO(data), batch_size=20, progress=crash_after_two_batches
        )
    record.refresh_from_db()
    assert record.status == "failed"
    assert record.checkpoint_line == calls[0]  # the second batch rolled back
    assert VolunteerProfile.objects.count() == record.imported_count == 20

    record.status = "running"
    record.save()
    volunteer_import_process(record, binary=io.BytesIO(data), batch_size=20)
    record.refresh_from_db()
    assert record.status == "done"
    assert record.imported_count == expected["imported"] == VolunteerProfile.objects.count()
    assert record.error_count == expected["errors"]
    assert record.skipped_count == 0
    assert StageChange.objects.count() == expected["imported"]


# serialized_rollback: the units (made by migrations) are back for later tests.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outside_a_transaction_batches_are_written_by_threads_and_committed_in_order():
    """The production path on PostgreSQL (tests otherwise run inside a transaction,
    where the writer works inline): writer threads with connections of their own,
    while the next batches are read. Batches commit in the file's order, each with
    its checkpoint, though they are written at once; every batch is written
    before the result is read; the threads' connections are closed at the end."""
    from django.db import connection

    from organisation.imports import importer

    if connection.vendor != "postgresql":
        pytest.skip("the writer threads are used on PostgreSQL only")
    national = User.objects.create_superuser("admin", "admin@example.org", "pass")
    User.objects.create_user("9000000042")  # a user name taken by another account
    buffer = io.StringIO()
    expected = write_volunteer_csv(buffer, 250, bad_every=40)
    buffer.write("9000000042,Taken,,,Bihar,Patna,\n")
    data = buffer.getvalue().encode()
    runners = []
    real_runner = importer._runner_for_connection

    def recording_runner(open_writer, writers):
        runner = real_runner(open_writer, writers)
        runners.append((type(runner).__name__, writers))
        return runner

    def backends():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            )
            return cursor.fetchone()[0]

    record = VolunteerImport.objects.create(
        file_name="threads.csv", created_by=national, unit=Unit.objects.get(code="in")
    )
    checkpoints = []

    def progress(volunteer_import, result):
        # Called in the committing batch's transaction: what it saves is what
        # another connection will see once it commits.
        checkpoints.append((volunteer_import.checkpoint_line, result.imported))

    before = backends()
    importer._runner_for_connection = recording_runner
    try:
        result = volunteer_import_process(
            record, binary=io.BytesIO(data), batch_size=16, progress=progress
        )
    finally:
        importer._runner_for_connection = real_runner
    record.refresh_from_db()
    assert runners == [("_WriterThreads", importer.WRITERS)] and importer.WRITERS > 1
    assert record.status == "done"
    assert result.imported == record.imported_count == expected["imported"]
    assert VolunteerProfile.objects.count() == StageChange.objects.count() == expected["imported"]
    assert record.error_count == expected["errors"] + 1
    assert record.checkpoint_line == expected["rows"] + 2  # the header, and the taken row
    assert "user name 9000000042" in record.first_errors[-1][2]
    assert len(checkpoints) > 10
    assert checkpoints == sorted(checkpoints)  # in the file's order
    report = record.error_report.open("rb").read().decode("utf-8-sig").splitlines()
    lines = [int(row.split(",", 1)[0]) for row in report[1:]]
    assert lines == sorted(lines) and len(lines) == record.error_count
    # The writers' connections (and temporary tables) are closed. A closed connection's
    # server process leaves pg_stat_activity a moment later, longer on a busy machine.
    deadline = time.monotonic() + 10
    while backends() != before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert backends() == before

    again, _ = run_import(data, user=national, batch_size=16)
    assert (again.imported_count, again.skipped_count) == (0, expected["imported"])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_batch_stops_the_import_at_the_last_batch_committed_before_it(monkeypatch):
    """With batches written at once, one that fails leaves the checkpoint at the
    batch before it: the batches after it, though written, roll back, and a
    resumed import completes the file without duplicates."""
    from django.db import connection

    from organisation.imports import writers

    if connection.vendor != "postgresql":
        pytest.skip("the writer threads are used on PostgreSQL only")
    national = User.objects.create_superuser("admin", "admin@example.org", "pass")
    buffer = io.StringIO()
    expected = write_volunteer_csv(buffer, 200, bad_every=30)
    data = buffer.getvalue().encode()
    record = VolunteerImport.objects.create(
        file_name="fails.csv", created_by=national, unit=Unit.objects.get(code="in")
    )
    real_write = writers.PostgresWriter.write
    failed = []

    def failing_write(self, rows):
        if rows[-1].line > 60 and not failed:  # the 3rd or 4th batch, whichever comes first
            failed.append(rows[0].line)
            raise RuntimeError("the database went away")
        return real_write(self, rows)

    monkeypatch.setattr(writers.PostgresWriter, "write", failing_write)
    with pytest.raises(RuntimeError):
        volunteer_import_process(record, binary=io.BytesIO(data), batch_size=20)
    record.refresh_from_db()
    assert record.status == "failed" and "the database went away" in record.message
    assert 20 < record.checkpoint_line < failed[0]
    assert VolunteerProfile.objects.count() == record.imported_count > 0
    assert StageChange.objects.count() == record.imported_count
    assert not VolunteerProfile.objects.filter(
        phone__in=[line.split(",")[0] for line in data.decode().splitlines()[failed[0] - 1 :]]
    ).exists()

    monkeypatch.setattr(writers.PostgresWriter, "write", real_write)
    record.status = "running"
    record.save()
    volunteer_import_process(record, binary=io.BytesIO(data), batch_size=20)
    record.refresh_from_db()
    assert record.status == "done"
    assert record.imported_count == expected["imported"] == VolunteerProfile.objects.count()
    assert record.error_count == expected["errors"]
    assert StageChange.objects.count() == expected["imported"]


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


def test_invitations_are_sent_once_to_those_with_an_email(
    national, django_capture_on_commit_callbacks
):
    from organisation.imports.invitations import volunteer_import_invite

    record = VolunteerImport.objects.create(
        file_name="invite.csv",
        created_by=national,
        unit=Unit.objects.get(code="in"),
        status="running",
        send_invitations=True,
    )
    data = csv_bytes(GOOD[0], GOOD[1])
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_import_process(record, binary=io.BytesIO(data))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asha@example.org"]
    assert "/en/accounts/reset/" in message.body and "9876543210" in message.body
    record.refresh_from_db()
    assert record.invitations_sent == 1
    assert volunteer_import_invite(volunteer_import=record) == 0
    assert len(mail.outbox) == 1
    # The link lets the volunteer choose a password.
    link = next(word for word in message.body.split() if "/accounts/reset/" in word)
    from django.test import Client

    client = Client()
    response = client.get(link.split("8000", 1)[1], follow=True)
    assert response.status_code == 200
    assert "new_password1" in response.content.decode()


def test_command_prints_the_report_and_fails_on_errors(national, tmp_path):
    path = tmp_path / "volunteers.csv"
    path.write_bytes(csv_bytes(GOOD[0], "12345,Short,,,UP,Lucknow,"))
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_volunteers", str(path), "--as", "admin", stdout=out)
    assert exit_info.value.code == 1
    text = out.getvalue()
    assert "1 imported, 0 already registered, 1 errors" in text
    assert "line 3: 12345:" in text
    out = io.StringIO()
    path.write_bytes(csv_bytes(GOOD[0]))
    call_command("import_volunteers", str(path), stdout=out)
    assert "0 imported, 1 already registered, 0 errors" in out.getvalue()


# The admin ------------------------------------------------------------------------


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
        response = client.post(reverse("volunteer_imports:create"), {"file": upload})
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
    response = client.post(reverse("volunteer_imports:create"), {"file": upload})
    assert response.status_code == 400
    assert not VolunteerImport.objects.exists()


def test_admin_refuses_an_oversized_or_empty_upload(db, client, monkeypatch):
    from organisation.imports import forms as import_forms

    client.force_login(coordinator("up", "in-up"))
    monkeypatch.setattr(import_forms, "MAX_UPLOAD_MB", 1)
    big = SimpleUploadedFile("big.csv", b"x" * (1024 * 1024 + 1), "text/csv")
    response = client.post(reverse("volunteer_imports:create"), {"file": big})
    assert response.status_code == 400
    assert "larger than 1 MB" in response.content.decode()
    empty = SimpleUploadedFile("empty.csv", b"", "text/csv")
    assert client.post(reverse("volunteer_imports:create"), {"file": empty}).status_code == 400
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
    assert client.post(reverse("volunteer_imports:create"), {"file": upload}).status_code == 302
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
