"""Middleware of our own."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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
