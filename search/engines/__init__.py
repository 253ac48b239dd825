"""Which search engine answers: chosen by the ``SEARCH_ENGINE`` setting and the database in use.

``auto`` (the default) is PostgreSQL's text search on PostgreSQL and the portable engine elsewhere;
``postgres``, ``portable`` and ``wagtail`` force one.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils.module_loading import import_string

ENGINES = {
    "postgres": "search.engines.postgres.PostgresEngine",
    "portable": "search.engines.portable.PortableEngine",
    "wagtail": "search.engines.wagtail.WagtailEngine",
}


def engine_name():
    name = getattr(settings, "SEARCH_ENGINE", "auto")
    if name == "auto":
        return "postgres" if connection.vendor == "postgresql" else "portable"
    if name not in ENGINES:
        raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of auto, {', '.join(ENGINES)}; got {name!r}.")
    if name == "postgres" and connection.vendor != "postgresql":
        raise ImproperlyConfigured("SEARCH_ENGINE=postgres needs a PostgreSQL database (DATABASE_URL).")
    return name


def get_engine(name=None):
    return import_string(ENGINES[name or engine_name()])()
