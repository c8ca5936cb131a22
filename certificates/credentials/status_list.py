"""Revocation as a W3C Bitstring Status List, served by us and re-signed on every revocation.

Certificate ``pk`` is bit ``pk % SIZE`` of list ``pk // SIZE``: no index to allocate,
none to lose in a crash, and a list covers 131,072 certificates (the specification's
minimum length, so that a list fetch does not tell which certificate is checked). The
list is a VC-JWT like the certificates' credentials, at
``/credentials/status/<number>``; its ``encodedList`` is the GZIP-compressed
bitstring in base64url with the multibase prefix ``u``, bit 0 the leftmost bit of the
first byte. Revoked = 1.

The order of operations is what keeps the list honest: a revocation takes the list's
row lock, then reads the revoked certificates (its own change included, others'
committed ones too), signs, saves, and commits with the revocation. Two revocations
in one list queue on the lock; no key means no revocation (it is refused whole).
"""

from __future__ import annotations

import base64
import datetime
import gzip

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from certificates.credentials import signing
from certificates.credentials.contexts import CONTEXT_V2
from certificates.credentials.documents import issuer_did
from certificates.credentials.keys import signing_key
from certificates.models import Certificate, StatusList

SIZE = 131_072


def position(certificate_pk: int) -> tuple[int, int]:
    """(list number, index in it) of a certificate."""
    return divmod(certificate_pk, SIZE)


def list_url(number: int) -> str:
    return settings.SITE_URL + reverse("credential_status_list", args=[number])


def status_entry(certificate_pk: int) -> dict:
    """The ``credentialStatus`` of a certificate's credential."""
    number, index = position(certificate_pk)
    return {
        "id": f"{list_url(number)}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(index),
        "statusListCredential": list_url(number),
    }


def encode(indexes) -> str:
    bits = bytearray(SIZE // 8)
    for index in indexes:
        bits[index >> 3] |= 0x80 >> (index & 7)
    # mtime=0: the same list compresses to the same bytes whenever it is published.
    compressed = gzip.compress(bytes(bits), compresslevel=9, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("not multibase base64url")
    body = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index >> 3] & (0x80 >> (index & 7)))


def status_list_credential(number: int, revoked_indexes, now) -> dict:
    url = list_url(number)
    return {
        "@context": [CONTEXT_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": now.astimezone(datetime.UTC).replace(microsecond=0).isoformat(),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode(revoked_indexes),
        },
    }


def status_list_publish(number: int) -> StatusList:
    """Sign list ``number`` again from the database; call it inside the transaction
    that revokes (it takes the list's row lock)."""
    key = signing_key()  # before anything changes: no key, no revocation
    with transaction.atomic():
        StatusList.objects.bulk_create(
            [StatusList(number=number, credential="", published_at=timezone.now())],
            ignore_conflicts=True,
        )
        row = StatusList.objects.select_for_update().get(number=number)
        start = number * SIZE
        revoked = [
            pk - start
            for pk in Certificate.objects.filter(
                pk__gte=start, pk__lt=start + SIZE, status=Certificate.Status.REVOKED
            )
            .order_by()
            .values_list("pk", flat=True)
            .iterator(chunk_size=10_000)
        ]
        now = timezone.now()
        document = status_list_credential(number, revoked, now)
        row.credential = signing.sign(document, key, now=now)
        row.revoked_count = len(revoked)
        row.published_at = now
        row.save()
    return row


def status_lists_publish_for(certificate_pks) -> None:
    """Re-sign every list that holds one of these certificates."""
    for number in sorted({position(pk)[0] for pk in certificate_pks}):
        status_list_publish(number)


def status_list_current(number: int) -> StatusList:
    """The published list, published now when it never was (no revocation yet)."""
    row = StatusList.objects.filter(number=number).exclude(credential="").first()
    return row or status_list_publish(number)


def status_list_urls() -> list[str]:
    """The address of every status list that holds a certificate (at least list 0):
    what the offline verifier keeps."""
    last = Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return [reverse("credential_status_list", args=[n]) for n in range(position(last)[0] + 1)]
