"""Made-up volunteers for tests, benchmarks and the organisation generator.

Names are common Indian given names and surnames in English and Hindi; phones
are unique for a seed (a fixed prefix plus a counter); districts come from the
reference data, weighted by the state's population when asked.
"""

import csv
import random

from lms.spreadsheets import SafeCsvWriter
from organisation.imports.formats import COLUMNS
from organisation.units import REFERENCE_CSV

GIVEN = [
    ("Asha", "आशा"), ("Ravi", "रवि"), ("Sunita", "सुनीता"), ("Imran", "इमरान"),
    ("Priya", "प्रिया"), ("Amit", "अमित"), ("Neha", "नेहा"), ("Rahul", "राहुल"),
    ("Pooja", "पूजा"), ("Vikram", "विक्रम"), ("Anjali", "अंजलि"), ("Suresh", "सुरेश"),
    ("Kavita", "कविता"), ("Manoj", "मनोज"), ("Fatima", "फ़ातिमा"), ("Arjun", "अर्जुन"),
    ("Meena", "मीना"), ("Deepak", "दीपक"), ("Rekha", "रेखा"), ("Sanjay", "संजय"),
    ("Gurpreet", "गुरप्रीत"), ("Lakshmi", "लक्ष्मी"), ("Joseph", "जोसेफ"), ("Nisha", "निशा"),
]  # fmt: skip
SURNAMES = [
    ("Verma", "वर्मा"), ("Kumar", "कुमार"), ("Patil", "पाटिल"), ("Ali", "अली"),
    ("Sharma", "शर्मा"), ("Yadav", "यादव"), ("Singh", "सिंह"), ("Iyer", "अय्यर"),
    ("Das", "दास"), ("Reddy", "रेड्डी"), ("Khan", "ख़ान"), ("Gupta", "गुप्ता"),
    ("Nair", "नायर"), ("Mishra", "मिश्रा"), ("Chauhan", "चौहान"), ("Joshi", "जोशी"),
]  # fmt: skip
SKILLS = [
    "writing", "video editing", "design", "fact-checking", "mobile apps", "translation",
    "photography", "IT support", "social media", "public speaking",
]  # fmt: skip

#: Rough population shares (per cent, 2011 census) of the largest states by ISO
#: code; the rest share what is left in proportion to their district counts.
POPULATION_SHARE = {
    "UP": 16.5, "MH": 9.3, "BR": 8.6, "WB": 7.5, "MP": 6.0, "TN": 6.0, "RJ": 5.7,
    "KA": 5.0, "GJ": 5.0, "AP": 4.1, "OD": 3.5, "TS": 2.9, "KL": 2.8, "JH": 2.7,
    "AS": 2.6, "PB": 2.3, "CT": 2.1, "HR": 2.1, "DL": 1.4, "JK": 1.0, "UK": 0.8,
}  # fmt: skip


def reference_districts() -> list[dict]:
    with REFERENCE_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def weighted_districts(rows: list[dict]) -> tuple[list[dict], list[float]]:
    """Districts with weights: the state's population share spread over its districts."""
    by_state: dict[str, list[dict]] = {}
    for row in rows:
        by_state.setdefault(row["state_code"], []).append(row)
    known = sum(POPULATION_SHARE.get(code, 0) for code in by_state)
    others = [code for code in by_state if code not in POPULATION_SHARE]
    other_districts = sum(len(by_state[code]) for code in others) or 1
    districts, weights = [], []
    for code, state_rows in by_state.items():
        if code in POPULATION_SHARE:
            share = POPULATION_SHARE[code]
        else:
            share = max(0.0, 100 - known) * len(state_rows) / other_districts
        for row in state_rows:
            districts.append(row)
            weights.append(share / len(state_rows))
    return districts, weights


def volunteer_rows(count: int, *, seed: int = 1, first_phone: int = 6_000_000_000):
    """`count` valid rows (tuples in COLUMNS order) with unique phones."""
    rng = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
    districts, weights = weighted_districts(reference_districts())
    chosen = rng.choices(districts, weights=weights, k=min(count, 100_000))
    for number in range(count):
        given_en, given_hi = GIVEN[rng.randrange(len(GIVEN))]
        surname_en, surname_hi = SURNAMES[rng.randrange(len(SURNAMES))]
        district = chosen[number % len(chosen)]
        # The state given as a name, an ISO code or in Hindi, as files do.
        state = (district["state_en"], district["state_code"], district["state_hi"])[number % 3]
        phone = str(first_phone + number * 7 % 3_999_999_999)
        yield (
            phone,
            f"{given_en} {surname_en}",
            f"{given_hi} {surname_hi}",
            f"v{phone}@example.org" if number % 4 == 0 else "",
            state,
            district["district_en"] if number % 5 else district["district_hi"],
            SKILLS[number % len(SKILLS)],
        )


BAD_ROWS = [
    ("12345", "Short Phone", "", "", "Bihar", "Patna", ""),
    ("9000000001", "", "", "", "Bihar", "Patna", ""),
    ("9000000002", "Bad Email", "", "not-an-email", "Bihar", "Patna", ""),
    ("9000000003", "No Such State", "", "", "Atlantis", "Patna", ""),
    ("9000000004", "Ambiguous District", "", "", "", "Bilaspur", ""),
    ("9000000005", "Wrong State", "", "", "Kerala", "Lucknow", ""),
]


def write_volunteer_csv(handle, count: int, *, seed: int = 1, bad_every: int = 0) -> dict:
    """Write a CSV of `count` rows to a text handle; every `bad_every`th row is
    replaced by a bad one and followed by a duplicate of an earlier row.

    Returns what an import into an empty database should report.
    """
    writer = SafeCsvWriter(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    expected = {"imported": 0, "errors": 0, "duplicates": 0, "rows": 0}
    previous = None
    for number, row in enumerate(volunteer_rows(count, seed=seed)):
        if bad_every and number and number % bad_every == 0:
            writer.writerow(BAD_ROWS[(number // bad_every) % len(BAD_ROWS)])
            expected["errors"] += 1
            if previous is not None:
                writer.writerow(previous)
                expected["errors"] += 1
                expected["duplicates"] += 1
                expected["rows"] += 1
        else:
            writer.writerow(row)
            expected["imported"] += 1
            previous = row
        expected["rows"] += 1
    return expected
