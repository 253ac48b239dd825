"""Cache API answers once per published revision, and answer HTTP caches with ETags and 304s.

Two layers, both cheap to invalidate:

1. **The Django cache** (Redis in production via ``REDIS_URL``, local memory otherwise) keeps what an
   endpoint built — a representation dict, or the encoded JSON body with its ETag. Every key embeds
   *generation numbers*: a global one and, when the caller names a locale, that locale's (or every
   language's, for answers that show several languages' content). Invalidating
   is one ``INCR`` of a generation key (``bump_locale_generations`` / ``bump_global_generation``, called
   by ``delivery.invalidation`` on publish, unpublish, move, delete and snippet/settings changes); old
   entries are never looked up again and expire after ``API_CACHE_TIMEOUT``. Nothing ever scans keys.
2. **HTTP caches** (the CDN, the frontend's fetch cache) get a strong ``ETag`` (SHA-256 of the exact
   JSON bytes), ``Last-Modified``, ``Cache-Control: public, max-age=…, s-maxage=…,
   stale-while-revalidate=…`` and a ``304 Not Modified`` for ``If-None-Match`` / ``If-Modified-Since``.
   Previews answer ``Cache-Control: private, no-store`` with no validators at all.

How endpoint authors use it
---------------------------
A Django Ninja operation may return an ``HttpResponse`` instead of data; Ninja passes it through
untouched (keep ``response=`` on the decorator so the OpenAPI document still describes the body).
Cache the encoded body and its ETag, so a warm request neither builds nor serialises nor hashes
anything — and, when the cache key needs no database lookup, makes no query at all::

    from delivery.caching import cached_json_response

    return cached_json_response(
        request,
        "treatments",
        [json.dumps(parameters)],  # everything the answer depends on besides the generations
        lambda: treatment_listing_answer(filters, request),
        locale=requested_language(filters.locale),  # a language code checked first: never raw input
    )

``locale`` ties the entry to that locale's generation (and the global one): right for answers made
of one language's content only — listings, ``/site/``, one language's sitemap — because every page
event bumps the generation of the page's locale and of its translations' locales, and redirects,
snippets, settings, images, documents, sites and locales bump the global one.

A page's answer is not of one language: it may link to a page of another language (rich text to an
untranslated page), serve another language's page (``?fallback=``) or redirect anywhere. The page
endpoints therefore pass ``locale=EVERY_LOCALE``: a page event in any language drops them. It costs
little: an event on a translated page already bumps the locales of all its versions.

An exception raised by ``build`` (an ``ApiError`` 404) is not cached. ``Last-Modified`` is the time
the answer was built (``cached_json_response`` says why). Previews: ``json_response(request, data,
private=True)``.

Everything stored must be plain data (dicts, lists, strings, numbers): entries are pickled by the cache.
"""

import hashlib
import json
import logging
import time
from collections.abc import Callable, Hashable, Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from ninja.responses import NinjaJSONEncoder

logger = logging.getLogger(__name__)

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
KEY_PREFIX = "delivery"
GLOBAL_GENERATION_KEY = f"{KEY_PREFIX}:generation:global"
MISSING = object()


def _cache():
    return caches[getattr(settings, "API_CACHE_ALIAS", "default")]


def _entry_timeout():
    return getattr(settings, "API_CACHE_TIMEOUT", 60 * 60 * 24)


# Generations ---------------------------------------------------------------------------------------


_locale_ids_by_code = {}


def forget_locale_codes():
    """Called when a Locale is saved or deleted (``delivery.invalidation``)."""
    _locale_ids_by_code.clear()


def _locale_id(locale):
    """A locale's id from a Locale, an id, or a language code (memoised: a warm request needs no query)."""
    if isinstance(locale, str):
        if locale not in _locale_ids_by_code:
            from wagtail.models import Locale

            _locale_ids_by_code.update(Locale.objects.values_list("language_code", "pk"))
        return _locale_ids_by_code.get(locale, f"unknown-{locale}")
    return getattr(locale, "pk", locale)


#: ``locale=EVERY_LOCALE``: the answer depends on content of any language (see the module docstring).
EVERY_LOCALE = object()


def locale_generation_key(locale):
    return f"{KEY_PREFIX}:generation:locale:{_locale_id(locale)}"


def _seed():
    """A fresh generation: microseconds since the epoch.

    If Redis evicts a generation key, its replacement starts above every value the old key could have
    reached (one increment per publish), so entries built under the old numbers stay unreachable.
    """
    return time.time_ns() // 1000


def _bump(key):
    cache = _cache()
    try:
        cache.incr(key)
    except ValueError:  # the key does not exist (yet, or any more): a new seed is a new generation
        if not cache.add(key, _seed(), timeout=None):
            cache.incr(key)


def bump_global_generation():
    """Forget every cached answer (snippets, settings, images, redirects changed)."""
    _bump(GLOBAL_GENERATION_KEY)


def bump_locale_generations(locales: Iterable):
    """Forget every cached answer about these locales (Locale objects or ids)."""
    for locale in {_locale_id(locale) for locale in locales}:
        _bump(locale_generation_key(locale))


def _generation_keys(locale):
    if locale is None:
        return [GLOBAL_GENERATION_KEY]
    if locale is EVERY_LOCALE:
        from .locales import language_codes

        return [GLOBAL_GENERATION_KEY, *(locale_generation_key(code) for code in language_codes())]
    return [GLOBAL_GENERATION_KEY, locale_generation_key(locale)]


