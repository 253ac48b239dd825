"""Production: DEBUG off, SECRET_KEY mandatory, HTTPS everywhere.

Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER via TRUST_X_FORWARDED_PROTO=1.
"""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt back in to SAMEORIGIN themselves
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Hashed, compressed static files served by WhiteNoise with far-future caching (after `collectstatic`);
# its middleware answers /static/ right after the security headers are set, before anything else runs.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Every process (each gunicorn worker, cron's management commands) must see the same cache, or a page
# unpublished in one process is still served from another's memory. Without REDIS_URL, Django's database
# cache is shared by construction (its table is created by `migrate`: delivery/migrations/0002).
if not os.environ.get("REDIS_URL"):
    CACHES = {  # noqa: F405
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "clinica_cache",
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clinica"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
