"""The import of a volunteer file: read, validate, de-duplicate, write in batches.

`VolunteerImporter.run()` streams records from a source (organisation.imports.formats),
checks each row (organisation.imports.validation), and writes good rows in batches of
`batch_size` in one transaction each (organisation.imports.writers); the file's
phones are remembered by organisation.imports.seen_phones. After each batch it
calls `on_batch(result, source, phones)`, inside that transaction, so that a
checkpoint saved there is exactly as durable as the rows it counts. Bad rows go to
`report` (any writer of CSV rows: line, phone, reason) and the first ones to
`result.first_errors`.

Re-running a file creates nothing new: phones already registered are skipped,
not errors. A resumed run (`resume_after_line`) re-reads the lines already done
only to learn their phones (for "duplicate of line N"), writing nothing.

On PostgreSQL (outside a caller's transaction) the batches are written by
`writers` threads, each with a connection of its own, while the next batches
are read: the database's work per row (index entries, foreign key checks) is
what takes the time, and it runs on as many server processes. The batches
still commit one after another, in the file's order, each with its
checkpoint: a batch written before its predecessor waits for it to commit.
The file's phones are remembered in the reading thread's connection, in order.
"""

import queue
import threading
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from organisation.imports.formats import COLUMNS, REQUIRED_COLUMNS, FileProblem
from organisation.imports.seen_phones import seen_phones_for_connection
from organisation.imports.validation import RowValidator, UnitIndex
from organisation.imports.writers import writer_for_connection
from organisation.models import Unit

FIRST_ERRORS = 100
#: Threads (and database connections) writing batches at once, on PostgreSQL.
WRITERS = getattr(settings, "VOLUNTEER_IMPORT_WRITERS", 2)


@dataclass
class ImportResult:
    imported: int = 0
    skipped: int = 0
    errors: int = 0
    rows: int = 0  # data rows read (not the header, not blank lines)
    last_line: int = 0
    first_errors: list = field(default_factory=list)  # [line, phone, reason]
    problem: FileProblem | None = None  # why the file could not be read to its end

    @property
    def ok(self) -> bool:
        return self.problem is None and self.errors == 0


def _header_positions(values: list[str]) -> dict[str, int]:
    names = [value.strip().lstrip("\ufeff").casefold() for value in values]
    missing = [column for column in REQUIRED_COLUMNS if column not in names]
    if missing:
        raise FileProblem(
            _(
                "The first line must be the header; it lacks the column(s) %(missing)s. "
                "Expected: %(columns)s."
            )
            % {"missing": ", ".join(missing), "columns": ",".join(COLUMNS)},
            line=1,
        )
    # Columns the file does not have read as empty; unknown columns (stage, from
    # an export) are ignored.
    return {column: names.index(column) for column in COLUMNS if column in names}


