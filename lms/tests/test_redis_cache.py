"""The Redis cache backend used in production, against the local Redis."""

import socket
import uuid

import pytest

from django.core.cache.backends.redis import RedisCache

from lms.redis_cache import PooledRedisCache

REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture
def redis_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    return PooledRedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


def test_values_round_trip_and_expire_like_djangos(redis_cache):
    assert isinstance(redis_cache, RedisCache)
    redis_cache.set("page", ("<html>…</html>", {"lesson_id": 7}, "text/html"), 60)
    assert redis_cache.get("page") == ("<html>…</html>", {"lesson_id": 7}, "text/html")
    assert redis_cache.add("version", 1, timeout=None)
    assert redis_cache.incr("version") == 2
    redis_cache.delete("page")
    assert redis_cache.get("page") is None


def test_one_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client("a")
    assert redis_cache._cache.get_client("b") is client
    assert redis_cache._cache.get_client("c", write=True) is client  # one server: one pool
