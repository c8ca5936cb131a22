"""What the HTTP adapters share: a pooled session, timeouts, and the meaning of statuses.

2xx: taken. 429: slow down (``Retry-After`` seconds, else ``MESSAGING_RATE_LIMIT_WAIT``).
Other 4xx: this message will never be taken (a bad number, an unregistered template).
5xx, a timeout, a refused or broken connection: try again later.
"""

from functools import lru_cache

import requests
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies

from django.conf import settings

from messaging.channels import PermanentFailure, RateLimited, TemporaryFailure


def session_open() -> requests.Session:
    session = requests.Session()
    # One kept-alive connection per provider host is all a sequential sender uses.
    session.mount("http://", HTTPAdapter(pool_connections=2, pool_maxsize=2, max_retries=0))
    session.mount("https://", HTTPAdapter(pool_connections=2, pool_maxsize=2, max_retries=0))
    # requests reads the proxy variables and ~/.netrc again on every request (4 ms a
    # message on a busy machine); the proxies are looked up once per address instead.
    session.trust_env = False
    return session


@lru_cache(maxsize=32)
def proxies_for(url: str) -> dict:
    """HTTP(S)_PROXY and NO_PROXY as requests reads them, for this provider's address."""
    return get_environ_proxies(url)


def retry_after(response: requests.Response) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return float(settings.MESSAGING_RATE_LIMIT_WAIT)


def post_json(session, url: str, payload: dict, headers: dict) -> requests.Response:
    """POST and sort the failures; returns a 2xx or 4xx response for the caller to read."""
    try:
        response = session.post(
            url,
            json=payload,
            headers=headers,
            proxies=proxies_for(url),
            timeout=(settings.MESSAGING_HTTP_CONNECT_TIMEOUT, settings.MESSAGING_HTTP_TIMEOUT),
        )
    except requests.Timeout as error:
        raise TemporaryFailure(f"timed out: {error}") from error
    except requests.RequestException as error:
        raise TemporaryFailure(f"{type(error).__name__}: {error}") from error
    if response.status_code == 429:
        raise RateLimited(f"429 from {url}", retry_after(response))
    if response.status_code >= 500:
        raise TemporaryFailure(f"{response.status_code} from {url}: {response.text[:300]}")
    return response


def refuse(response: requests.Response) -> PermanentFailure:
    return PermanentFailure(f"{response.status_code}: {response.text[:500]}")
