"""The test suite: fast password hashing, media in a temporary folder, no real e-mail."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="clinica-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# pytest-xdist runs the suite in several processes (PYTEST_XDIST_WORKER = gw0, gw1, ...).
_worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that --reuse-db keeps the migrated schema between runs (pytest-django adds the
    # worker's suffix to the name); Django's keepdb still applies migrations added since.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-databases" / "test.sqlite3")}  # noqa: F405
    (BASE_DIR / ".test-databases").mkdir(exist_ok=True)  # noqa: F405

if os.environ.get("REDIS_URL"):
    # Tests clear the cache, which on Redis empties the whole database: each worker gets one of its own, the
    # worker's number counted from the database in REDIS_URL.
    from urllib.parse import urlsplit

    _redis = urlsplit(os.environ["REDIS_URL"])
    _database = int(_redis.path.strip("/") or 0) + _worker
    CACHES["default"]["LOCATION"] = _redis._replace(path=f"/{_database}").geturl()  # noqa: F405
