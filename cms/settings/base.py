"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment, so the same
code runs on SQLite + local memory (the default) and on PostgreSQL + Redis + object storage.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: export SECRET_KEY (a long random string) or set DEBUG=1 for local use."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "treatments",
    "search",
    "localization",
    "delivery",
    "appointments",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "ninja",  # the API docs use django-ninja's bundled Swagger UI from /static/, never a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "delivery.middleware.ApiMethodsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "delivery.redirects.VisibleRedirectMiddleware",  # Wagtail's redirects, never to a hidden page
    "axes.middleware.AxesMiddleware",  # last: turns a lock-out into its 429 page
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers writing at once (appointment requests): a transaction that reads and then writes would
    # fail at once with "database is locked" when another holds the write lock; taking the lock when the
    # transaction begins makes it wait its turn instead, up to the timeout (Django's advice for SQLite).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ReusedClientRedisCache",  # Django's, with one client per pool (cms/cache.py)
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "clinica"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "clinica",
            # Django's default of 300 entries starts evicting API answers at about 150 pages per language.
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }

# Content-Security-Policy (django-csp): everything from this origin only. The public pages and the API docs
# run no inline code; Wagtail's admin needs inline styles and scripts, which cms.middleware allows there
# alone. CSP_EXTRA_SOURCES adds origins (comma-separated) for images and media, e.g. an object-storage
# or CDN host; FRONTEND_URL may be framed by the admin (headless preview).
CSP_EXTRA_SOURCES = env_list("CSP_EXTRA_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *CSP_EXTRA_SOURCES],
        "media-src": [SELF, *CSP_EXTRA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *([os.environ["FRONTEND_URL"].rstrip("/")] if os.environ.get("FRONTEND_URL") else [])],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}

# Sign-in lock-out (django-axes), for Wagtail's login and Django admin's alike: after LOGIN_FAILURE_LIMIT
# wrong passwords for one username from one address, that pair is refused for LOGIN_LOCKOUT_MINUTES.
# Attempts are stored in the database, so every worker sees them. Staff unlock with
# `manage.py axes_reset_username <name>` (README). Behind proxies, LOGIN_PROXY_COUNT is how many of them
# append to X-Forwarded-For, so the client's own address is the one counted.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/locked_out.html"
AXES_VERBOSE = False  # its log lines name the username and address of every attempt: personal data
# The same count tells Django Ninja which X-Forwarded-For entry is the client (the appointment rate limit);
# 0 means REMOTE_ADDR, never a header the client writes itself.
NINJA_NUM_PROXIES = int(os.environ.get("LOGIN_PROXY_COUNT") or 0)
if os.environ.get("LOGIN_PROXY_COUNT"):
    AXES_IPWARE_PROXY_COUNT = int(os.environ["LOGIN_PROXY_COUNT"])
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the source language, Spanish is translated from it.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Tijuana"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Without object storage, the app serves image files from MEDIA_ROOT itself (cms/urls.py), so a single
# server works as it is; documents always go through Wagtail's view, which checks their privacy.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not os.environ.get("AWS_STORAGE_BUCKET_NAME"))


