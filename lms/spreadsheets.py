"""The one writer of the CSV and Excel files the product hands out.

Every cell goes through safe_cell(): never a formula (CSV injection, OWASP). Names,
e-mail addresses and skills come from imports and sign-ups; a cell such as
``=HYPERLINK("http://…")`` or ``=cmd|' /C calc'!A0`` would run when a coordinator
opens the file in a spreadsheet.

- SafeCsvWriter: csv.writer with the guard, for files written piece by piece
  (an import's error report, the import template, benchmark files).
- csv_chunks() / csv_response(): a whole table streamed as a download.
- xlsx_response(): the same as an Excel workbook.
- SafeExportMixin: the guard for Wagtail's own writer (a view's ``list_export``).
"""

import csv
import io
import re
from collections.abc import Iterable, Iterator

from django.http import HttpResponse, StreamingHttpResponse

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel shows Hindi correctly in a UTF-8 CSV only after a byte order mark; our
# import accepts it.
BOM = "\ufeff"

# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number (a phone "+91 98765 43210", "-5") is not a formula: kept as it is, so that
# an export can be imported again.
_NUMBER = re.compile(r"[+-]?\d[\d ]*(?:\.\d+)?")
# Characters Excel refuses in a sheet's title.
_NOT_IN_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")


def safe_cell(value):
    """``value``, with a quote before text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row) -> list:
    return [safe_cell(value) for value in row]


class SafeCsvWriter:
    """csv.writer whose every cell goes through safe_cell(); writerow() returns what
    the file's write() returns, as csv.writer's does (for streaming responses)."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


class _Line:
    """A file-like object that hands back what csv.writer writes."""

    def write(self, value):
        return value


def csv_chunks(header: Iterable, rows: Iterable, *, chunk_size: int = 65536) -> Iterator[bytes]:
    """A CSV file in pieces of about `chunk_size` bytes: the byte order mark and the
    header, then the rows (None is an empty cell), lines ending in CRLF."""
    writer = SafeCsvWriter(_Line(), lineterminator="\r\n")
    yield (BOM + writer.writerow(header)).encode()
    buffer = []
    size = 0
    for row in rows:
        line = writer.writerow(row)
        buffer.append(line)
        size += len(line)
        if size > chunk_size:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()


def csv_response(filename: str, header: Iterable, rows: Iterable) -> StreamingHttpResponse:
    """A download of the rows as CSV, streamed: memory stays flat however many."""
    response = StreamingHttpResponse(csv_chunks(header, rows), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(filename: str, header: Iterable, rows: Iterable, *, title: str) -> HttpResponse:
    """A download of the rows as an Excel workbook of one sheet named `title`,
    in openpyxl's write-only mode: rows stream into the file."""
    from openpyxl import Workbook  # loaded when a workbook is asked for, not at start-up

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_NOT_IN_SHEET_TITLE.sub(" ", str(title))[:31])
    sheet.append(safe_row(header))
    for row in rows:
        sheet.append(safe_row(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SafeExportMixin:
    """Put before Wagtail's SpreadsheetExportMixin (an IndexView with ``list_export``):
    its CSV writes cells as they are, so each value is guarded here first."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))
