"""What a content change makes stale, and telling the caches and the frontend about it.

Each signal handler (wired in ``delivery.signal_handlers``) describes a change as a ``ContentChange``:
its event, the localized paths that now answer differently, the locales whose cached API answers must
go (``None`` for all of them) and what changed. ``record_change`` then:

1. bumps the cache generations at once, so the rest of this request or transaction already reads
   fresh answers (``delivery.caching``);
2. after the transaction commits, bumps them again — discarding anything another request built from
   the old rows in between — then sends the publish webhooks (``delivery.webhooks``) and purges the
   API URLs from the frontend cache when one is configured. Changes in one transaction are merged:
   deleting a live page sends ``page.deleted``, not also ``page.unpublished``.

What counts as affected:

- a page published, unpublished, moved or deleted (in any locale, a translation publish included),
  or a live alias created in its original's language (Wagtail sends no signal for it):
  its own locale and the locales of its translations (their ``alternates`` list it); paths: the
  page (old and new for a move, with its descendants), its live translations and its ancestors
  (listings show its card);
- a view restriction added or removed: the page and its subtree, as above;
- a specialty, concern, reviewer, image or document: every cached answer (they appear in cards,
  blocks and site navigation); paths: the live pages that refer to it, directly or through one
  object (an image on a reviewer), with their ancestors; specialties appear in the site's booking
  channels, so they are ``scope: "site"``;
- clinic settings and clinic text, sites, locales: everything, ``scope: "site"``;
- a redirect: everything; paths: the redirected path.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex

from localization.languages import default_language_code

from . import caching, dependencies
from .api import URL_NAMESPACE
from .routing import SiteRoots

logger = logging.getLogger(__name__)

SCOPE_PAGES = "pages"
SCOPE_SITE = "site"


@dataclass
class ContentChange:
    """One edit as the caches and the frontend see it; ``payload()`` is the webhook body."""

    event: str
    paths: list[str] = field(default_factory=list)
    locale: str | None = None
    page_id: int | None = None
    object: dict | None = None
    scope: str = SCOPE_PAGES
    tags: set[str] = field(default_factory=lambda: {dependencies.SITE})  # what it drops (``dependencies``)
    occurred_at: datetime = field(default_factory=timezone.now)

    @property
    def subject(self):
        if self.page_id is not None:
            return ("page", self.page_id)
        if self.object is not None:
            return ("object", self.object["type"], self.object["id"])
        return ("event", self.event)

    def merge(self, other):
        self.paths = unique(self.paths + other.paths)
        self.tags |= other.tags
        self.occurred_at = max(self.occurred_at, other.occurred_at)

    def payload(self):
        """The webhook body: what happened, where, and which localized paths to revalidate."""
        return {
            "event": self.event,
            "scope": self.scope,
            "paths": self.paths,
            "locale": self.locale,
            "page_id": self.page_id,
            "object": self.object,
            "tags": sorted(self.tags),
            "occurred_at": self.occurred_at.isoformat(),
        }


def unique(items):
    return list(dict.fromkeys(item for item in items if item))


# Paths ----------------------------------------------------------------------------------------------


def page_path(page):
    """The page's localized path (``/es/tratamientos/microagujas/``), or None when it has no route."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def path_at(page, url_path):
    """Where the page was served when its tree path was ``url_path`` (before a move)."""
    original = page.url_path
    try:
        page.url_path = url_path
        return page_path(page)
    finally:
        page.url_path = original


def ancestor_paths(pages):
    """Paths of the ancestors of these pages (their listings), found in one query, root excluded."""
    return ancestor_paths_of([page.path for page in pages])


def ancestor_paths_of(page_tree_paths):
    tree_paths = set()
    for path in page_tree_paths:
        tree_paths.update(path[:end] for end in range(Page.steplen * 2, len(path), Page.steplen))
    if not tree_paths:
        return []
    ancestors = Page.objects.filter(path__in=tree_paths).order_by("-depth")
    return [page_path(ancestor) for ancestor in ancestors]


def locale_code(locale_id):
    locale = Locale.objects.filter(pk=locale_id).only("language_code").first()
    return locale.language_code if locale else None


