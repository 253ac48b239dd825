"""The Redis cache keeps one client per connection pool, and still behaves as Django's RedisCache."""

import os

import pytest
from django.core.cache.backends.redis import RedisCache

from cms.cache import ReusedClientRedisCache

pytestmark = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (CI's PostgreSQL + Redis run)")


def caches(prefix):
    params = {"KEY_PREFIX": prefix}
    return ReusedClientRedisCache(os.environ["REDIS_URL"], params), RedisCache(os.environ["REDIS_URL"], params)


def test_one_client_serves_every_call_and_reads_what_django_s_cache_wrote():
    reused, stock = caches("cache-test")
    assert reused._cache.get_client(write=True) is reused._cache.get_client(write=False)
    assert stock._cache.get_client() is not stock._cache.get_client()  # what Django does: a new client per call

    stock.set("answer", {"body": b"{}", "etag": '"x"'}, 30)
    assert reused.get("answer") == {"body": b"{}", "etag": '"x"'}
    reused.set_many({"a": 1, "b": 2}, 30)
    assert reused.incr("a") == 2
    assert stock.get_many(["a", "b"]) == {"a": 2, "b": 2}
    reused.delete_many(["a", "b", "answer"])
    assert stock.get_many(["a", "b", "answer"]) == {}
