"""The volunteer export's rows: the import's columns (plus stage), so that an export
can be imported again. The admin view writes them with lms.spreadsheets.csv_response."""

from collections.abc import Iterator

from django.db.models import QuerySet

from organisation.imports.formats import COLUMNS

EXPORT_COLUMNS = (*COLUMNS, "stage")


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
