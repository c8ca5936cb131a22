"""A leadership certificate as an Open Badges 3.0 credential (VC Data Model 2.0).

What it says is what the certificate says, no more: the leader's names in Latin and
Devanagari, the role, its level and unit, the date, the certificate's address (its
id), the issuer and the revocation entry. No phone, no e-mail: the credential is
public like the verification page.

- ``credentialSubject.identifier``: Open Badges' way to name a recipient without an
  account (``IdentityObject``, ``identityType`` "name", not hashed), one per script;
  ``name`` carries the same names as language-tagged values (``en``, ``hi``).
- ``achievement``: the leadership role at its level in its unit, with ``level`` and
  ``unit`` (names in both languages) as terms of the issuer (the VC 2.0 context's
  issuer-dependent vocabulary).
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils.text import slugify

from certificates.credentials.contexts import CONTEXT_OB, CONTEXT_V2
from certificates.credentials.documents import issuer_did
from certificates.credentials.status_list import status_entry
from certificates.design.data import LEVELS


def _both(en: str, hi: str) -> list[dict]:
    return [{"@value": en, "@language": "en"}, {"@value": hi or en, "@language": "hi"}]


def valid_from(day: datetime.date) -> str:
    """The issue date as the start of that day where it was issued (TIME_ZONE)."""
    return datetime.datetime.combine(
        day, datetime.time(), tzinfo=ZoneInfo(settings.TIME_ZONE)
    ).isoformat()


def credential_id(code: str) -> str:
    return settings.SITE_URL + reverse("certificate_verify_short", args=[code])


def leadership_credential(certificate, *, issuer_en: str, issuer_hi: str) -> dict:
    """The unsigned credential of a certificate (a ``Certificate`` or anything with
    its fields and ``pk``)."""
    level_en, level_hi = LEVELS[certificate.level]
    role_en, role_hi = f"{level_en} leader", f"{level_hi} लीडर"
    name_hi = certificate.name_hi or certificate.name_en
    unit_hi = certificate.unit_hi or certificate.unit_en
    title_en = f"{role_en}, {certificate.unit_en}"
    title_hi = f"{role_hi}, {unit_hi}"
    issued = valid_from(certificate.issued_on)
    achievement_id = (
        f"{settings.SITE_URL}/credentials/achievements/"
        f"{certificate.level}-leader/{slugify(certificate.unit_en) or 'unit'}"
    )
    return {
        "@context": [CONTEXT_V2, CONTEXT_OB],
        "id": credential_id(certificate.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_did(),
            "type": ["Profile"],
            "name": issuer_en,
            "additionalName": issuer_hi,
            "url": settings.SITE_URL + "/",
        },
        "name": title_en,
        "description": f"{title_en} / {title_hi}",
        "validFrom": issued,
        "awardedDate": issued,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": name,
                }
                for name in (certificate.name_en, name_hi)
            ],
            "name": _both(certificate.name_en, name_hi),
            "role": role_en,
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": title_en,
                "description": f"{title_en} / {title_hi}",
                "criteria": {
                    "narrative": (
                        f"Completed the organisation's leadership training and was "
                        f"promoted to {role_en.lower()} of {certificate.unit_en}."
                    )
                },
                "level": certificate.level,
                "unit": {"name": _both(certificate.unit_en, unit_hi)},
            },
        },
        "credentialStatus": status_entry(certificate.pk),
    }
