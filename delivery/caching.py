"""Cache API answers until something they show changes, and answer HTTP caches with ETags and 304s.

Two layers, invalidated by the same tags (``delivery.dependencies``):

1. **The Django cache** (Redis in production via ``REDIS_URL``, local memory otherwise; shared by every
   process) keeps what an endpoint built — the encoded JSON body with its ETag — together with the
   *tags* it was built from (its page, the pages and objects it shows, the collections it enumerates)
   and each tag's *version* when it was built. A change (``delivery.invalidation``, on publish,
   unpublish, move, delete, snippet, settings, media and redirect changes) increments the versions of
   the tags it touches (``invalidate``); an entry whose recorded versions are no longer current is built
   again. Publishing one article therefore drops the answers that show it, and leaves the others warm.
   A warm request reads the entry and its tags' versions in one ``get_many`` (this process remembers
   each key's tags); nothing ever scans keys.
2. **HTTP caches** (the CDN, the frontend's fetch cache) get a strong ``ETag`` (SHA-256 of the exact
   JSON bytes), ``Last-Modified``, ``Cache-Control: public, max-age=…, s-maxage=…,
   stale-while-revalidate=…``, a ``304 Not Modified`` for ``If-None-Match`` / ``If-Modified-Since``, and
   the answer's tags in ``Cache-Tag`` (Cloudflare) and ``Surrogate-Key`` (Fastly, Varnish xkey), which
   the CDN purge uses (``delivery.invalidation``). Previews answer ``Cache-Control: private, no-store``
   with no validators at all.

Consistency with writes
-----------------------
A change is recorded twice: at once (the publishing request then reads fresh answers) and after its
transaction commits (discarding what another request built from rows read before the commit). Each
change also moves an *epoch*; an answer whose build overlapped a change is served but not stored, as it
may mix rows from before and after it (``build_entry``).

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
        [json.dumps(parameters)],  # every request variant: checked values, never raw input
        lambda: treatment_listing_answer(filters, request),
    )

Pages and tracked objects the build loads are recorded by themselves; a build that *enumerates* (all
live pages of a language, every specialty) declares it (``dependencies.depends_on_live_pages``,
``depends_on_all``), best where the enumerating query is made. An exception raised by ``build`` (an
``ApiError`` 404) is not cached. ``Last-Modified`` is the time the answer was built
(``cached_json_response`` says why). Previews: ``json_response(request, data, private=True)``.

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

from . import dependencies

logger = logging.getLogger(__name__)

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
KEY_PREFIX = "delivery"
EPOCH_KEY = f"{KEY_PREFIX}:epoch"
MISSING = object()


def _cache():
    return caches[getattr(settings, "API_CACHE_ALIAS", "default")]


def _entry_timeout():
    return getattr(settings, "API_CACHE_TIMEOUT", 60 * 60 * 24)


# Tag versions --------------------------------------------------------------------------------------


def version_key(tag: str) -> str:
    return f"{KEY_PREFIX}:v:{tag}"


def _seed():
    """A fresh version: microseconds since the epoch.

    If the cache evicts a version key, its replacement starts above every value the old key could have
    reached (one increment per change), so entries built under the old numbers stay unreachable.
    """
    return time.time_ns() // 1000


def _bump(cache, key):
    try:
        cache.incr(key)
    except ValueError:  # the key does not exist (yet, or any more): a new seed is a new version
        if not cache.add(key, _seed(), timeout=None):
            cache.incr(key)


def invalidate(tags: Iterable[str]):
    """Drop every cached answer built from any of these tags, in every process sharing the cache.

    The epoch moves too: an answer being built while this runs is not stored (``cached_representation``).
    """
    cache = _cache()
    for key in [EPOCH_KEY, *sorted({version_key(tag) for tag in tags})]:
        _bump(cache, key)


def forget_everything():
    """Drop every cached answer (what ``site`` covers: settings, sites, locales, redirects changed)."""
    invalidate([dependencies.SITE])


def current_versions(keys: list[str], cache) -> dict:
    """The values of these version keys, seeding the missing ones."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, _seed(), timeout=None)
            found[key] = cache.get(key)
    return found


# The Django cache ----------------------------------------------------------------------------------

#: The tags each entry was last seen with, per process: a warm request reads the entry and the versions
#: of its tags in one round trip (``get_many``) instead of two.
_tags_by_key: dict[str, tuple[str, ...]] = {}
TAGS_REMEMBERED = 20_000


def _remember_tags(key, tags):
    if len(_tags_by_key) >= TAGS_REMEMBERED:
        _tags_by_key.clear()
    _tags_by_key[key] = tuple(tags)


