"""Verification codes a person can read aloud and type.

Printed as five groups of four in Crockford's base32 — digits and capitals
without I, L, O and U — e.g. ``7KQ2-M9XD-3HFR-TB4Z-W1C8``: 100 random bits, out of
reach of guessing at any rate the verification limit allows. Typed back, a code is
forgiving: lower case, spaces, missing or extra hyphens, and the letters people
read for digits (O for 0, I or L for 1) all find the same certificate.

Codes issued before these (22 URL-safe characters, case-sensitive) keep working:
a lookup tries the code as given and its normal form, in one query.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP = 4
GROUPS = 5
LENGTH = GROUP * GROUPS
# What people type for what is printed (Crockford's decoding rules).
READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
IGNORED = str.maketrans("", "", " -_.\u2010\u2011\u2012\u2013\u2014")


def new_code() -> str:
    """A fresh code, grouped as printed."""
    return grouped("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def grouped(plain: str) -> str:
    return "-".join(plain[start : start + GROUP] for start in range(0, len(plain), GROUP))


def normal_form(typed: str) -> str | None:
    """The code as stored, for what a person typed; None when it cannot be one of ours."""
    plain = typed.upper().translate(IGNORED).translate(READ_AS)
    if len(plain) != LENGTH or any(char not in ALPHABET for char in plain):
        return None
    return grouped(plain)


def lookup_forms(typed: str) -> list[str]:
    """Every stored form ``typed`` may stand for: as given (older codes), and normalised."""
    forms = [typed]
    normal = normal_form(typed)
    if normal is not None and normal != typed:
        forms.append(normal)
    return forms
