"""A report's table as CSV or Excel: the same rows the page shows, as plain values."""

import csv
import io
import re

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

from lms.spreadsheets import safe_row
from reports.tables import Table

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(table: Table):
    # Names come from imports and sign-ups: no cell is run as a formula.
    yield safe_row(column.label for column in table.columns)
    for row in table.rows:
        yield safe_row(row)


def filename(report: str, table: Table, unit_code: str, extension: str) -> str:
    return f"{report}-{table.key}-{unit_code}-{timezone.localdate():%Y-%m-%d}.{extension}"


class _Echo:
    def write(self, value):
        return value


def csv_response(table: Table, name: str) -> StreamingHttpResponse:
    """UTF-8 with a byte order mark, so that Excel shows Hindi names correctly."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"
        for row in _rows(table):
            yield writer.writerow(["" if value is None else value for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def xlsx_response(table: Table, name: str) -> HttpResponse:
    """openpyxl's write-only mode: rows stream into the file, memory stays flat."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=re.sub(r"[\[\]:*?/\\]", " ", str(table.title))[:31])
    for row in _rows(table):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
