"""Template tags other apps' pages use to show certificates (the trainee dashboard),
so that those apps need not import this one."""

import re

from django import template
from django.utils.translation import gettext

from certificates.selectors import certificates_of
from certificates.services import PROMOTED_NOTE
from organisation.models import Unit

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html", takes_context=True)
def my_certificates(context):
    request = context["request"]
    user = request.user
    return {
        "certificates": list(certificates_of(user)) if user.is_authenticated else [],
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


_PROMOTED = re.compile(r"^Promoted to (national|state|district) leader of (.+)\.$")


def promotion_note(note: str) -> str | None:
    """A promotion's note ("Promoted to district leader of Indore.") in the reader's
    language, with the unit's name in it; None for any other note."""
    match = _PROMOTED.match(note or "")
    if match is None:
        return None
    level, unit_en = match.groups()
    unit = Unit.objects.filter(level=level, name_en=unit_en).first()
    return gettext(PROMOTED_NOTE) % {
        "level": str(Unit.Level(level).label).lower(),
        "unit": unit.name if unit else unit_en,
    }


@register.filter
def stage_note(note: str) -> str:
    """A stage change's note in the reader's language.

    The notes the pipeline writes itself (certificates.services: enrolled, trained,
    promoted) are stored in English and translated here; a coordinator's own words
    (screening notes, reasons) have no translation and are shown as written.
    """
    if not note:
        return note
    return promotion_note(note) or gettext(note)
