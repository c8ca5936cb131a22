"""Production settings with one trivial view added, for bench/load_learning.py only.

/healthz is a real health check now (it queries the database and Redis), so it
is no longer the yardstick the load benchmark needs: a view that does nothing,
behind the whole middleware stack (bench/load_urls.py).
"""

from lms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.load_urls"