class VolunteerImporter:
    def __init__(
        self,
        *,
        scope: Unit,
        imported_by=None,
        note: str,
        batch_size: int = 5000,
        report=None,
        on_batch=None,
        resume_after_line: int = 0,
        writers: int | None = None,
    ):
        self.scope = scope
        self.imported_by_id = imported_by.pk if imported_by is not None else None
        self.note = note
        self.batch_size = batch_size
        self.report = report
        self.on_batch = on_batch
        self.resume_after_line = resume_after_line
        self.writers = WRITERS if writers is None else writers
        self.result = ImportResult()

    # Errors ----------------------------------------------------------------------

    def _errors(self, errors: list, *, count: bool) -> None:
        """Report a batch's errors, in line order."""
        errors.sort(key=lambda error: error[0])
        result = self.result
        if count:
            result.errors += len(errors)
        room = FIRST_ERRORS - len(result.first_errors)
        if room > 0 and count:
            result.first_errors.extend(list(error) for error in errors[:room])
        if self.report is not None:
            self.report.writerows(errors)

    # The run -------------------------------------------------------------------------

    def run(self, source) -> ImportResult:
        result = self.result
        records = source.records()
        try:
            header = next(records, None)
            if header is None:
                raise FileProblem(_("The file is empty."))
            positions = _header_positions(header[1])
        except FileProblem as problem:
            result.problem = problem
            return result

        validator = RowValidator(
            units=UnitIndex.load(), scope=self.scope, positions=positions, width=len(header[1])
        )
        validate = validator.validate
        i_phone = positions["phone"]
        now = timezone.now()
        name = f"import_{uuid.uuid4().hex[:12]}"

        def open_writer():
            return writer_for_connection(
                imported_by_id=self.imported_by_id, note=self.note, now=now, name=name
            )

        runner = _runner_for_connection(open_writer, self.writers)
        seen = seen_phones_for_connection(f"{name}_seen")
        batch, batch_phones, errors = [], {}, []
        resume_after = self.resume_after_line
        replaying = resume_after > 0
        batch_size = self.batch_size

        def send(last_line):
            """The batch's phones seen in earlier batches are duplicates; the rest
            is written (or, when replaying, only remembered)."""
            if batch:
                duplicates = seen.add(batch)
                if duplicates:
                    lines = {line for line, _phone, _first in duplicates}
                    errors.extend(
                        (line, phone, _duplicate(first)) for line, phone, first in duplicates
                    )
                    rows = [row for row in batch if row.line not in lines]
                else:
                    rows = batch
            else:
                rows = batch
            if replaying:
                # Written, and counted, before the crash: only its errors are
                # reported again (the error report is made afresh).
                self._errors(errors, count=False)
                result.last_line = max(result.last_line, last_line)
            else:
                runner.submit(self._flush, rows, errors, last_line, source)

        line = 0
        try:
            try:
                for line, values in records:  # noqa: B007 (the last line is used below)
                    if not values or (len(values) == 1 and not values[0].strip()):
                        continue  # a blank line
                    if replaying and line > resume_after:
                        # The first line after the checkpoint: what came before
                        # was written before the crash, so its batch ends here.
                        send(line - 1)
                        batch, batch_phones, errors = [], {}, []
                        replaying = False
                    result.rows += 1
                    row = validate(line, values)
                    if type(row) is list:
                        phone = values[i_phone] if i_phone < len(values) else ""
                        errors.append((line, phone, "; ".join(row)))
                    elif row.phone in batch_phones:
                        first = batch_phones[row.phone]
                        errors.append((line, row.phone, _duplicate(first)))
                    else:
                        batch_phones[row.phone] = line
                        batch.append(row)
                    if len(batch) >= batch_size:
                        send(line)
                        batch, batch_phones, errors = [], {}, []
            except FileProblem as problem:
                result.problem = problem
                if problem.line:
                    line = problem.line - 1
            send(line)
            runner.wait()  # every batch is written before the result is read
        finally:
            try:
                runner.close()
            finally:
                seen.close()
        return result

    def _flush(self, batch, errors, line, source, writer, turn) -> None:
        """Write one batch and its checkpoint, in one transaction, once the
        batches before it are committed (`turn`)."""
        result = self.result
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # A crash may lose the last batches' commits, never half of one:
                # the checkpoint is in the same transaction, and a resumed run
                # redoes what it does not find.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            written = writer.write(batch) if batch else None
            turn.wait()  # raises if a batch before this one failed: this one rolls back
            if written is not None:
                result.imported += written.imported
                result.skipped += written.existing
                errors.extend((row.line, row.phone, reason) for row, reason in written.errors)
            self._errors(errors, count=True)
            result.last_line = max(result.last_line, line)
            if self.on_batch is not None:
                self.on_batch(result, source, [row.phone for row in batch])


def _duplicate(line: int) -> str:
    return _("duplicate of line %(line)d") % {"line": line}


class _Aborted(Exception):
    """A batch before this one failed: this one is not committed."""


