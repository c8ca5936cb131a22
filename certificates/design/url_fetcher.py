"""The only way WeasyPrint may load anything while rendering a certificate.

A certificate shows text typed by volunteers (names) and trainers (wording). The
template escapes it, but the PDF engine would otherwise follow any URL it meets
(``file:///etc/passwd`` as an image, ``http://`` as a stylesheet, ``rel=attachment``
as an embedded file). This fetcher is the second wall: it serves our own static files
and media files, read from disk, and refuses everything else.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from django.conf import settings
from django.contrib.staticfiles import finders

# Self-contained raster images only: an SVG in a data: URL could name other URLs.
ALLOWED_DATA_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


class RefusedURL(ValueError):
    """WeasyPrint asked for a URL that certificates may not load."""


def static_roots() -> list[Path]:
    """Every folder our static files may come from: STATIC_ROOT and the finders'."""
    roots = [Path(settings.STATIC_ROOT)] if settings.STATIC_ROOT else []
    for finder in finders.get_finders():
        for location in getattr(finder, "locations", ()):  # FileSystemFinder
            roots.append(Path(location[1] if isinstance(location, tuple) else location))
        for storage in getattr(finder, "storages", {}).values():  # AppDirectoriesFinder
            if getattr(storage, "location", None):
                roots.append(Path(storage.location))
    return roots


def media_roots() -> list[Path]:
    return [Path(settings.MEDIA_ROOT)] if settings.MEDIA_ROOT else []


class RestrictedURLFetcher(URLFetcher):
    """Serve ``file://`` URLs inside ``roots`` and small image ``data:`` URLs; refuse the rest.

    ``calls`` counts every request WeasyPrint made and ``refused`` the ones turned
    down, so that tests (and logs) can see what a document tried to load.
    """

    def __init__(self, roots=None, *, allow_data_images: bool = True):
        super().__init__(timeout=1, allowed_protocols=("file", "data"), allow_redirects=False)
        if roots is None:
            roots = [*static_roots(), *media_roots()]
        # realpath: a symlink inside a root that points outside it is outside.
        self.roots = tuple(dict.fromkeys(Path(os.path.realpath(root)) for root in roots))
        self.allow_data_images = allow_data_images
        self.calls = 0
        self.refused = 0

    def is_allowed_path(self, path: Path) -> bool:
        real = Path(os.path.realpath(path))
        return real.is_file() and any(real.is_relative_to(root) for root in self.roots)

    def fetch(self, url, headers=None):
        self.calls += 1
        try:
            return self._fetch(url)
        except RefusedURL:
            self.refused += 1
            raise

    def _fetch(self, url: str) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file":
            if parts.netloc not in ("", "localhost"):
                raise RefusedURL(f"certificates may not load {url!r}")
            path = Path(unquote(parts.path))
            if not self.is_allowed_path(path):
                raise RefusedURL(f"certificates may not load {url!r}")
            mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                url, body=path.read_bytes(), headers={"Content-Type": mime_type}
            )
        if scheme == "data" and self.allow_data_images:
            mime_type = parts.path.split(",", 1)[0].split(";", 1)[0].strip().lower()
            if mime_type in ALLOWED_DATA_TYPES:
                return super().fetch(url, headers=None)
        raise RefusedURL(f"certificates may not load {url[:80]!r}")