def representation_key(kind: str, key_parts: Iterable[Hashable]) -> str:
    """The cache key for one answer: its kind, then the caller's parts (hashed when long)."""
    parts = ":".join(str(part) for part in key_parts)
    if len(parts) > 100 or not parts.isprintable() or " " in parts:
        parts = hashlib.sha256(parts.encode()).hexdigest()
    return f"{KEY_PREFIX}:{kind}:{parts}"


def read_entry(cache, key):
    """The stored entry if every tag it was built from is at the version it was built with, else None.

    One ``get_many`` when this process has seen the key before (the entry with its tags' versions); a
    second one for tags it had not.
    """
    known = _tags_by_key.get(key, ())
    asked = [key, *(version_key(tag) for tag in known)]
    found = cache.get_many(asked)
    entry = found.get(key)
    if entry is None:
        return None
    unread = [version_key(tag) for tag in entry["tags"] if tag not in known]
    if unread:
        found.update(cache.get_many(unread))
        _remember_tags(key, entry["tags"])
    if any(found.get(version_key(tag)) != version for tag, version in entry["tags"].items()):
        return None
    return entry


def build_entry(cache, key, build, timeout):
    """Build an answer while recording its tags; store it unless something changed meanwhile.

    The epoch is read before the first row is: if any change is recorded before the tags' versions are
    read back, the answer may mix rows from before and after it, and it is served but not kept.
    """
    try:
        epoch = current_versions([EPOCH_KEY], cache)[EPOCH_KEY]
    except Exception:
        logger.exception("API cache unavailable; building %s without it", key)
        epoch = MISSING
    with dependencies.recording() as recorder:
        data = build()
    tags = sorted(recorder.tags | {dependencies.SITE})
    if epoch is MISSING:
        return {"data": data, "tags": dict.fromkeys(tags, 0)}
    try:
        versions = current_versions([EPOCH_KEY, *(version_key(tag) for tag in tags)], cache)
        entry = {"data": data, "tags": {tag: versions[version_key(tag)] for tag in tags}}
        if versions[EPOCH_KEY] == epoch:
            cache.set(key, entry, _entry_timeout() if timeout is MISSING else timeout)
            _remember_tags(key, tags)
        return entry
    except Exception:
        logger.exception("Could not store %s in the API cache", key)
        return {"data": data, "tags": dict.fromkeys(tags, 0)}


def cached_entry(kind: str, key_parts: Iterable[Hashable], build: Callable[[], Any], *, timeout=MISSING) -> dict:
    """``{"data": build(), "tags": {tag: version}}``, built once per key until one of its tags changes.

    A cache outage is logged and the answer is built instead. An entry read while another answer is
    being built adds its tags to that answer.
    """
    cache = _cache()
    key = representation_key(kind, key_parts)
    try:
        entry = read_entry(cache, key)
    except Exception:
        logger.exception("API cache unavailable; building %s without it", kind)
        entry = None
    if entry is None:
        entry = build_entry(cache, key, build, timeout)
    dependencies.depends_on(*entry["tags"])
    return entry


def cached_representation(
    kind: str, key_parts: Iterable[Hashable], build: Callable[[], Any], *, timeout=MISSING
) -> Any:
    """What ``build()`` returns, built once per key, then served from the Django cache until a change drops it.

    ``kind`` names the answer (``"page"``, ``"treatments"``); ``key_parts`` is everything the answer
    depends on besides what it loads: request variants (fallback locale, filters, the day…). What it
    loads and declares while it is built (``delivery.dependencies``) decides which changes drop it.
    """
    return cached_entry(kind, key_parts, build, timeout=timeout)["data"]


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
) -> HttpResponse:
    """Like ``json_response(cached_representation(...))``, but caches the encoded body and its ETag too.

    ``Last-Modified`` is when the answer was built. Every change that can alter an answer makes it be
    built again, so the date moves forward with each change and a client's ``If-Modified-Since`` from
    before it gets the new answer. The content's own dates would not do: a page's publication date
    stays when only what it shows of other pages changes (a translation published, a linked page
    unpublished), and the sitemap's newest date goes back when its newest page is unpublished.
    """

    def build_body():
        body = encode_json(build())
        return {"body": body, "etag": etag_for(body), "last_modified": built_at()}

    entry = cached_entry(f"{kind}:json", key_parts, build_body)
    stored = entry["data"]
    response = _respond(request, stored["body"], etag=stored["etag"], last_modified=stored["last_modified"])
    add_tag_headers(response, entry["tags"])
    return response


def add_tag_headers(response, tags):
    """Name the answer's tags for the CDN, which purges by them (``Cache-Tag``: Cloudflare; ``Surrogate-Key``:
    Fastly and Varnish's xkey)."""
    response["Cache-Tag"] = ",".join(tags)
    response["Surrogate-Key"] = " ".join(tags)
