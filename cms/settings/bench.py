"""The benchmark (``make bench``): served like production, on a database of its own.

DEBUG is off and logging quiet because both change what a request costs; HTTPS redirects are left
out because the load generator speaks plain HTTP on loopback. Without ``DATABASE_URL`` the data lives
in ``bench/bench.sqlite3`` (never the project's ``db.sqlite3``); without ``REDIS_URL`` the cache is
local memory, sized for the benchmark's pages (Django's default keeps 300 entries and would evict warm
answers before the load starts), and with ``REDIS_URL`` its keys have their own prefix. Stock
``wagtail.api.v2`` is installed here only, for the comparison (``cms.urls_bench``).
"""

import os
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent.parent.parent / "bench"

os.environ.setdefault("SECRET_KEY", "bench-only-insecure-key-served-on-loopback-only")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}")

from .base import *  # noqa: E402,F403
from .base import CACHES, INSTALLED_APPS  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
ROOT_URLCONF = "cms.urls_bench"
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2", "rest_framework"]
MEDIA_ROOT = BENCH_DIR / "media"

# Its own key space in a shared Redis, whatever CACHE_KEY_PREFIX says: the benchmark's answers (and its
# cache generations) must never serve, or invalidate, another database's paths.
# BENCH_CACHE_PREFIX gives each of ``make bench-scale``'s databases a key space of its own too.
CACHES["default"]["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "clinica-bench")
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["default"]["OPTIONS"] = {"MAX_ENTRIES": 100_000}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
