"""The volunteer file format, and streaming readers for CSV and Excel files.

Readers yield ``(line_number, values)`` one record at a time and never hold the
file: a CSV file is read in blocks of 256 KB and decoded as UTF-8 (a byte
order mark is allowed), an Excel sheet through openpyxl's read-only mode.
"""

import codecs
import csv
from collections.abc import Iterator

from django.utils.translation import gettext as _

#: The columns, in the order the export writes them and the template shows them.
COLUMNS = ("phone", "name_en", "name_hi", "email", "state", "district", "skills")
#: Columns the header must have; the others may be left out.
REQUIRED_COLUMNS = ("phone", "name_en", "state", "district")

#: The sample the admin offers as a template. Districts' names repeat across
#: states (Hamirpur is in Himachal Pradesh and in Uttar Pradesh), so the state is given.
SAMPLE_ROWS = [
    ("9876543210", "Asha Verma", "आशा वर्मा", "asha@example.org", "Uttar Pradesh", "Lucknow",
     "writing, fact-checking"),
    ("9123456780", "Ravi Kumar", "रवि कुमार", "", "UP", "लखनऊ", "video editing"),
    ("9988776655", "Sunita Patil", "", "sunita@example.org", "Maharashtra", "Pune", "design"),
    ("8877665544", "Imran Ali", "इमरान अली", "", "Himachal Pradesh", "Hamirpur", ""),
    ("7766554433", "Neha Yadav", "नेहा यादव", "", "उत्तर प्रदेश", "हमीरपुर", "mobile apps"),
]  # fmt: skip

CHUNK_SIZE = 1 << 18  # 256 KB of bytes at a time
_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


class FileProblem(Exception):
    """The file cannot be read on (encoding, header, format); rows before `line` were read."""

    def __init__(self, message: str, line: int | None = None):
        self.message = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


class CsvSource:
    """Records of a CSV file given as a binary stream (utf-8, with or without BOM)."""

    kind = "csv"

    def __init__(self, binary, *, size: int | None = None):
        self.binary = binary
        self.total = size or 0  # progress is counted in bytes
        self.done = 0

    def _text_lines(self) -> Iterator[str]:
        """Physical lines, decoded, each ending in a newline.

        UTF-8 never has a newline byte inside a character, so blocks are cut at
        the last newline and decoded whole; a decoding error names its line,
        after every good line before it was given out.
        """
        pending = b""
        line_base = 0  # lines given out before the current block
        first = True
        while True:
            chunk = self.binary.read(CHUNK_SIZE)
            self.done += len(chunk)
            if first:
                first = False
                if chunk.startswith(_UTF16_32_BOMS):
                    raise FileProblem(
                        _(
                            "The file is in UTF-16 or UTF-32 (Excel's “Unicode text”). "
                            "Save it as “CSV UTF-8 (comma delimited)” and upload it again."
                        ),
                        line=1,
                    )
                if chunk.startswith(codecs.BOM_UTF8):
                    chunk = chunk[len(codecs.BOM_UTF8) :]
            if not chunk:
                block, pending = pending, b""
                if not block:
                    return
            else:
                data = pending + chunk if pending else chunk
                cut = data.rfind(b"\n") + 1
                if cut == 0:
                    pending = data
                    continue
                block, pending = data[:cut], data[cut:]
            try:
                text = block.decode("utf-8")
            except UnicodeDecodeError as error:
                bad_line_start = block.rfind(b"\n", 0, error.start) + 1
                good = block[:bad_line_start].decode("utf-8")
                yield from self._split(good)
                line = line_base + block.count(b"\n", 0, bad_line_start) + 1
                raise FileProblem(
                    _(
                        "This line is not UTF-8 text (byte 0x%(byte)02X): the file was "
                        "probably saved as Latin-1/Windows-1252. Rows before it were read; "
                        "save the file as “CSV UTF-8” and import it again."
                    )
                    % {"byte": block[error.start]},
                    line=line,
                ) from None
            lines = self._split(text)
            line_base += len(lines)
            yield from lines
            if not chunk:
                return

    @staticmethod
    def _split(text: str) -> list[str]:
        if not text:
            return []
        parts = text.split("\n")
        last = parts.pop()
        lines = [part + "\n" for part in parts]
        if last:
            lines.append(last)
        return lines

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(first line of the record, values); a quoted value may span lines."""
        reader = csv.reader(self._text_lines())
        line = 0
        try:
            for values in reader:
                yield line + 1, values
                line = reader.line_num
        except csv.Error as error:
            raise FileProblem(
                _("The CSV is malformed here (%(error)s).") % {"error": error},
                line=reader.line_num,
            ) from None


class XlsxSource:
    """Records of the first sheet of an Excel workbook, read in openpyxl's streaming mode."""

    kind = "xlsx"

    def __init__(self, binary, *, size: int | None = None):
        from openpyxl import load_workbook

        try:
            self.workbook = load_workbook(binary, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises zip, XML and key errors alike
            raise FileProblem(
                _("This is not an Excel workbook (.xlsx) that can be read: %(error)s")
                % {"error": error}
            ) from None
        self.sheet = self.workbook.worksheets[0]
        self.total = self.sheet.max_row or 0  # progress is counted in rows
        self.done = 0

    @staticmethod
    def _text(value) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))  # a phone typed as a number
        return str(value)

    def records(self) -> Iterator[tuple[int, list[str]]]:
        text = self._text
        try:
            for number, row in enumerate(self.sheet.iter_rows(values_only=True), 1):
                self.done = number
                yield number, [text(value) for value in row]
        finally:
            self.workbook.close()


def open_source(binary, *, file_name: str, size: int | None = None):
    """The reader for a file, chosen by its name (.xlsx is Excel, the rest CSV)."""
    if file_name.lower().endswith(".xlsx"):
        return XlsxSource(binary, size=size)
    return CsvSource(binary, size=size)