class _Turns:
    """Batches commit in the order they were sent: the nth waits for the n-1th."""

    def __init__(self):
        self.condition = threading.Condition()
        self.committed = 0  # batches committed so far
        self.failed = False
        self.error = None  # the first batch's own error, not a later one's _Aborted

    def turn(self, number: int) -> "_Turn":
        return _Turn(self, number)


class _Turn:
    def __init__(self, turns: _Turns, number: int):
        self.turns = turns
        self.number = number

    def wait(self):
        turns = self.turns
        with turns.condition:
            turns.condition.wait_for(lambda: turns.failed or turns.committed == self.number - 1)
            if turns.failed:
                raise _Aborted

    def end(self, ok: bool, error: BaseException | None = None):
        turns = self.turns
        with turns.condition:
            if ok:
                turns.committed = self.number
            else:
                turns.failed = True
                if turns.error is None and not isinstance(error, _Aborted):
                    turns.error = error
            turns.condition.notify_all()


class _Inline:
    """Database work in the caller's thread (SQLite, or inside a transaction)."""

    class _NoWait:
        def wait(self):
            pass

    def __init__(self, open_writer):
        self.writer = open_writer()

    def submit(self, function, *args):
        function(*args, self.writer, self._NoWait())

    def wait(self):
        pass

    def close(self):
        self.writer.close()


class _WriterThreads:
    """Batches written by `count` threads of their own, each with its own
    database connection and writer (the threads wait on PostgreSQL with the
    GIL released), while the caller reads the next ones. Batch n goes to
    thread n % count; at most `count` batches are in hand, plus the one being
    read: memory holds that many batches, however long the file."""

    def __init__(self, open_writer, count: int):
        self.open_writer = open_writer
        self.language = translation.get_language()
        self.turns = _Turns()
        self.sent = 0
        self.pending = []  # futures, oldest first
        self.queues = [queue.SimpleQueue() for _ in range(count)]
        self.threads = [
            threading.Thread(
                target=self._work, args=(jobs,), name=f"volunteer-import-{number}", daemon=True
            )
            for number, jobs in enumerate(self.queues)
        ]
        for thread in self.threads:
            thread.start()

    def _work(self, jobs):
        writer = None
        try:
            with translation.override(self.language):
                while (job := jobs.get()) is not None:
                    future, function, args, turn = job
                    if not future.set_running_or_notify_cancel():
                        continue
                    try:
                        if writer is None:
                            writer = self.open_writer()
                        function(*args, writer, turn)
                    except BaseException as error:
                        turn.end(ok=False, error=error)
                        future.set_exception(error)
                    else:
                        turn.end(ok=True)
                        future.set_result(None)
        finally:
            connection.close()  # the thread's own; the writer's temporary tables go with it

    def _result(self, future):
        """Raises what the batch raised; a batch that rolled back because a later one
        failed first (threads write concurrently) raises that one's error."""
        try:
            future.result()
        except _Aborted:
            if self.turns.error is None:
                raise
            raise self.turns.error from None

    def submit(self, function, *args):
        if len(self.pending) >= len(self.queues):
            self._result(self.pending.pop(0))
        self.sent += 1
        future = Future()
        turn = self.turns.turn(self.sent)
        self.queues[self.sent % len(self.queues)].put((future, function, args, turn))
        self.pending.append(future)

    def wait(self):
        """Until every batch sent is committed; raises the first batch's error."""
        while self.pending:
            self._result(self.pending.pop(0))

    def close(self):
        """Let the batches in hand finish (their errors, if any, are the caller's
        to report: it is leaving with one), then end the threads."""
        for jobs in self.queues:
            jobs.put(None)
        for thread in self.threads:
            thread.join()
        self.pending = []


def _runner_for_connection(open_writer, writers: int):
    # A thread has a connection of its own, which cannot see an open
    # transaction of the caller's (tests run in one): then work inline.
    if connection.vendor == "postgresql" and not connection.in_atomic_block and writers > 0:
        return _WriterThreads(open_writer, writers)
    return _Inline(open_writer)
