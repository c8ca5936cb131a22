"""Volunteer import runs: resumed after a crash, batches written by threads and
committed in order, invitations, the command."""

import io
import time

import pytest

from django.core import mail
from django.core.management import call_command

from organisation.imports.fake import write_volunteer_csv
from organisation.imports.services import volunteer_import_process
from organisation.models import StageChange, Unit, VolunteerImport, VolunteerProfile
from organisation.tests.volunteer_files import GOOD, User, csv_bytes, run_import


def _resume_to_the_end(record, data: bytes, expected: dict) -> None:
    """Resume a stopped import: it ends done, each good row imported once."""
    record.status = "running"
    record.save()
    volunteer_import_process(record, binary=io.BytesIO(data), batch_size=20)
    record.refresh_from_db()
    assert record.status == "done"
    assert record.imported_count == expected["imported"] == VolunteerProfile.objects.count()
    assert record.error_count == expected["errors"]
    assert StageChange.objects.count() == expected["imported"]


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

    _resume_to_the_end(record, data, expected)
    assert record.skipped_count == 0


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
    _resume_to_the_end(record, data, expected)


def test_invitations_are_sent_once_to_those_with_an_email(
    national, django_capture_on_commit_callbacks
):
    from messaging.models import OutboxMessage
    from organisation.imports.invitations import invitation_counts, volunteer_import_invite

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
    assert invitation_counts(record) == {"sent": 1, "pending": 0, "failed": 0}
    with django_capture_on_commit_callbacks(execute=True):
        assert volunteer_import_invite(volunteer_import=record) == 0
    assert len(mail.outbox) == 1
    # The link is made when the e-mail is sent: no token is kept in the outbox.
    kept = str(OutboxMessage.objects.get(recipient__email="asha@example.org").context)
    assert "/accounts/reset/" not in kept
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
