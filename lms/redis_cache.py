"""Django's Redis cache, keeping one client per connection pool.

Django's RedisCacheClient builds a new ``redis.Redis`` for every cache call,
and each one sets up some two hundred response callbacks: measurable when a
cached page costs three cache reads. ``redis.Redis`` objects are thread-safe
and share their pool, so one per pool is enough.

It earns its keep (bench/README.md, "each cache turned off in turn": with
Django's own client a logged-in lesson page cost about a quarter more server CPU
and served about half the requests per second), but it leans on two private
names of Django's client, ``_get_connection_pool`` and ``_client``: on a Django
upgrade, lms/tests/test_redis_cache.py fails if they move.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PooledRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient
