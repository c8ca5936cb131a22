"""Public endpoints of signed credentials: the issuer's DID document and JWKS, the status
lists, a certificate's credential as a file ("Add to wallet"), and a verifier for
anyone who holds a credential and has no JOSE library.

The keys and lists are public and cacheable (ETag, ``Cache-Control: public``), and
readable from any origin (CORS ``*``): a verifier on another site fetches them.
"""

import hashlib
import json

from django_ratelimit.decorators import ratelimit

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from certificates import codes
from certificates.credentials import documents, signing
from certificates.credentials import status_list as lists
from certificates.credentials.keys import CredentialsUnavailable, issuer_keyring
from certificates.models import Certificate
from lms.rate_limit import configured_rate

KEYS_MAX_AGE = 300
# A revocation shows in caches within a minute.
STATUS_MAX_AGE = 60


def _public(request, body: bytes, content_type: str, max_age: int) -> HttpResponse:
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        body, content_type=content_type
    )
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def _json(document: dict) -> bytes:
    return json.dumps(document, indent=2, ensure_ascii=False).encode()


@require_GET
def did_json(request):
    """``did:web`` resolution: every key the issuer ever signed with, and its window."""
    document = documents.did_document(issuer_keyring())
    return _public(request, _json(document), "application/did+json", KEYS_MAX_AGE)


@require_GET
def jwks_json(request):
    return _public(
        request, _json(documents.jwks(issuer_keyring())), "application/jwk-set+json", KEYS_MAX_AGE
    )


@require_GET
def status_list(request, number: int):
    """The signed Bitstring Status List credential (a VC-JWT)."""
    if number > 10_000:  # far beyond any certificate we will issue
        raise Http404
    row = lists.status_list_current(number)
    return _public(request, row.credential.encode(), signing.MEDIA_TYPE, STATUS_MAX_AGE)


@require_GET
@ratelimit(group="verify", key="ip", rate=configured_rate)
def download(request, code: str):
    """The certificate's signed credential, for a wallet ("Add to wallet")."""
    forms = codes.lookup_forms(code) if 8 <= len(code) <= 40 else [""]
    certificate = (
        Certificate.objects.filter(code__in=forms, status=Certificate.Status.ISSUED)
        .exclude(credential="")
        .only("code", "credential")
        .first()
    )
    if certificate is None:
        raise Http404
    response = HttpResponse(certificate.credential, content_type=signing.MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.jwt"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def credential_check(token: str) -> dict:
    """What a verifier answers for a token: signature, key window, issuer, and status."""
    try:
        claims = signing.verify(token, issuer_keyring())
    except signing.InvalidCredential as error:
        return {"verified": False, "status": "invalid", "reason": str(error)}
    entry = claims.get("credentialStatus") or {}
    try:
        number = int(entry["statusListCredential"].rsplit("/", 1)[1])
        index = int(entry["statusListIndex"])
        pk = number * lists.SIZE + index
    except (KeyError, ValueError, TypeError, AttributeError, IndexError):
        return {"verified": False, "status": "invalid", "reason": "no status entry"}
    revoked = Certificate.objects.filter(pk=pk, status=Certificate.Status.REVOKED).exists()
    return {
        "verified": not revoked,
        "status": "revoked" if revoked else "valid",
        "credential": claims,
    }


@require_GET
@never_cache
@ratelimit(group="verify", key="ip", rate=configured_rate)
def verify(request):
    """``?credential=<compact JWS>``: is it ours, intact and not revoked?

    A GET: it changes nothing and reads no cookie, so it needs no CSRF exemption, and
    a credential (about 2 KB) fits in any address.
    """
    if len(request.META.get("QUERY_STRING", "")) > signing.MAX_TOKEN_LENGTH + 64:
        answer = {"verified": False, "status": "invalid", "reason": "too large"}
        return JsonResponse(answer, status=413)
    token = request.GET.get("credential", "").strip()
    if not token:
        answer = {"verified": False, "status": "invalid", "reason": "no credential given"}
        return JsonResponse(answer, status=400)
    try:
        answer = credential_check(token)
    except CredentialsUnavailable as error:
        answer = {"verified": False, "status": "unavailable", "reason": error.message}
        return JsonResponse(answer, status=503)
    # A genuine credential that was revoked is a fine question with the answer "no";
    # one we did not sign (or that was altered) is not one of ours at all.
    status = 422 if answer["status"] == "invalid" else 200
    return JsonResponse(answer, status=status, json_dumps_params={"ensure_ascii": False})