def current_generations(locale=None):
    """The generation numbers a key is built from, seeding missing ones (one cache round trip when warm).

    The global generation, then the locale's: 0 without a locale, one per configured language for
    ``EVERY_LOCALE``.
    """
    cache = _cache()
    keys = _generation_keys(locale)
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, _seed(), timeout=None)
            found[key] = cache.get(key)
    generations = tuple(found[key] for key in keys)
    return generations if locale is not None else (*generations, 0)


# The Django cache ----------------------------------------------------------------------------------


def representation_key(kind: str, key_parts: Iterable[Hashable], *, locale=None) -> str:
    """The cache key for one answer: kind, generations, then the caller's parts (hashed when long)."""
    global_generation, *locale_generations = current_generations(locale)
    parts = ":".join(str(part) for part in key_parts)
    if len(parts) > 100 or not parts.isprintable() or " " in parts:
        parts = hashlib.sha256(parts.encode()).hexdigest()
    if locale is None:
        locale_part = "-"
    elif locale is EVERY_LOCALE:
        locale_part = "*"
    else:
        locale_part = _locale_id(locale)
    generations = ".".join(str(generation) for generation in locale_generations)
    return f"{KEY_PREFIX}:{kind}:g{global_generation}:{locale_part}.{generations}:{parts}"


def cached_representation(
    kind: str, key_parts: Iterable[Hashable], build: Callable[[], Any], *, locale=None, timeout=MISSING
) -> Any:
    """What ``build()`` returns, built once per key and generation, then served from the Django cache.

    ``kind`` names the answer (``"page"``, ``"treatments"``); ``key_parts`` is everything the answer
    depends on besides the generations: for a page, its id and live revision id (a publish changes the
    revision, so the page's own entry is never stale) plus any request variant (fallback locale…);
    ``locale`` (a Locale, its id, its language code or ``EVERY_LOCALE``) ties the entry to that locale's
    generation. A cache outage is logged and the answer is built instead.
    """
    cache = _cache()
    try:
        key = representation_key(kind, key_parts, locale=locale)
        data = cache.get(key, MISSING)
    except Exception:
        logger.exception("API cache unavailable; building %s without it", kind)
        return build()
    if data is not MISSING:
        return data
    data = build()
    try:
        cache.set(key, data, _entry_timeout() if timeout is MISSING else timeout)
    except Exception:
        logger.exception("Could not store %s in the API cache", kind)
    return data


# HTTP responses ------------------------------------------------------------------------------------


def encode_json(data) -> bytes:
    """The JSON bytes of an answer, encoded as Django Ninja encodes its own responses."""
    return json.dumps(data, cls=NinjaJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


def etag_for(body: bytes) -> str:
    """A strong validator: the SHA-256 of the exact bytes sent."""
    return f'"{hashlib.sha256(body).hexdigest()}"'


def public_cache_control() -> str:
    max_age = getattr(settings, "API_CACHE_MAX_AGE", 0)
    s_maxage = getattr(settings, "API_CACHE_S_MAXAGE", 300)
    swr = getattr(settings, "API_CACHE_SWR", 60)
    return f"public, max-age={max_age}, s-maxage={s_maxage}, stale-while-revalidate={swr}"


def _timestamp(last_modified) -> int | None:
    if last_modified is None:
        return None
    if isinstance(last_modified, datetime):
        return int(last_modified.timestamp())
    return int(last_modified)


def _respond(request, body, *, etag=None, last_modified=None, private=False, status=200):
    response = HttpResponse(body, content_type=JSON_CONTENT_TYPE, status=status)
    if private:
        response["Cache-Control"] = "private, no-store"
        return response
    response["Cache-Control"] = public_cache_control()
    patch_vary_headers(response, ["Accept-Encoding"])
    if etag:
        response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


def json_response(
    request: HttpRequest, data, *, last_modified: datetime | None = None, private: bool = False, status: int = 200
) -> HttpResponse:
    """``data`` as JSON with cache validators and headers, or a 304 when the client's copy is current.

    Public answers carry ``ETag``, ``Last-Modified`` (when given), ``Vary: Accept-Encoding`` and the
    configured ``Cache-Control``. ``private=True`` (previews, anything per user) answers ``private,
    no-store`` without validators, so neither a CDN nor a browser keeps or revalidates it.
    """
    body = encode_json(data)
    if private:
        return _respond(request, body, private=True, status=status)
    return _respond(request, body, etag=etag_for(body), last_modified=_timestamp(last_modified), status=status)


def built_at() -> int:
    """Now, in whole seconds: the ``Last-Modified`` of an answer built now."""
    return int(time.time())


def cached_json_response(
    request: HttpRequest,
    kind: str,
    key_parts: Iterable[Hashable],
    build: Callable[[], Any],
    *,
    locale=None,
) -> HttpResponse:
    """Like ``json_response(cached_representation(...))``, but caches the encoded body and its ETag too.

    ``Last-Modified`` is when the answer was built. Every change that can alter an answer makes it be
    built again, so the date moves forward with each change and a client's ``If-Modified-Since`` from
    before it gets the new answer. The content's own dates would not do: a page's publication date
    stays when only what it shows of other pages changes (a translation published, a linked page
    unpublished), and the sitemap's newest date goes back when its newest page is unpublished.
    """

    def build_entry():
        body = encode_json(build())
        return {"body": body, "etag": etag_for(body), "last_modified": built_at()}

    entry = cached_representation(f"{kind}:json", key_parts, build_entry, locale=locale)
    return _respond(request, entry["body"], etag=entry["etag"], last_modified=entry["last_modified"])
