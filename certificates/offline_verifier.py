"""The offline verifier: a page a coordinator opens once, online, and that then answers
valid / revoked / forged / unknown for a certificate's QR code with no network.

The page (``/<lang>/verify/offline/``, ``static/js/verify-offline.js``) keeps in the
phone's ``verifier`` cache its own script and stylesheet (and the QR decoder,
``static/vendor/jsqr/``, where the browser has no ``BarcodeDetector``), the issuer's keys
(``/.well-known/did.json``) and every status list, each list's signature checked
before it is kept; it refreshes them whenever it is opened online, and says how long
ago they were checked. A QR code's proof (``c2``, certificates/credentials/printed.py)
signs the certificate's code and its place in the status list beside the printed
fields' digest, so the QR code alone is enough: a signature that fails is *forged*; a
genuine one whose bit is set in the kept list is *revoked*; otherwise *valid*. What it
cannot decide offline (a key it does not know, an older ``c1`` proof, a code typed
without its proof) is *unknown*, with the reason.

The service worker (offline/README.md) serves the kept page offline, and opens it for a
certificate's short address (``/v/<code>#...``): a printed QR code scanned by the
phone's own camera app is checked on the phone too.
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from certificates.credentials.status_list import status_list_urls
from offline.service_worker import VERIFIER_CACHE
from offline.views import web_manifest

# The site's policy (lms/settings/security.py) denies the camera everywhere; this page
# reads QR codes with it.
PERMISSIONS_POLICY = settings.PERMISSIONS_POLICY.replace("camera=()", "camera=(self)")


def _site_origin() -> str:
    scheme, _sep, rest = settings.SITE_URL.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


@require_GET
def verify_offline(request):
    """The verifier's page; public (anyone may check a certificate)."""
    response = render(
        request,
        "certificates/verify_offline.html",
        {
            "verifier_cache": VERIFIER_CACHE,
            "did_url": reverse("credential_did"),
            "status_lists": status_list_urls(),
            "site_origin": _site_origin(),
            "manifest_url": reverse("certificate_verify_offline_manifest"),
        },
    )
    response["Permissions-Policy"] = PERMISSIONS_POLICY
    return response


@require_GET
@cache_control(max_age=3600)
def verify_offline_manifest(request):
    """Installable on its own, starting at the verifier."""
    start = reverse("certificate_verify_offline")
    return web_manifest(
        request,
        name=_("Certificate verifier"),
        short_name=_("Verifier"),
        description=_("Checks leadership certificates' QR codes, even with no network."),
        id=start,
        start_url=start,
        scope=start,
    )
