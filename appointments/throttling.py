"""A rate limit every worker shares: ``APPOINTMENTS_RATE_LIMIT`` requests per client address.

Django Ninja's own throttle keeps a list of timestamps in the cache and writes it back (read, modify,
write): two workers answering at once both see room and both write. Here the count is atomic across
processes:

- with Redis (production), one counter per window, created with ``add`` and raised with ``incr``;
- with any other cache (the database cache of a single machine, local memory in development), one
  ``RateLimitHit`` row per request, counted after it is inserted — Django's ``incr`` is a get and a set
  on those backends. A refused request's row is removed again, so waiting ``Retry-After`` is enough.

Keys and rows hold a hash of the address, never the address. Invalid requests count too: a script
trying values is what the limit is for.
"""

import threading
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone
from ninja.throttling import SimpleRateThrottle

from .consent import address_hash, client_address
from .models import RateLimitHit


class SharedRateThrottle(SimpleRateThrottle):
    """One instance serves every thread of a worker: the answer for ``wait()`` is kept per thread."""

    scope = "appointments"

    def __init__(self):
        super().__init__()
        self.last = threading.local()

    def get_rate(self):
        return settings.APPOINTMENTS_RATE_LIMIT

    def allow_request(self, request):
        limit, duration = self.parse_rate(self.get_rate())  # the setting as it is now
        if not limit:
            return True
        client = address_hash(client_address(request))
        cache = caches["default"]
        if isinstance(cache, RedisCache):
            allowed, self.last.retry_after = allow_in_redis(cache, self.scope, client, limit, duration, self.timer())
        else:
            allowed, self.last.retry_after = allow_in_database(self.scope, client, limit, duration)
        return allowed

    def wait(self):
        return self.last.retry_after


def allow_in_redis(cache, scope, client, limit, duration, now):
    """(allowed?, seconds until the current fixed window ends)."""
    window = int(now // duration)
    key = f"throttle:{scope}:{client}:{window}"
    cache.add(key, 0, timeout=duration + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.add(key, 0, timeout=duration + 1)
        count = cache.incr(key)
    return count <= limit, (window + 1) * duration - now


def allow_in_database(scope, client, limit, duration):
    """(allowed?, seconds until the oldest counted request leaves the sliding window)."""
    now = timezone.now()
    since = now - timedelta(seconds=duration)
    hit = RateLimitHit.objects.create(scope=scope, client_hash=client, at=now)
    RateLimitHit.objects.filter(scope=scope, at__lt=since).delete()
    recent = RateLimitHit.objects.filter(scope=scope, client_hash=client, at__gte=since)
    if recent.count() <= limit:
        return True, 0
    hit.delete()  # refused: not counted, so the advertised wait is the real one
    oldest = recent.order_by("at", "pk").values_list("at", flat=True).first() or now
    return False, max(1, (oldest - since).total_seconds())
