"""The organisation's tree of units, loaded from the reference data in organisation/reference/.

`units_load()` is idempotent: it adds what is missing and corrects names, and
never deletes a unit (volunteers may belong to it). The migration that first
loads the tree calls it with the historical model.
"""

import csv
from pathlib import Path

from django.utils.text import slugify

REFERENCE_CSV = Path(__file__).resolve().parent / "reference" / "india_districts.csv"
NATIONAL_CODE = "in"
NATIONAL_NAME = ("India", "भारत")


def state_code(iso_code: str) -> str:
    return f"{NATIONAL_CODE}-{iso_code.lower()}"


def district_code(iso_code: str, name_en: str) -> str:
    return f"{state_code(iso_code)}-{slugify(name_en)}"[:80]


def units_load(unit_model=None, path: Path = REFERENCE_CSV) -> dict[str, int]:
    """Create or update the national unit, the states and the districts.

    Returns counts of units created and updated.
    """
    if unit_model is None:
        from organisation.models import Unit as unit_model
    existing = {unit.code: unit for unit in unit_model.objects.all()}
    counts = {"created": 0, "updated": 0}

    def upsert(code, level, parent, name_en, name_hi):
        unit = existing.get(code)
        if unit is None:
            unit = unit_model.objects.create(
                code=code, level=level, parent=parent, name_en=name_en, name_hi=name_hi
            )
            existing[code] = unit
            counts["created"] += 1
        elif (unit.name_en, unit.name_hi) != (name_en, name_hi):
            unit.name_en, unit.name_hi = name_en, name_hi
            unit.save(update_fields=["name_en", "name_hi"])
            counts["updated"] += 1
        return unit

    nation = upsert(NATIONAL_CODE, "national", None, *NATIONAL_NAME)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            state = upsert(
                state_code(row["state_code"]), "state", nation, row["state_en"], row["state_hi"]
            )
            upsert(
                district_code(row["state_code"], row["district_en"]),
                "district",
                state,
                row["district_en"],
                row["district_hi"],
            )
    return counts
