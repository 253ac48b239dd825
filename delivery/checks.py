"""System checks for what the delivery API assumes of its environment.

Answers are cached and dropped on publish by bumping generation counters in the cache. That only works
when every process reads the same cache: with a per-process cache (local memory) a page unpublished in
one gunicorn worker, or by a management command run from cron, stays served by the others.
"""

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache",)


@register(Tags.caches, deploy=True)
def cache_is_shared_between_processes(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        Error(
            "The default cache is local to each process: unpublished or restricted pages would stay served "
            "by other workers and after management commands.",
            hint="Set REDIS_URL, or use Django's database cache (cms.settings.production does without REDIS_URL).",
            id="delivery.E001",
        )
    ]
