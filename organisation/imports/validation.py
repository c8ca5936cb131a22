"""Checking one row of a volunteer file, with everything looked up beforehand.

Per-row work is small on purpose (a 500,000-row file is validated in seconds):
units come from dictionaries built once, patterns are compiled once, and no
model is instantiated or full_clean()ed per row.
"""

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from organisation.models import Unit, VolunteerProfile
from organisation.phones import normalise_phone
from organisation.validators import BIDI_MESSAGE, has_bidi_controls

PHONE_RE = re.compile(r"[6-9][0-9]{9}")
# Deliberately simple: one @, no spaces, a dot in the domain. The mail server
# is the real judge; this catches the typing mistakes that are common in sheets.
EMAIL_RE = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+")

_field = VolunteerProfile._meta.get_field
MAX_NAME = _field("name_en").max_length
MAX_SKILLS = _field("skills").max_length
MAX_EMAIL = 254
_NUKTA = "\u093c"
_PUNCTUATION = re.compile(r"[.\-_'’]")
# The export guards cells that a spreadsheet would run as formulas with a quote.
_FORMULA_GUARD = ("'=", "'+", "'-", "'@")


def _is_email(value: str) -> bool:
    """Django's stricter check after the quick pattern: it refuses what a spreadsheet
    would run, such as =HYPERLINK("http://…?@a.bc"), which the pattern lets by."""
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def _unguard(value: str) -> str:
    return value[1:] if value.startswith(_FORMULA_GUARD) else value


def unit_key(name: str) -> str:
    """How unit names are matched: case, spacing, dots, dashes and nukta do not matter."""
    name = unicodedata.normalize("NFC", name).replace(_NUKTA, "")
    name = _PUNCTUATION.sub(" ", name)
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class UnitIndex:
    """States and districts by every name a file may give them (read once per import)."""

    states: dict  # key -> state id
    districts: dict  # (state id, key) -> district id
    districts_anywhere: dict  # key -> [district ids]
    district_state: dict  # district id -> state id
    names: dict  # unit id -> English name

    @classmethod
    def load(cls) -> "UnitIndex":
        states, districts, anywhere, district_state, names = {}, {}, {}, {}, {}
        units = Unit.objects.values_list("id", "level", "parent_id", "code", "name_en", "name_hi")
        for pk, level, parent_id, code, name_en, name_hi in units:
            names[pk] = name_en
            keys = {unit_key(name_en), unit_key(name_hi)} - {""}
            if level == Unit.Level.STATE:
                keys |= {code.casefold(), code.split("-", 1)[-1].casefold()}  # in-up, up
                for key in keys:
                    states[key] = pk
            elif level == Unit.Level.DISTRICT:
                district_state[pk] = parent_id
                for key in keys:
                    districts[(parent_id, key)] = pk
                    anywhere.setdefault(key, []).append(pk)
        return cls(states, districts, anywhere, district_state, names)


class ValidRow(NamedTuple):
    line: int
    phone: str
    name_en: str
    name_hi: str
    email: str
    state_id: int
    district_id: int
    skills: str


