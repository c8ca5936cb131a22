"""A person's data as every provider exports it: for their page, and as JSON or CSV."""

import json
from datetime import date, datetime

from django.utils import timezone
from django.utils.formats import date_format

from privacy.erasure import subjects_for
from privacy.registry import Section, providers

#: The order a person reads their data in: who they are, their path, their learning,
#: then what was sent to them and their account; sections not named here come last.
SECTION_ORDER = [
    "profile", "stage_history", "screening", "team", "courses", "scores", "certificates",
    "messages", "account",
]  # fmt: skip


def person_sections(user) -> list[Section]:
    """Everything the registry's providers hold about ``user``, section by section."""
    subject = subjects_for([user.pk])[0]
    sections = [section for provider in providers() for section in provider.export(subject)]
    rank = {key: n for n, key in enumerate(SECTION_ORDER)}
    return sorted(sections, key=lambda s: rank.get(s.key, len(rank)))


def _plain(value):
    """A value for a download: dates in ISO 8601 (local time), the rest as text or numbers."""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, int | float | bool):
        return value
    return str(value)


def shown(value) -> str:
    """A value for the page, in the reader's language."""
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, date):
        return date_format(value, "j F Y")
    return "" if value is None else str(value)


def sections_json(sections: list[Section]) -> str:
    body = {
        "generated_at": _plain(timezone.now()),
        "sections": {
            s.key: {
                "title": str(s.title),
                "rows": [{str(k): _plain(v) for k, v in row.items()} for row in s.rows],
            }
            for s in sections
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=2)


CSV_HEADER = ("section", "row", "field", "value")


def sections_csv_rows(sections: list[Section]):
    """One row per value of every section: section, row number, field, value (opens in any
    spreadsheet, whatever the shape of each section); for lms.spreadsheets.csv_response."""
    for section in sections:
        for number, row in enumerate(section.rows, 1):
            for label, value in row.items():
                yield [str(section.title), number, str(label), _plain(value)]
