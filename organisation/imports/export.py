"""Export of volunteers as CSV, in the import's columns (plus stage), streamed."""

from collections.abc import Iterator

from django.db.models import QuerySet

from lms.spreadsheets import SafeCsvWriter
from organisation.imports.formats import COLUMNS

EXPORT_COLUMNS = (*COLUMNS, "stage")


class _Line:
    """A file-like object that hands back what csv.writer writes."""

    def write(self, value):
        return value


def export_rows(volunteers: QuerySet) -> Iterator[tuple]:
    rows = (
        volunteers.order_by("pk")
        .values_list(
            "phone",
            "name_en",
            "name_hi",
            "user__email",
            "state__name_en",
            "district__name_en",
            "skills",
            "stage",
        )
        .iterator(chunk_size=5000)
    )
    for phone, name_en, name_hi, email, state, district, skills, stage in rows:
        yield (
            phone or "",
            name_en,
            name_hi,
            email or "",
            state or "",
            district or "",
            skills,
            stage,
        )


def export_csv_chunks(volunteers: QuerySet) -> Iterator[bytes]:
    """The CSV file in pieces of about 64 KB: a UTF-8 byte order mark (Excel reads
    Hindi correctly with it; the import accepts it), the header, the rows."""
    # Every cell guarded: names, e-mails and skills come from imports and sign-ups.
    writer = SafeCsvWriter(_Line(), lineterminator="\r\n")
    yield "\ufeff".encode() + writer.writerow(EXPORT_COLUMNS).encode()
    buffer = []
    size = 0
    for row in export_rows(volunteers):
        line = writer.writerow(row)
        buffer.append(line)
        size += len(line)
        if size > 65536:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()
