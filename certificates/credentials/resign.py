"""Sign again what needs it: certificates issued before signed credentials existed, and
those a revoked key signed after its revocation. Each certificate's credential is
replaced in its own small transaction, so a long run can be interrupted and resumed."""

from __future__ import annotations

import datetime

from django.db import transaction

from certificates.credentials import signing
from certificates.credentials.issue import credentials_sign
from certificates.credentials.status_list import status_list_publish
from certificates.design.data import default_design
from certificates.models import Certificate, CertificateSettings, StatusList

BATCH = 500


def _issuer() -> tuple[str, str]:
    design, default = CertificateSettings.load(), default_design()
    return design.issuer_en or default.issuer_en, design.issuer_hi or default.issuer_hi


def _sign(certificates) -> int:
    issuer_en, issuer_hi = _issuer()
    signed = credentials_sign(certificates, issuer_en=issuer_en, issuer_hi=issuer_hi)
    with transaction.atomic():
        for pk, each in signed.items():
            Certificate.objects.filter(pk=pk).update(credential=each.credential)
    return len(signed)


def credentials_sign_missing() -> int:
    """Sign every issued or revoked certificate without a credential; returns how many."""
    count, last = 0, 0
    while True:
        chunk = list(
            Certificate.objects.filter(
                pk__gt=last,
                credential="",
                status__in=[Certificate.Status.ISSUED, Certificate.Status.REVOKED],
            ).order_by("pk")[:BATCH]
        )
        if not chunk:
            return count
        count += _sign(chunk)
        last = chunk[-1].pk


def credentials_resign(*, kid: str, since: datetime.datetime) -> int:
    """Sign again the credentials key ``kid`` signed at or after ``since``, and every
    status list (they are few, and one it signed would void every certificate's check)."""
    for number in StatusList.objects.values_list("number", flat=True):
        status_list_publish(number)
    count, last = 0, 0
    while True:
        chunk = list(
            Certificate.objects.filter(pk__gt=last).exclude(credential="").order_by("pk")[:BATCH]
        )
        if not chunk:
            return count
        last = chunk[-1].pk
        stale = []
        for certificate in chunk:
            header, claims = signing.unverified_header_and_claims(certificate.credential)
            signed_at = datetime.datetime.fromtimestamp(claims.get("iat", 0), datetime.UTC)
            if header.get("kid", "").endswith("#" + kid) and signed_at >= since:
                stale.append(certificate)
        if stale:
            count += _sign(stale)
