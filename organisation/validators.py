"""Validators shared by every place a value enters (forms, admin, imports)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: Unicode's explicit direction controls: embeddings and overrides (U+202A-U+202E)
#: and isolates (U+2066-U+2069). Invisible, they reorder the letters around them:
#: "\u202eevil\u202d रमेश" prints as "रमेशlive" on a certificate.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI_MESSAGE = _(
    "Remove the invisible text-direction characters (they change the order in which "
    "the letters are shown); type the name again if unsure."
)


def has_bidi_controls(value: str) -> bool:
    return not BIDI_CONTROLS.isdisjoint(value)


def validate_no_bidi_controls(value: str) -> None:
    """Refuse text with invisible direction controls: names are printed as typed."""
    if value and has_bidi_controls(value):
        raise ValidationError(BIDI_MESSAGE, code="bidi_control")