def page_change(event, page, *, extra_paths=(), subtree=False, relisted=True):
    """The change for an event on a page: its locales and the paths that answer differently now.

    ``relisted``: the event may change which pages of its languages are listed, at which paths or in
    which order (``listing_changed``), not only what they say.
    """
    pages = list(Page.objects.descendant_of(page).live()) if subtree else []
    translations = list(Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))
    paths = [page_path(page), *extra_paths]
    paths += [page_path(descendant) for descendant in pages]
    paths += [page_path(translation) for translation in translations if translation.live]
    paths += ancestor_paths([page])
    return ContentChange(
        event=event,
        paths=unique(paths),
        locale=locale_code(page.locale_id),
        page_id=page.pk,
        # A page re-published in place says something new at the same path: its translations' alternates
        # (its path) need no drop of their own; their answers loaded it, and its own tag drops them.
        tags=page_tags([page, *translations, *pages] if relisted else [page], relisted=relisted),
    )


def page_tags(pages, relisted=True):
    """What an event on these pages drops: the answers that loaded them (a page's translations list it in
    their ``alternates``), the answers showing their languages' pages unloaded, and, when ``relisted``,
    every enumeration of their languages."""
    locale_ids = {page.locale_id for page in pages}
    tags = {dependencies.page_tag(page.pk) for page in pages}
    tags |= {dependencies.live_content_tag(locale_id) for locale_id in locale_ids}
    if relisted:
        tags |= {dependencies.live_pages_tag(locale_id) for locale_id in locale_ids}
    return tags


# Listings -------------------------------------------------------------------------------------------


def listing_key(page):
    """What decides whether, where and in which order lists of its language show a page.

    Wagtail's own fields decide it for every page: live or not, its path (redirects and fallbacks are
    answered by path), whether it belongs in menus. A page type adds the values its own lists filter and
    sort by with a ``listing_values()`` method (``TreatmentPage``: title, specialty, concerns…).
    """
    own_values = getattr(page, "listing_values", None)
    return (page.live, page.url_path, page.show_in_menus, *(own_values() if own_values else ()))


def note_listing_key_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """``pre_save`` receiver: remember how lists showed a page before a full save (a publish is one) changes it.

    The row is locked first, so that a publish committing meanwhile is seen, not compared with what it
    replaced. Saves of chosen fields (Wagtail's bookkeeping on a draft) leave the live values alone: no
    query then.
    """
    if raw or update_fields is not None or instance.pk is None or not isinstance(instance, Page):
        return
    if is_translation(instance):  # always re-listed (``listing_changed``)
        return
    stored = type(instance)._default_manager.filter(pk=instance.pk).defer_streamfields()
    if transaction.get_connection().in_atomic_block:
        stored = stored.select_for_update(no_key=True)  # the lock the save's UPDATE takes anyway
    stored = stored.first()
    instance._listing_key_before = listing_key(stored) if stored is not None else None


def listing_changed(page):
    """Whether the last full save of ``page`` changed how lists show it (when unknown: it did).

    A translation's publish always counts: wagtail-localize writes a synced translation's child rows (its
    concerns) before publishing it, so its rows no longer say what lists were built from.
    """
    before = page.__dict__.pop("_listing_key_before", None)
    if before is None or is_translation(page):
        return True
    return before != listing_key(page)


def is_translation(page):
    """A page outside the default language (no query: the locale ids are remembered per process)."""
    return page.locale_id != dependencies.locale_id(default_language_code())