def media_storage():
    """Local disk by default; S3-compatible object storage as soon as a bucket is named."""
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
    }
    for option, variable in [
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("access_key", "AWS_ACCESS_KEY_ID"),
        ("secret_key", "AWS_SECRET_ACCESS_KEY"),
    ]:
        if os.environ.get(variable):
            options[option] = os.environ[variable]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": media_storage(),
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# Complex treatment pages exceed Django's default of 1000 form fields in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Clínica CMS"
# Staff avatars are not fetched from Gravatar: that would send a hash of each staff e-mail to an outside service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The public address: `manage.py set_site_url` puts it on the default Wagtail Site (page URLs, canonical,
# hreflang, sitemap, JSON-LD) and it is the base of image/document URLs and admin e-mails by default.
SITE_URL = (os.environ.get("SITE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000").rstrip(
    "/"
)
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL
# E-mail (workflow and translation notifications): SMTP when EMAIL_HOST is set, EMAIL_BACKEND to choose another
# backend (e.g. the file backend with EMAIL_FILE_PATH for a local inbox).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds; a hanging mail server fails an attempt
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Clínica CMS <cms@localhost>")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]

# A translation sync must never publish a Spanish page that still holds English text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Medical review (treatments.review): approving an English article in the "Medical review" workflow signs
# it with the approver's reviewer profile and publishes it; nobody publishes one directly. A review lasts
# MEDICAL_REVIEW_PERIOD_DAYS, then the article says it has lapsed (treatments.review_dates).
WAGTAIL_FINISH_WORKFLOW_ACTION = "treatments.workflow_actions.publish_approved"
MEDICAL_REVIEW_PERIOD_DAYS = int(os.environ.get("MEDICAL_REVIEW_PERIOD_DAYS", "365"))

# Error reports (e-mails to ADMINS, error trackers reading Django's reporter) hide a patient's data.
DEFAULT_EXCEPTION_REPORTER_FILTER = "cms.error_reports.PersonalDataExceptionReporterFilter"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail 8 runs index and reference updates as tasks; one INFO line per task drowns everything else.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Machine translation
# The translation editor's "Machine translate" button: the offline glossary pre-fill by default;
# DEEPL_API_KEY selects DeepL, LIBRETRANSLATE_URL (+ LIBRETRANSLATE_API_KEY) a LibreTranslate server.
from localization.machine_translators.config import machine_translator_setting  # noqa: E402

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(os.environ)

# Delivery API: caching, webhooks, CORS, frontend cache
# Read in delivery/caching.py, delivery/invalidation.py and delivery/webhooks.py; the README lists the variables.
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "0"))  # browsers: revalidate with the ETag
API_CACHE_S_MAXAGE = int(os.environ.get("API_CACHE_S_MAXAGE", "300"))  # CDNs; purged/revalidated on publish
API_CACHE_SWR = int(os.environ.get("API_CACHE_SWR", "60"))  # stale-while-revalidate
API_CACHE_TIMEOUT = int(os.environ.get("API_CACHE_TIMEOUT", str(60 * 60 * 24)))  # entries in the Django cache
API_PUBLIC_URL = os.environ.get("API_PUBLIC_URL", WAGTAILADMIN_BASE_URL).rstrip("/")  # host the CDN serves /api/ on
SITEMAP_PAGE_SIZE = int(os.environ.get("SITEMAP_PAGE_SIZE", "10000"))  # URLs per sitemap page (home/api.py)
if not 1 <= SITEMAP_PAGE_SIZE <= 50_000:
    raise ImproperlyConfigured("SITEMAP_PAGE_SIZE must be between 1 and 50000, the sitemaps protocol's limit.")

FRONTEND_WEBHOOK_URLS = env_list("FRONTEND_WEBHOOK_URLS")
FRONTEND_WEBHOOK_SECRET = os.environ.get("FRONTEND_WEBHOOK_SECRET", "")
FRONTEND_WEBHOOK_TIMEOUT = float(os.environ.get("FRONTEND_WEBHOOK_TIMEOUT", "3"))
FRONTEND_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("FRONTEND_WEBHOOK_MAX_ATTEMPTS", "5"))
FRONTEND_WEBHOOK_RETRY_DELAY = int(os.environ.get("FRONTEND_WEBHOOK_RETRY_DELAY", "10"))  # then ×3 per attempt
if FRONTEND_WEBHOOK_URLS and not FRONTEND_WEBHOOK_SECRET and not DEBUG:
    raise ImproperlyConfigured("FRONTEND_WEBHOOK_URLS is set: export FRONTEND_WEBHOOK_SECRET to sign the webhooks.")

