"""Connect the delivery API's cache invalidation and publish notifications to what editors do.

The handlers live in ``delivery.invalidation``; this module only says which signal of which model
reaches which handler. Page signals are connected without a sender, so every page type (present and
future) is covered. Apps name their own snippets and settings (``watch_snippet``, ``watch_settings``)
when they are ready: delivery names no app.
"""

from django.db.models.signals import post_delete, post_init, post_save, pre_delete, pre_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationLog, TranslationSource

from . import dependencies, invalidation


def connect(signal, handler, sender=None):
    name = handler.__name__ if sender is None else f"{handler.__name__}:{sender._meta.label_lower}"
    signal.connect(handler, sender=sender, weak=False, dispatch_uid=f"delivery:{name}")


def register_signal_handlers():
    connect(post_init, dependencies.record_loaded_instance)  # what each cached answer was built from
    connect(pre_save, invalidation.note_listing_key_before_save)  # what a publish changes in lists
    connect(page_published, invalidation.on_page_published)
    connect(page_unpublished, invalidation.on_page_unpublished)
    connect(post_page_move, invalidation.on_page_moved)
    connect(pre_delete, invalidation.on_page_deleted, Page)
    connect(page_slug_changed, invalidation.on_slug_changed)
    for model in get_page_models():  # post_save is sent for the concrete class only
        connect(post_save, invalidation.on_alias_created, model)
    for model in (TranslationSource, Translation, TranslationLog, StringTranslation, SegmentOverride):
        for signal in (post_save, post_delete):
            connect(signal, invalidation.on_translation_state_changed, model)

    for signal in (post_save, post_delete):
        connect(signal, invalidation.on_view_restriction_changed, PageViewRestriction)
        connect(signal, invalidation.on_site_changed, Site)
        connect(signal, invalidation.on_site_changed, Locale)

    for model in (get_image_model(), get_document_model()):
        dependencies.track(model)
        connect(post_save, invalidation.on_media_changed, model)
        connect(post_delete, invalidation.on_media_deleted, model)

    connect(post_save, invalidation.on_redirect_saved, Redirect)
    connect(post_delete, invalidation.on_redirect_deleted, Redirect)


def watch_snippet(model, *, site_wide=False):
    """Drop the cached answers that show a snippet when it is saved or deleted: those of the pages that
    choose it, or every answer for a snippet shown on every page (``site_wide``)."""
    invalidation.SNIPPET_SCOPES[model] = invalidation.SCOPE_SITE if site_wide else invalidation.SCOPE_PAGES
    dependencies.track(model)
    connect(post_save, invalidation.on_snippet_changed, model)
    connect(post_delete, invalidation.on_snippet_deleted, model)


def watch_settings(model):
    """Drop every cached answer when a settings model shown site-wide is saved or deleted."""
    for signal in (post_save, post_delete):
        connect(signal, invalidation.on_settings_changed, model)
