"""The installable web app: its service worker, its manifest, the page shown offline."""

import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from offline import service_worker


@require_GET
@cache_control(no_cache=True, max_age=0)
def service_worker_script(request):
    """/sw.js, at the site's root so the worker's scope is the whole site.

    Always revalidated (no-cache): a new deploy's worker must reach the reader on
    their next visit, not after an HTTP cache expires.
    """
    config = {
        "version": service_worker.version(),
        "precache": service_worker.precached_urls(),
        "offlinePages": service_worker.offline_page_urls(),
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "savedPrefix": service_worker.SAVED_COURSE_CACHE_PREFIX,
        "neverSaved": service_worker.NEVER_SAVED,
        "defaultLanguage": settings.LANGUAGE_CODE,
        "queuedForms": service_worker.QUEUED_FORMS,
        "queueLimit": service_worker.QUEUE_LIMIT,
        "messages": service_worker.messages(),
        "verifierCache": service_worker.VERIFIER_CACHE,
        "verifierAddresses": service_worker.VERIFIER_ADDRESSES,
        "verifierPages": service_worker.verifier_pages(),
    }
    return render(
        request,
        "offline/sw.js",
        {"config": json.dumps(config, ensure_ascii=False)},
        content_type="text/javascript; charset=utf-8",
    )


def web_manifest(request, **app) -> JsonResponse:
    """A web app manifest in the request's language: the site's icons and colours, and
    ``app`` (name, short_name, description, start_url, id, scope) over the trainee app's."""
    language = request.LANGUAGE_CODE
    data = {
        "name": _("Volunteer Training"),
        "short_name": _("Training"),
        "description": _("Courses for volunteers: verify, write, respond, stay safe."),
        "lang": language,
        "dir": "ltr",
        "start_url": f"/{language}/learn/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "icons": [
            {
                "src": static(f"icons/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
            }
            for size in (192, 512)
        ]
        + [
            {
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            }
        ],
        **app,
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
@cache_control(max_age=3600)
def manifest(request):
    """The web app manifest, in the language of its address (/hi/manifest.webmanifest)."""
    return web_manifest(request)


@require_GET
def offline_page(request):
    """Shown by the service worker for a page never opened on this phone while offline."""
    return render(request, "offline/offline.html")
