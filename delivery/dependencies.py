"""What a cached answer was built from, so that a change drops the answers that show it and no others.

An answer's dependencies are *tags*: short strings that name something an editor can change. The same
tags key the Django cache's invalidation (``delivery.caching``), the CDN's (``Cache-Tag`` /
``Surrogate-Key`` headers, purged by tag) and the frontend's (the publish webhooks list them).

- ``p<id>``: a page, whatever its type and wherever it shows (its own answer, a link, a breadcrumb, an
  alternate). Recorded by itself: every page loaded while an answer is built is a dependency.
- ``<app>.<model>.<id>``: an object of a tracked model (``track``: snippets, images, documents), also
  recorded as it is loaded.
- ``l<locale id>``: which pages of a language are live and public, at which paths, and where lists
  place them. An answer that *enumerates* pages (a listing, a count, the navigation) cannot depend on
  the pages it never loaded — one published tomorrow — so it declares ``depends_on_live_pages(locale)``;
  the pages it shows are loaded, and so recorded, one by one. Re-publishing an article with new text
  leaves this tag alone (``invalidation.listing_changed``): the listing page showing its card goes,
  the others stay.
- ``c<locale id>``: what any live page of a language says. An answer that shows pages without loading
  them (the sitemap's dates read as values, search results found in an index) declares
  ``depends_on_live_content(locale)``; inside it, that language's pages need no tag of their own. Every
  page event drops it.
- ``<app>.<model>``: every object of a tracked model, declared by answers that enumerate them
  (``depends_on_all``): the specialties' booking channels, the concerns list.
- ``s<page id>``: a page's translation status (``outdated`` or not), which wagtail-localize's records
  decide: only the page's own answer shows it, not the cards and links that show the page.
- ``search``: the search index and its synonyms (glossary), dropped after re-indexing.
- ``site``: everything else an answer may read (settings, sites, locales, redirects). Every answer
  depends on it.

Recording follows the code that builds the answer: a ``post_init`` receiver notes every page or tracked
object instantiated while ``recording()`` is active in this context (thread or task), so
representation code needs no bookkeeping and a new field cannot be forgotten. What is read as plain
values (``values()``) or never found (a link to a page not created yet) is not seen: code that reads that
way declares what it looked for (``depends_on_pages``).
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

SITE = "site"
SEARCH = "search"

_tracked_models = set()


def page_tag(page_id) -> str:
    return f"p{page_id}"


def live_pages_tag(locale_id) -> str:
    return f"l{locale_id}"


def translation_state_tag(page_id) -> str:
    return f"s{page_id}"


def live_content_tag(locale_id) -> str:
    return f"c{locale_id}"


def collection_tag(model) -> str:
    return model._meta.concrete_model._meta.label_lower


def object_tag(model, pk) -> str:
    return f"{collection_tag(model)}.{pk}"


def track(model):
    """Make loading an object of ``model`` a dependency of the answer being built (and its changes drop it)."""
    _tracked_models.add(model._meta.concrete_model)


def is_tracked(model) -> bool:
    return model._meta.concrete_model in _tracked_models


@dataclass
class Recorder:
    """The tags of one answer being built."""

    tags: set = field(default_factory=set)
    content_locales: set = field(default_factory=set)
    enumerated_models: set = field(default_factory=set)
    read_once: dict = field(default_factory=dict)  # ``once_per_answer``

    def loaded(self, instance):
        from wagtail.models import Page

        if isinstance(instance, Page):
            if instance.pk is not None and instance.__dict__.get("locale_id") not in self.content_locales:
                self.tags.add(page_tag(instance.pk))
        elif instance.pk is not None and is_tracked(type(instance)):
            model = type(instance)._meta.concrete_model
            if model not in self.enumerated_models:
                self.tags.add(object_tag(model, instance.pk))


_recorder: ContextVar[Recorder | None] = ContextVar("delivery_dependencies", default=None)


@contextmanager
def recording():
    """Record what is loaded and declared until the block ends; a block inside another adds to it too."""
    outer = _recorder.get()
    recorder = Recorder()
    token = _recorder.set(recorder)
    try:
        yield recorder
    finally:
        _recorder.reset(token)
        if outer is not None:
            depends_on(*recorder.tags)


def once_per_answer(key, read):
    """``read()``, called once per answer being built (each call outside a build reads again).

    For small tables an answer consults several times (the view restrictions): every change to them drops
    the answers that read them, so one read per build is as fresh as one per use.
    """
    recorder = _recorder.get()
    if recorder is None:
        return read()
    if key not in recorder.read_once:
        recorder.read_once[key] = read()
    return recorder.read_once[key]


def depends_on(*tags):
    """Add tags to the answer being built (nothing happens when none is)."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.tags.update(tags)


def depends_on_pages(page_ids):
    """Pages looked for by id, found or not (a rich-text link to a page that may be published later)."""
    depends_on(*(page_tag(page_id) for page_id in page_ids))


_locale_ids_by_code = {}


def forget_locale_codes():
    """Called when a Locale is saved or deleted (``delivery.invalidation``)."""
    _locale_ids_by_code.clear()


def locale_id(locale):
    """A locale's id from a Locale, an id, or a language code (memoised: one query per process)."""
    if isinstance(locale, str):
        if locale not in _locale_ids_by_code:
            from wagtail.models import Locale

            _locale_ids_by_code.update(Locale.objects.values_list("language_code", "pk"))
        return _locale_ids_by_code.get(locale)
    return getattr(locale, "pk", locale)


def locale_ids(locales):
    return {locale_id(locale) for locale in locales} - {None}


def depends_on_live_pages(*locales):
    """The answer enumerates the live pages of these languages (Locale objects, ids or language codes) and
    shows only those it loads: which pages there are, where, and in which order."""
    depends_on(*(live_pages_tag(locale_id) for locale_id in locale_ids(locales)))


def depends_on_live_content(*locales):
    """The answer shows what the live pages of these languages say without loading them one by one."""
    recorder = _recorder.get()
    if recorder is not None:
        ids = locale_ids(locales)
        recorder.content_locales |= ids
        recorder.tags.update(live_content_tag(locale_id) for locale_id in ids)


def depends_on_all(*models):
    """The answer enumerates every object of these tracked models."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.enumerated_models |= {model._meta.concrete_model for model in models}
        recorder.tags.update(collection_tag(model) for model in models)


def record_loaded_instance(sender, instance, **kwargs):
    """``post_init`` receiver (connected in ``delivery.signal_handlers``): cheap when nothing records."""
    recorder = _recorder.get()
    if recorder is not None:
        recorder.loaded(instance)
