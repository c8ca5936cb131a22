"""Middleware of our own."""

import logging
from urllib.parse import unquote_plus

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.views.defaults import bad_request

security_log = logging.getLogger("django.security.NulByte")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, but a 404 outside the language-prefixed pages stays a 404.

    Django redirects a 404 to the same path under /en/ when that path would
    match a language-prefixed URL; Wagtail's page serving matches every path,
    so /admin/volunteers/999/ (not found, or outside a coordinator's scope)
    became a redirect to /en/admin/volunteers/999/. These paths have no
    language version.
    """

    UNPREFIXED = (
        "/admin/",
        "/django-admin/",
        "/documents/",
        "/i18n/",
        "/healthz",
        "/ping",
        "/static/",
        "/v/",
    )

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class RejectNulBytesMiddleware:
    """A NUL byte anywhere in the path or the query string is a 400 Bad Request.

    No URL of ours has one, and PostgreSQL refuses NUL in text: a certificate code
    or a search term carrying one crashed the view that looked it up (HTTP 500).
    Answered with the site's 400 page and one warning under django.security: a probe
    is worth a line in the log, not a traceback.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = unquote_plus(request.META.get("QUERY_STRING", ""))
        if "\x00" in request.path_info or "\x00" in query:
            security_log.warning(
                "NUL byte in the request's path or query string: %r", request.get_full_path()
            )
            # Above LocaleMiddleware: take the page's language from its /hi/ or /en/ prefix.
            language = translation.get_language_from_path(request.path_info)
            with translation.override(language or settings.LANGUAGE_CODE):
                return bad_request(
                    request, SuspiciousOperation("NUL byte in the request's path or query string")
                )
        return self.get_response(request)


class CompressionMiddleware(GZipMiddleware):
    """Django's GZipMiddleware for text (pages, CSV, JSON): a Hindi lesson of 15.5 KB
    goes as about 4 KB to phones on slow networks. Files that are compressed already
    (PDFs, images, fonts) go as they are.

    BREACH: pages carry CSRF tokens and may reflect input (search). Django masks the
    CSRF token afresh in every response and this middleware adds random bytes to
    every gzip stream ("Heal the Breach"), so compressing them is kept.
    """

    COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")

    def process_response(self, request, response):
        # wagtail.utils.sendfile sets Content-Encoding to the text "None" when the
        # file name implies no encoding (every document download).
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        if not response.get("Content-Type", "").startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)
