"""Django's Redis cache, keeping one client per connection pool instead of building one for every call.

``django.core.cache.backends.redis.RedisCacheClient.get_client`` constructs a new ``redis.Redis`` for each
cache operation. The pool, and so the sockets, are shared already; the client object is what is rebuilt,
and on a warm API request (two cache calls, nothing else) that construction was about a quarter of the
time (issue #22's profile). A ``redis.Redis`` client is safe to share between threads: it takes a
connection from its pool for each command. ``bench/cache_clients.py`` measures the difference.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class ReusedClientRedisCache(RedisCache):
    """``BACKEND = "cms.cache.ReusedClientRedisCache"``: Django's ``RedisCache`` with clients kept."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