# Appointment requests (appointments/): read in appointments/api.py, throttling.py, form_tokens.py and
# notifications.py; the README lists the variables.
APPOINTMENTS_RATE_LIMIT = os.environ.get("APPOINTMENTS_RATE_LIMIT", "10/h")  # per client address, every worker
APPOINTMENTS_MIN_FILL_SECONDS = int(os.environ.get("APPOINTMENTS_MIN_FILL_SECONDS", "3"))
APPOINTMENTS_FORM_TOKEN_MAX_AGE = int(os.environ.get("APPOINTMENTS_FORM_TOKEN_MAX_AGE", str(2 * 60 * 60)))
APPOINTMENTS_FRONT_DESK_EMAIL = os.environ.get("APPOINTMENTS_FRONT_DESK_EMAIL", "")  # when a specialty has none
APPOINTMENTS_FRONT_DESK_LANGUAGE = os.environ.get("APPOINTMENTS_FRONT_DESK_LANGUAGE", LANGUAGE_CODE)  # its e-mails
APPOINTMENTS_EMAIL_MAX_ATTEMPTS = int(os.environ.get("APPOINTMENTS_EMAIL_MAX_ATTEMPTS", "6"))
APPOINTMENTS_EMAIL_RETRY_DELAY = int(os.environ.get("APPOINTMENTS_EMAIL_RETRY_DELAY", "60"))  # then ×3 per attempt
# After the mail server could not be reached, web processes leave e-mails to the command for this long (s).
APPOINTMENTS_EMAIL_PAUSE = int(os.environ.get("APPOINTMENTS_EMAIL_PAUSE", "120"))
APPOINTMENTS_RETENTION_DAYS = int(os.environ.get("APPOINTMENTS_RETENTION_DAYS", "365"))  # purge_appointments default

# CORS for the frontend's origins, on the API only: reads, and POST of appointment requests.
INSTALLED_APPS += ["corsheaders", "wagtail.contrib.frontend_cache"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"), "corsheaders.middleware.CorsMiddleware"
)
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]  # POST: appointment requests only
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag"]  # Last-Modified and Cache-Control are exposed to scripts by default

# Wagtail's frontend-cache purge (pages on publish/unpublish; delivery/invalidation.py adds the API URLs and
# the API answers' Cache-Tag / Surrogate-Key tags: delivery/cdn.py).
# FRONTEND_CACHE_HOSTNAMES limits a backend to some hosts (comma-separated); every host by default.
FRONTEND_CACHE_HOSTNAMES = env_list("FRONTEND_CACHE_HOSTNAMES")
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "delivery.cdn.CloudflareTagBackend",  # Wagtail's, purging API answers by tag too
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        **{
            key: os.environ[f"FRONTEND_CACHE_CLOUDFLARE_{key}"]
            for key in ("BEARER_TOKEN", "EMAIL", "API_KEY")
            if os.environ.get(f"FRONTEND_CACHE_CLOUDFLARE_{key}")
        },
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):  # AWS credentials: boto3's usual variables
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx or any cache that accepts PURGE requests
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "delivery.cdn.HTTPTagBackend",  # Wagtail's, with xkey purges of API answers
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if FRONTEND_CACHE_HOSTNAMES:
    for backend in WAGTAILFRONTENDCACHE.values():
        backend["HOSTNAMES"] = FRONTEND_CACHE_HOSTNAMES

# Headless preview
# With FRONTEND_URL (the public frontend's base URL), Wagtail's preview shows {FRONTEND_URL}/preview?token=…
# in the preview panel; unset, the server-rendered preview stays. Tokens expire after PREVIEW_TOKEN_MAX_AGE
# seconds. Read in delivery/preview.py; the frontend's /preview route must allow being framed by the admin.
FRONTEND_URL = os.environ.get("FRONTEND_URL", "").rstrip("/")
PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("PREVIEW_TOKEN_MAX_AGE", "3600"))

# Search (search/, issue 5)
# SEARCH_ENGINE: auto = PostgreSQL's per-language text search on PostgreSQL, the portable engine (stemming in
# Python) elsewhere; or postgres, portable, wagtail (Wagtail's backend below, e.g. OpenSearch). With
# OPENSEARCH_URL, Wagtail's backend is OpenSearch (needs `pip install opensearch-py`) and SEARCH_ENGINE
# defaults to wagtail.
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "wagtail" if OPENSEARCH_URL else "auto")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "URLS": [OPENSEARCH_URL],
        "INDEX": os.environ.get("OPENSEARCH_INDEX", "clinica"),
        "TIMEOUT": 5,
    }