class RowValidator:
    """Turns a record into a ValidRow, or into the reasons it is refused."""

    def __init__(self, *, units: UnitIndex, scope: Unit, positions: dict[str, int], width: int):
        self.units = units
        self.scope = scope
        self.positions = positions
        self.width = width  # the header's columns
        if scope.level == Unit.Level.NATIONAL:
            self.allowed = None  # every district
        elif scope.level == Unit.Level.STATE:
            self.allowed = {d for d, s in units.district_state.items() if s == scope.pk}
        else:
            self.allowed = {scope.pk}
        index = [positions.get(column) for column in _ORDER]
        self._index = index
        # (state, district) as written -> _place()'s answer: a file names the
        # same few hundred places again and again.
        self._places = {}

    def _state(self, value: str, errors: list) -> int | None:
        states = self.units.states
        state_id = states.get(value.casefold()) or states.get(unit_key(value))
        if state_id is None:
            errors.append(_("unknown state “%(state)s”") % {"state": value})
        return state_id

    def _district(self, value: str, state_id: int | None, state_given: bool, errors) -> int | None:
        units = self.units
        key = value.casefold()
        if state_id is not None:
            district_id = units.districts.get((state_id, key)) or units.districts.get(
                (state_id, unit_key(value))
            )
            if district_id is not None:
                return district_id
        elif state_given:
            return None  # the state is already reported unknown
        candidates = units.districts_anywhere.get(key) or units.districts_anywhere.get(
            unit_key(value), []
        )
        if state_id is not None:
            if candidates:
                errors.append(
                    _("district “%(district)s” is not in %(state)s (it is in %(others)s)")
                    % {
                        "district": value,
                        "state": units.names[state_id],
                        "others": ", ".join(
                            sorted(units.names[units.district_state[c]] for c in candidates)
                        ),
                    }
                )
            else:
                errors.append(
                    _("unknown district “%(district)s” in %(state)s")
                    % {"district": value, "state": units.names[state_id]}
                )
            return None
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            errors.append(
                _("district “%(district)s” is in more than one state (%(states)s): give the state")
                % {
                    "district": value,
                    "states": ", ".join(
                        sorted(units.names[units.district_state[c]] for c in candidates)
                    ),
                }
            )
        else:
            errors.append(_("unknown district “%(district)s”") % {"district": value})
        return None

    def _place(self, state: str, district: str) -> tuple:
        """(state id, district id, [reasons]) for a row's state and district."""
        errors = []
        state_id = self._state(state, errors) if state else None
        district_id = None
        if not district:
            errors.append(_("district missing"))
        else:
            district_id = self._district(district, state_id, bool(state), errors)
            if district_id is not None:
                state_id = self.units.district_state[district_id]
                if self.allowed is not None and district_id not in self.allowed:
                    errors.append(
                        _("%(district)s (%(state)s) is outside your unit, %(unit)s")
                        % {
                            "district": self.units.names[district_id],
                            "state": self.units.names[state_id],
                            "unit": self.scope.name_en,
                        }
                    )
        return state_id, district_id, tuple(errors)

    def validate(self, line: int, values: list[str]) -> ValidRow | list[str]:
        """A ValidRow, or the list of reasons the row is refused."""
        if len(values) > self.width:
            extra = values[self.width :]
            if any(v.strip() for v in extra):
                return [
                    _("%(count)d values, but the header has %(width)d columns")
                    % {"count": len(values), "width": self.width}
                ]
        elif len(values) < self.width:
            values = values + [""] * (self.width - len(values))
        i_phone, i_name_en, i_name_hi, i_email, i_state, i_district, i_skills = self._index
        errors = []

        raw_phone = values[i_phone].strip()
        if len(raw_phone) == 10 and raw_phone.isascii() and raw_phone.isdigit():
            phone = raw_phone  # nothing to clean (checked below like any other)
        else:
            phone = normalise_phone(raw_phone)
        if not raw_phone:
            errors.append(_("mobile number missing"))
        elif not PHONE_RE.fullmatch(phone):
            errors.append(
                _("“%(phone)s” is not a 10-digit mobile number starting with 6-9")
                % {"phone": raw_phone}
            )

        name_en = values[i_name_en].strip()
        if name_en[:1] == "'":
            name_en = _unguard(name_en)
        if not name_en:
            errors.append(_("name_en (name in English) missing"))
        elif len(name_en) > MAX_NAME:
            errors.append(_("name_en longer than %(max)d characters") % {"max": MAX_NAME})
        elif has_bidi_controls(name_en):
            errors.append(f"name_en: {BIDI_MESSAGE}")
        name_hi = values[i_name_hi].strip() if i_name_hi is not None else ""
        if name_hi[:1] == "'":
            name_hi = _unguard(name_hi)
        if len(name_hi) > MAX_NAME:
            errors.append(_("name_hi longer than %(max)d characters") % {"max": MAX_NAME})
        elif has_bidi_controls(name_hi):
            errors.append(f"name_hi: {BIDI_MESSAGE}")

        email = values[i_email].strip() if i_email is not None else ""
        if email and (
            len(email) > MAX_EMAIL or not EMAIL_RE.fullmatch(email) or not _is_email(email)
        ):
            errors.append(_("“%(email)s” is not an e-mail address") % {"email": email})

        place = (values[i_state].strip(), values[i_district].strip())
        known = self._places.get(place)
        if known is None:
            known = self._place(*place)
            if len(self._places) < _PLACES_KEPT:
                self._places[place] = known
        state_id, district_id, place_errors = known
        if place_errors:
            errors.extend(place_errors)

        skills = values[i_skills].strip() if i_skills is not None else ""
        if skills[:1] == "'":
            skills = _unguard(skills)
        if len(skills) > MAX_SKILLS:
            errors.append(_("skills longer than %(max)d characters") % {"max": MAX_SKILLS})

        if errors:
            return errors
        return ValidRow(line, phone, name_en, name_hi, email, state_id, district_id, skills)


#: At most this many (state, district) pairs are remembered per import: a file
#: of made-up places must not fill the memory.
_PLACES_KEPT = 10_000

_ORDER = ("phone", "name_en", "name_hi", "email", "state", "district", "skills")
