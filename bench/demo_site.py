"""A throw-away demo site served as production serves it, for the benchmarks that
measure what a phone downloads (lesson_page_weight.py, lighthouse.py).

SQLite in a temporary folder, the demo content, `runserver` on a free port with the
development settings except: DEBUG off (static files under hashed names that never
change, so a phone keeps them, and WhiteNoise's precompressed copies), and the media
files (lesson images) served as a proxy or object store would serve them.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from postgres_setup import BASE_DIR, manage  # the benchmarks' one manage()

PYTHON = sys.executable

SITE_SETTINGS = """
from lms.settings.dev import *  # noqa: F403

DEBUG = False
STORAGES = {**STORAGES, "staticfiles": {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
ROOT_URLCONF = "bench_urls"
"""
SITE_URLS = """
from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from lms.urls import urlpatterns as site

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site,
]
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def demo_site():
    """Yields the base URL of a demo site being served; stops it afterwards."""
    with tempfile.TemporaryDirectory(prefix="lms-bench-") as var_dir:
        Path(var_dir, "bench_site.py").write_text(SITE_SETTINGS)
        Path(var_dir, "bench_urls.py").write_text(SITE_URLS)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench_site",
            "PYTHONPATH": os.pathsep.join([var_dir, str(BASE_DIR)]),
            "LMS_VAR_DIR": var_dir,
        }
        env.pop("DATABASE_URL", None)
        manage("migrate", "--no-input", "-v0", env=env)
        manage("collectstatic", "--no-input", "-v0", env=env)
        manage("load_demo", "--force", env={**env, "PYTHONWARNINGS": "ignore"})
        port = free_port()
        server = subprocess.Popen(
            # --nostatic: static files from WhiteNoise, pages gzipped by the middleware.
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nostatic"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(150):
                try:
                    urllib.request.urlopen(f"{base}/en/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=10)
