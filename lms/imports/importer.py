"""The import of a volunteer file: read, validate, de-duplicate, write in batches.

`VolunteerImporter.run()` streams records from a source (lms.imports.formats),
checks each row (lms.imports.validation), and writes good rows in batches of
`batch_size` in one transaction each (lms.imports.writers). After each batch it
calls `on_batch`, inside that transaction, so that a checkpoint saved there is
exactly as durable as the rows it counts. Bad rows go to `report` (any writer
of CSV rows: line, phone, reason) and the first ones to `result.first_errors`.

Re-running a file creates nothing new: phones already registered are skipped,
not errors. A resumed run (`resume_after_line`) re-reads the lines already done
only to learn their phones (for "duplicate of line N"), writing nothing.
"""

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.imports.formats import COLUMNS, REQUIRED_COLUMNS, FileProblem
from lms.imports.validation import RowValidator, UnitIndex
from lms.imports.writers import SeenPhones, writer_for_connection
from lms.models import Unit

FIRST_ERRORS = 100


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
    ):
        self.scope = scope
        self.imported_by_id = imported_by.pk if imported_by is not None else None
        self.note = note
        self.batch_size = batch_size
        self.report = report
        self.on_batch = on_batch
        self.resume_after_line = resume_after_line
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
        runner = _runner_for_connection()
        now = timezone.now()

        def open_writers():
            seen = SeenPhones(f"import_seen_{uuid.uuid4().hex[:12]}")
            writer = writer_for_connection(
                imported_by_id=self.imported_by_id, note=self.note, now=now
            )
            return seen, writer

        seen, writer = runner.call(open_writers)
        flush = self._flush
        batch, batch_phones, errors = [], {}, []
        resume_after = self.resume_after_line
        replaying = resume_after > 0
        batch_size = self.batch_size
        line = 0
        try:
            try:
                for line, values in records:  # noqa: B007 (the last line is used below)
                    if not values or (len(values) == 1 and not values[0].strip()):
                        continue  # a blank line
                    if replaying and line > resume_after:
                        # The first line after the checkpoint: what came before
                        # was written before the crash, so its batch ends here.
                        runner.submit(flush, batch, errors, seen, writer, line - 1, source, True)
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
                        runner.submit(flush, batch, errors, seen, writer, line, source, replaying)
                        batch, batch_phones, errors = [], {}, []
            except FileProblem as problem:
                result.problem = problem
                if problem.line:
                    line = problem.line - 1
            runner.submit(flush, batch, errors, seen, writer, line, source, replaying)
        finally:
            seen.close()
        return result

    def _flush(self, batch, errors, seen, writer, line, source, replay) -> None:
        """Write one batch and its checkpoint, in one transaction.

        A replayed batch (before a resumed run's checkpoint) only records its
        phones as seen: its rows were written, and counted, before.
        """
        result = self.result
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # A crash may lose the last batches' commits, never half of one:
                # the checkpoint is in the same transaction, and a resumed run
                # redoes what it does not find.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            if batch:
                first_seen = seen.add(batch)
                if first_seen:
                    errors.extend(
                        (row.line, row.phone, _duplicate(first_seen[row.phone]))
                        for row in batch
                        if row.phone in first_seen
                    )
                    batch = [row for row in batch if row.phone not in first_seen]
                if batch and not replay:
                    written = writer.write(batch)
                    result.imported += written.imported
                    result.skipped += written.existing
                    errors.extend((row.line, row.phone, reason) for row, reason in written.errors)
            self._errors(errors, count=not replay)
            result.last_line = max(result.last_line, line)
            if self.on_batch is not None and not replay:
                self.on_batch(result, source)


def _duplicate(line: int) -> str:
    return _("duplicate of line %(line)d") % {"line": line}


class _Inline:
    """Database work in the caller's thread (SQLite, or inside a transaction)."""

    def call(self, function):
        return function()

    def submit(self, function, *args):
        function(*args)

    def wait(self):
        pass

    def close(self, function):
        function()


class _WriterThread:
    """Database work in one thread of its own, so that reading and checking the
    next batch overlaps writing this one (the thread waits on PostgreSQL with
    the GIL released). One batch is written while the next is read: memory
    holds two batches at most."""

    def __init__(self):
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="volunteer-import")
        self.pending = None
        self.language = translation.get_language()

    def _in_thread(self, function, *args):
        with translation.override(self.language):
            return function(*args)

    def call(self, function):
        return self.executor.submit(self._in_thread, function).result()

    def submit(self, function, *args):
        self.wait()
        self.pending = self.executor.submit(self._in_thread, function, *args)

    def wait(self):
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()  # raises what the batch raised

    def close(self, function):
        def close_all():
            try:
                function()
            finally:
                connection.close()

        try:
            if self.pending is not None:
                self.pending.exception()  # let it finish; run() reports its error
            self.executor.submit(close_all).result()
        finally:
            self.executor.shutdown()


def _runner_for_connection():
    # A thread has a connection of its own, which cannot see an open
    # transaction of the caller's (tests run in one): then work inline.
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        return _WriterThread()
    return _Inline()
