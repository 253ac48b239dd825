"""How much a warm API request's cache calls cost with Django's RedisCache and with ``cms.cache``'s.

    REDIS_URL=redis://127.0.0.1:6379/15 .venv/bin/python bench/cache_clients.py [CALLS]

A warm page answer makes two cache calls (the generations' ``get_many``, then the entry's ``get``); this
times CALLS pairs of them against a real Redis, one thread, with each backend, and prints calls per
second and the ratio. It writes two keys under its own prefix and deletes them.
"""

import os
import sys
import time

import django
from django.conf import settings


def timed_pairs(cache, calls):
    cache.set("entry", b"x" * 8192, 60)
    cache.set_many({"g1": 1, "g2": 2}, 60)
    started = time.perf_counter()
    for _ in range(calls):
        cache.get_many(["g1", "g2"])
        cache.get("entry")
    elapsed = time.perf_counter() - started
    cache.delete_many(["entry", "g1", "g2"])
    return calls / elapsed


def main():
    url = os.environ.get("REDIS_URL")
    if not url:
        sys.exit("bench/cache_clients.py: set REDIS_URL to a Redis database it may write two keys to")
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    settings.configure()
    django.setup()
    from django.core.cache.backends.redis import RedisCache

    from cms.cache import ReusedClientRedisCache

    params = {"KEY_PREFIX": "bench-cache-clients"}
    rates = {}
    for name, backend in (("Django RedisCache", RedisCache), ("cms.cache (one client)", ReusedClientRedisCache)):
        cache = backend(url, params)
        timed_pairs(cache, 500)  # warm up: connections open
        rates[name] = timed_pairs(cache, calls)
        print(f"{name:26} {rates[name]:10,.0f} warm-request pairs/s")
    stock, reused = rates.values()
    print(f"ratio {reused / stock:.2f}× ({calls:,} pairs each)")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main()