def page_ids_referencing(instance, depth=2):
    """Pages that refer to ``instance`` in the reference index, directly or through ``depth - 1`` objects."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(instance).values_list("base_content_type_id", "object_id")
    page_ids = set()
    for content_type_id, object_id in references.distinct():
        if content_type_id == page_type.pk:
            page_ids.add(int(object_id))
        elif depth > 1:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            referrer = model and model._default_manager.filter(pk=object_id).first()
            if referrer is not None:
                page_ids |= page_ids_referencing(referrer, depth - 1)
    return page_ids


def object_label(instance):
    return {"type": instance._meta.label_lower, "id": instance.pk}


def object_locale(instance):
    locale_id = getattr(instance, "locale_id", None)
    return locale_code(locale_id) if locale_id else None


def site_paths():
    """The home path of every locale: what a site-wide change points the frontend at."""
    homes = Page.objects.filter(depth=2)
    return unique(page_path(home) for home in homes)


def object_change(event, instance, *, scope=SCOPE_PAGES, with_translations=False):
    """A change to an object pages embed: the answers that loaded it or a translation of it, and those that
    enumerate its model, go; paths of the pages that show it (every locale's home for a site-wide one)."""
    if scope == SCOPE_SITE:
        paths = site_paths()
    else:
        # Read as values and turned into paths in bulk: a concern shown by a thousand articles is saved in the
        # editor's request, and one ``get_url_parts`` per page took most of it.
        pages = list(Page.objects.filter(pk__in=page_ids_referencing(instance)).live().values_list("url_path", "path"))
        roots = SiteRoots()
        paths = [roots.path_of_url_path(url_path) for url_path, _tree_path in pages]
        paths = unique(paths + ancestor_paths_of([tree_path for _url_path, tree_path in pages]))
    return ContentChange(
        event=event,
        paths=paths,
        locale=object_locale(instance),
        object=object_label(instance),
        scope=scope,
        tags=object_tags(instance, with_translations),
    )


def object_tags(instance, with_translations=False):
    """A tracked object's tags and its model's; ``site`` for anything else (settings, sites, locales), which
    answers read without recording it.

    ``with_translations``: its translations' tags too, for an object created or deleted (where it was
    missing, answers in its language showed another version of it, or nothing, having loaded that version)
    and for an edit in the default language, the translations' source (a page showing a translation says
    whether it is outdated, which an edit of the source decides).
    """
    model = type(instance)
    if not dependencies.is_tracked(model):
        return {dependencies.SITE}
    ids = {instance.pk}
    if getattr(instance, "translation_key", None) is not None and (
        with_translations or instance.locale_id == Locale.get_default().pk
    ):
        ids |= set(model._default_manager.filter(translation_key=instance.translation_key).values_list("pk", flat=True))
    return {dependencies.collection_tag(model), *(dependencies.object_tag(model, pk) for pk in ids)}


# Recording and flushing ----------------------------------------------------------------------------


def drop_cached_answers(changes):
    caching.invalidate(set().union(*(change.tags for change in changes)))


class ChangeBatch:
    """The changes of one transaction; each is sent by its own on-commit callback, at most once.

    Changes to the same subject and event are merged, and one change can hide another: when a live
    page is deleted, Wagtail unpublishes it first, but only ``page.deleted`` is sent.
    """

    SUPERSEDES = {"page.deleted": ("page.unpublished", "page.published", "page.visibility_changed")}

    def __init__(self):
        self.changes = {}
        self.sent = set()

    def add(self, change):
        key = (change.subject, change.event)
        if key in self.changes and key not in self.sent:
            self.changes[key].merge(change)
        else:
            self.changes[key] = change
            self.sent.discard(key)
        return key

    def superseded(self, key):
        subject, event = key
        return any((subject, later) in self.changes for later, hidden in self.SUPERSEDES.items() if event in hidden)

    def flush(self, key):
        if key in self.sent or key not in self.changes or self.superseded(key):
            return
        self.sent.add(key)
        changes = [self.changes[key]]
        for step in (drop_cached_answers, notify_frontends, purge_frontend_cache):
            try:
                step(changes)
            except Exception:
                logger.exception("Delivery invalidation step %s failed", step.__name__)


def _scheduled(connection, batch):
    """Whether a callback of this batch still waits for the commit (none does after a rollback)."""
    return any(
        getattr(callback, "func", callback) == batch.flush for _ids, callback, _robust in connection.run_on_commit
    )


def current_batch():
    """This transaction's batch, or a new one when the last one's callbacks have run or were rolled back."""
    connection = transaction.get_connection()
    batch = getattr(connection, "_delivery_change_batch", None)
    if batch is None or not _scheduled(connection, batch):
        batch = ChangeBatch()
        connection._delivery_change_batch = batch
    return batch


def record_change(change):
    """Drop stale cached answers now, and again (with webhooks and purges) once the transaction commits."""
    try:
        drop_cached_answers([change])
    except Exception:
        logger.exception("Could not drop the cached answers of %s", change.event)
    if transaction.get_connection().in_atomic_block:
        batch = current_batch()
        transaction.on_commit(partial(batch.flush, batch.add(change)), robust=True)
    else:
        batch = ChangeBatch()
        batch.flush(batch.add(change))


class PendingTags:
    """Tags dropped in one transaction, dropped again and purged from the CDN once, when it commits."""

    def __init__(self):
        self.tags = set()
        self.flushed = False

    def flush(self):
        tags, self.tags, self.flushed = self.tags, set(), True
        if not tags:
            return
        caching.invalidate(tags)
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            from .cdn import purge_tags

            purge_tags(tags)


def drop_now_and_on_commit(tags):
    """Drop answers built from these tags now and again once the transaction commits, for changes the
    frontends need not hear about (the search index re-read, wagtail-localize's records). A translator's
    machine translation writes hundreds of rows in one transaction: the CDN gets one purge for all."""
    tags = set(tags)
    caching.invalidate(tags)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        pending = PendingTags()
        pending.tags = tags
        pending.flush()
        return
    pending = getattr(connection, "_delivery_pending_tags", None)
    if pending is None or pending.flushed or not _scheduled(connection, pending):
        pending = connection._delivery_pending_tags = PendingTags()
        transaction.on_commit(pending.flush, robust=True)
    pending.tags |= tags


def notify_frontends(changes):
    from .webhooks import send_notifications

    send_notifications(changes)


def api_urls_to_purge(changes):
    """The cacheable API URLs of the changed paths, in both encodings a client may use for ``path``."""
    base = getattr(settings, "API_PUBLIC_URL", settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    by_path = reverse(f"{URL_NAMESPACE}:get_page_by_path")
    urls = []
    for change in changes:
        for path in change.paths:
            urls.append(f"{base}{by_path}?path={quote(path, safe='/')}")
            urls.append(f"{base}{by_path}?{urlencode({'path': path})}")
        if change.page_id is not None:
            urls.append(base + reverse(f"{URL_NAMESPACE}:get_page", kwargs={"page_id": change.page_id}))
    return unique(urls)


def purge_frontend_cache(changes):
    """Purge the API answers of the changed paths from the CDN by URL, and every answer built from what
    changed by tag where the CDN can (``delivery.cdn``). Wagtail purges the HTML pages itself."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    from .cdn import purge_tags

    purge_urls_from_cache(api_urls_to_purge(changes))
    purge_tags(set().union(*(change.tags for change in changes)))


# Signal handlers (connected in delivery.signal_handlers) -------------------------------------------


def never_break_editing(handler):
    """A failure here is logged, never raised: an editor's publish or save must not fail because of it.

    The handler runs in a savepoint, so a database error inside it (which on PostgreSQL would abort the
    whole transaction) rolls back only the handler's own writes.
    """

    def guarded(sender, **kwargs):
        if kwargs.get("raw"):  # fixtures being loaded
            return
        try:
            with transaction.atomic():
                handler(sender, **kwargs)
        except Exception:
            logger.exception("Signal handler %s.%s failed", handler.__module__, handler.__name__)

    guarded.__name__ = handler.__name__
    return guarded


@never_break_editing
def on_page_published(sender, instance, **kwargs):
    record_change(page_change("page.published", instance, relisted=listing_changed(instance)))


@never_break_editing
def on_alias_created(sender, instance, created=False, **kwargs):
    """A live alias in its original's language is a new page, yet Wagtail sends no ``page_published`` for it.

    Other pages go live by being published, which ``on_page_published`` records. Aliases in another
    language (wagtail-localize's stand-ins for missing translations) are never served: nothing changes.
    Nor when one becomes a translation of its own: it is taken offline until published
    (``localization.signal_handlers.keep_converted_alias_out_of_sight``).
    """
    if not (created and instance.live and instance.alias_of_id):
        return
    if Page.objects.filter(pk=instance.alias_of_id, locale_id=instance.locale_id).exists():
        record_change(page_change("page.published", instance))


def subtree_paths_before(page, url_path_before, url_path_after):
    return [
        path_at(descendant, url_path_before + descendant.url_path[len(url_path_after) :])
        for descendant in Page.objects.descendant_of(page).live()
    ]


@never_break_editing
def on_slug_changed(sender, instance, instance_before, **kwargs):
    """A new slug moves the page's live descendants too: Wagtail rewrites their paths with one UPDATE, which
    no signal tells of (the page itself is recorded by its publish)."""
    old_paths = subtree_paths_before(instance, instance_before.url_path, instance.url_path)
    if old_paths:
        record_change(page_change("page.moved", instance, extra_paths=old_paths, subtree=True))


@never_break_editing
def on_page_unpublished(sender, instance, **kwargs):
    record_change(page_change("page.unpublished", instance))


@never_break_editing
def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """A move changes the URL of the page and its subtree; both the old and new paths are affected."""
    old_paths = [path_at(instance, url_path_before), *subtree_paths_before(instance, url_path_before, url_path_after)]
    parent_before = kwargs.get("parent_page_before")
    if parent_before is not None:
        old_paths += [page_path(parent_before), *ancestor_paths([parent_before])]
    record_change(page_change("page.moved", instance, extra_paths=old_paths, subtree=True))


@never_break_editing
def on_page_deleted(sender, instance, **kwargs):
    record_change(page_change("page.deleted", instance))


@never_break_editing
def on_view_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # deleted with its page: the page's own deletion is recorded
        return
    record_change(page_change("page.visibility_changed", page, subtree=True))


#: The scope of each watched snippet model (``signal_handlers.watch_snippet``): the pages that choose it, or
#: every answer for a snippet shown on every page (booking channels, the clinic's own texts).
SNIPPET_SCOPES = {}


def snippet_scope(model):
    return SNIPPET_SCOPES.get(model, SCOPE_PAGES)


@never_break_editing
def on_snippet_changed(sender, instance, created=False, **kwargs):
    scope = snippet_scope(sender)
    record_change(object_change("snippet.changed", instance, scope=scope, with_translations=created))


@never_break_editing
def on_snippet_deleted(sender, instance, **kwargs):
    scope = snippet_scope(sender)
    record_change(object_change("snippet.deleted", instance, scope=scope, with_translations=True))


@never_break_editing
def on_settings_changed(sender, instance, **kwargs):
    record_change(object_change("settings.changed", instance, scope=SCOPE_SITE))


@never_break_editing
def on_site_changed(sender, instance, **kwargs):
    dependencies.forget_locale_codes()
    record_change(object_change("site.changed", instance, scope=SCOPE_SITE))


FILE_BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


@never_break_editing
def on_media_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """An image or document edited (not uploaded: nothing refers to a new one yet).

    Saves that only record the file's size or hash — which Wagtail makes while building renditions for
    an API answer — change nothing visible and are ignored.
    """
    if created or (update_fields and set(update_fields) <= FILE_BOOKKEEPING_FIELDS):
        return
    record_change(object_change(f"{sender._meta.model_name}.changed", instance))


@never_break_editing
def on_media_deleted(sender, instance, **kwargs):
    record_change(object_change(f"{sender._meta.model_name}.deleted", instance))


def redirect_paths(redirect):
    path = redirect.old_path
    return unique([path, path if path.endswith("/") or "?" in path else f"{path}/"])


def redirect_change(event, redirect):
    return ContentChange(event=event, paths=redirect_paths(redirect), object=object_label(redirect))


@never_break_editing
def on_redirect_saved(sender, instance, **kwargs):
    record_change(redirect_change("redirect.changed", instance))


@never_break_editing
def on_redirect_deleted(sender, instance, **kwargs):
    record_change(redirect_change("redirect.deleted", instance))


TRANSLATION_STATE_OBJECT = {
    "TranslationSource": lambda row: row.object,
    "Translation": lambda row: row.source.object,
    "TranslationLog": lambda row: row.source.object,
    "StringTranslation": lambda row: row.context.object,
    "SegmentOverride": lambda row: row.context.object,
}


@never_break_editing
def on_translation_state_changed(sender, instance, **kwargs):
    """wagtail-localize's own rows decide what an answer says of a translation: whether a page's is
    ``outdated``, whether a snippet's is complete enough to be listed. The answers showing a page version's
    status, or any version of a snippet, go (and only the caches hear of it: the content did not change)."""
    translatable = TRANSLATION_STATE_OBJECT[sender.__name__](instance)
    model = translatable.content_type.model_class()
    if model is None:
        return
    versions = list(model._default_manager.filter(translation_key=translatable.translation_key))
    if issubclass(model, Page):
        tags = {dependencies.translation_state_tag(version.pk) for version in versions}
    elif versions and dependencies.is_tracked(model):
        tags = {
            dependencies.collection_tag(model),
            *(dependencies.object_tag(model, version.pk) for version in versions),
        }
    else:
        return
    drop_now_and_on_commit(tags)
