"""Cells of the CSV and Excel files we write: never a formula (CSV injection, OWASP).

Names, e-mail addresses and skills come from imports and sign-ups; a cell such as
``=HYPERLINK("http://…")`` or ``=cmd|' /C calc'!A0`` would run when a coordinator
opens the file in a spreadsheet. Every writer passes its cells through safe_cell().
"""

import csv
import re

# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number (a phone "+91 98765 43210", "-5") is not a formula: kept as it is, so that
# an export can be imported again.
_NUMBER = re.compile(r"[+-]?\d[\d ]*(?:\.\d+)?")


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
