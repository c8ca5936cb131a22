"""Public verification of certificates, and their download by whoever may have them."""

from django_ratelimit.decorators import ratelimit

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from audit.downloads import PersonalDataDownload, personal_data
from audit.models import AccessRecord
from certificates import codes
from certificates.credentials import signing
from certificates.credentials.contexts import CONTEXT_V2
from certificates.models import Certificate
from certificates.selectors import certificate_for_download
from lms.rate_limit import configured_rate
from lms.storage import private_storage

# What the verification page may show, and no more.
PUBLIC_FIELDS = (
    "name_en", "name_hi", "level", "unit_en", "unit_hi", "issued_on", "status", "revoked_at"
)  # fmt: skip
# Read to tell a certificate withdrawn at its holder's request (erased) from another
# revoked one; the reason itself is never shown.
_LOOKUP_FIELDS = (*PUBLIC_FIELDS, "revoke_reason", "code")


def _lookup(code: str) -> Certificate | None:
    """One indexed query, whatever the code: a revoked certificate and an unknown
    code cost the same, so timing tells nothing a page would not."""
    forms = codes.lookup_forms(code) if 8 <= len(code) <= 40 else [""]
    return (
        Certificate.objects.filter(code__in=forms, status__in=["issued", "revoked"])
        # The signed credential is public too: it says what the page says.
        .only(*_LOOKUP_FIELDS, "credential")
        .first()
    )


def _verdict(certificate: Certificate | None) -> str:
    if certificate is None:
        return "not_found"
    return "valid" if certificate.status == Certificate.Status.ISSUED else "revoked"


def verify_short(request, code):
    """The address in the QR code: on to the page in the reader's language."""
    return redirect(
        translate_url(
            reverse("certificate_verify", args=[code]), get_language_from_request(request)
        )
    )


def verify_typed(request):
    """A code typed by hand (from a printout, read out on the phone): on to its page.

    Typed codes are forgiving (certificates/codes.py); the page shows the code as
    printed, so the person can compare.
    """
    typed = request.GET.get("code", "").strip()[:64]
    if typed:
        # No code of ours has a "/" (it would not fit in the page's address either).
        code = codes.normal_form(typed) or typed.replace("/", "") or "-"
        return redirect("certificate_verify", code=code)
    return TemplateResponse(request, "certificates/verify_form.html")


@never_cache
@ratelimit(group="verify", key="ip", rate=configured_rate)
def verify(request, code):
    """The page a QR code opens: valid, revoked or not found, in the reader's language."""
    certificate = _lookup(code)
    verdict = _verdict(certificate)
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "verdict": verdict,
            "code": certificate.code if certificate else code,
            "signed": bool(certificate and certificate.credential),
        },
        status=404 if verdict == "not_found" else 200,
    )


@never_cache
@ratelimit(group="verify", key="ip", rate=configured_rate)
def verify_json(request, code):
    """The same answer for machines."""
    certificate = _lookup(code)
    verdict = _verdict(certificate)
    body = {"code": code, "status": verdict}
    if certificate is not None and certificate.withdrawn_at_holders_request:
        # Erased: the page says so and names nobody.
        body["withdrawn_at_holders_request"] = True
        body["revoked_on"] = timezone.localdate(certificate.revoked_at).isoformat()
    elif certificate is not None:
        body.update(
            name_en=certificate.name_en,
            name_hi=certificate.name_hi,
            role=f"{certificate.get_level_display()} leader",
            level=certificate.level,
            unit_en=certificate.unit_en,
            unit_hi=certificate.unit_hi,
            issued_on=certificate.issued_on.isoformat(),
        )
        if verdict == "revoked" and certificate.revoked_at:
            body["revoked_on"] = timezone.localdate(certificate.revoked_at).isoformat()
        body.update(_signed_credential(certificate))
    return JsonResponse(
        body,
        status=404 if verdict == "not_found" else 200,
        json_dumps_params={"ensure_ascii": False},
    )


def _signed_credential(certificate: Certificate) -> dict:
    """The Open Badges 3.0 credential (JSON-LD, as signed) and its proof: the compact JWS
    as a VC 2.0 ``EnvelopedVerifiableCredential`` (``data:application/vc+jwt,...``)."""
    token = certificate.credential
    if not token:
        return {}
    return {
        "credential": signing.unverified_claims(token),
        "verifiableCredential": {
            "@context": [CONTEXT_V2],
            "id": f"data:{signing.MEDIA_TYPE},{token}",
            "type": "EnvelopedVerifiableCredential",
        },
        "wallet_url": reverse("certificate_credential", args=[certificate.code]),
    }


@never_cache
@login_required
@personal_data(AccessRecord.Action.CERTIFICATE_DOWNLOAD)
def download(request, code):
    """The PDF, for the leader it names and for coordinators whose unit holds them; a
    coordinator's download is someone else's personal data: the audit trail's gate."""
    certificate = certificate_for_download(user=request.user, code=code)
    if certificate is None or not certificate.pdf:
        raise Http404(_("No such certificate."))
    volunteer = certificate.leadership.volunteer

    def respond():
        handle = private_storage().open(certificate.pdf.name, "rb")
        slug = slugify(certificate.name_en) or "leader"
        filename = f"certificate-{slug}-{certificate.code}.pdf"
        return FileResponse(
            handle, as_attachment=True, filename=filename, content_type="application/pdf"
        )

    if volunteer.user_id == request.user.pk:
        return respond()
    return PersonalDataDownload(
        respond=respond, rows=1, unit_id=volunteer.district_id, object_id=certificate.pk
    )
