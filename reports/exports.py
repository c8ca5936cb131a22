"""A report's table as CSV or Excel: the same rows the page shows, as plain values,
written by the product's one spreadsheet writer (lms.spreadsheets: no cell runs as a
formula)."""

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

from lms import spreadsheets
from reports.tables import Table


def filename(report: str, table: Table, unit_code: str, extension: str) -> str:
    return f"{report}-{table.key}-{unit_code}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _header(table: Table) -> list:
    return [column.label for column in table.columns]


def csv_response(table: Table, name: str) -> StreamingHttpResponse:
    return spreadsheets.csv_response(name, _header(table), table.rows)


def xlsx_response(table: Table, name: str) -> HttpResponse:
    return spreadsheets.xlsx_response(name, _header(table), table.rows, title=table.title)
