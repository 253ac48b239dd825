"""Signals that keep translations honest: record checks, refuse incomplete publishing, flag outdated ones."""

from django.db.models.signals import post_save, pre_save
from wagtail.models import Locale, Page, Revision, TranslatableMixin
from wagtail.signals import page_published
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from .completeness import synced_translation_of
from .guards import check_publishable, is_being_published, record_revision_check
from .memory import prefill_from_memory, prefill_translations_of_source
from .notifications import SUBMITTED, notify_later, notify_outdated_translations
from .translators import grant_translators_tree


def on_revision_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        record_revision_check(instance)


def on_page_created(sender, instance, created, raw=False, **kwargs):
    """A new language tree (a translated home page) becomes editable by that language's translators."""
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        if instance.locale_id != Locale.get_default().pk:
            grant_translators_tree(instance)


def on_page_pre_save(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    instance._publishing = is_being_published(instance)
    if instance._publishing:
        check_publishable(instance)


def keep_live_translation_as_published(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """A live translated page's row keeps its published content when wagtail-localize saves a new translation.

    wagtail-localize writes a synced translation's strings into the page's row (``translation.save()``)
    and only then saves a revision and, if asked, publishes it on commit. Wagtail itself never saves a live
    page's row except to publish: the row is what visitors get. So "Sync translated pages" without
    publishing, or a publish a guard refuses, would put draft or English text live. The live revision is
    written back; a publish that follows writes its own revision as usual.
    """
    if raw or created or update_fields is not None or not isinstance(instance, Page):
        return
    if getattr(instance, "_publishing", False) or getattr(instance, "_restoring_live", False):
        return
    if not instance.live or instance.live_revision_id is None or instance.locale_id == Locale.get_default().pk:
        return
    if synced_translation_of(instance) is None:
        return
    published = instance.live_revision.as_object()
    published._restoring_live = True
    published.save()


def keep_converted_alias_out_of_sight(sender, instance, raw=False, update_fields=None, **kwargs):
    """An alias wagtail-localize turns into a translation stays unseen until its translation is published.

    An alias in another language shows the original's text and is never served. wagtail-localize converts
    it when someone starts translating it: it clears ``alias_of`` on the live row, then writes the
    translation so far (English where nothing is translated yet) into that row. The row would then be a
    live Spanish page in English. It is taken offline instead (``live`` is also what the full save that
    follows writes); publishing the translation puts it live, like any first translation. An alias in its
    original's language (Wagtail's "convert to ordinary page") is served, and stays live.
    """
    if not getattr(instance, "_converting_foreign_alias", False):
        return
    instance._converting_foreign_alias = False
    if instance.alias_of_id is None and instance.live:
        # An alias carries its original's live revision: it is not this page's, and must not be published.
        Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True, live_revision=None)
        instance.live, instance.has_unpublished_changes, instance.live_revision_id = False, True, None


def note_foreign_alias_conversion(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before ``alias_of`` is cleared: was the row an alias of a page in another language?"""
    if raw or update_fields is None or "alias_of_id" not in update_fields or not isinstance(instance, Page):
        return
    if instance.pk is None or instance.alias_of_id is not None:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("alias_of__locale_id", flat=True).first()
    instance._converting_foreign_alias = stored is not None and stored != instance.locale_id


def refresh_translation_source(instance):
    """After the English original changes, re-extract its strings so translations show as outdated.

    Only for content already submitted for translation; changed strings then appear untranslated in
    the translation editor while the published Spanish version stays as it was.
    """
    if instance.locale_id != Locale.get_default().pk:
        return
    if TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).exists():
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        prefill_translations_of_source(source)  # translation memory: new strings translated elsewhere
        notify_outdated_translations(source)


def on_page_published(sender, instance, **kwargs):
    refresh_translation_source(instance)


def on_snippet_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created or sender not in get_snippet_models() or not isinstance(instance, TranslatableMixin):
        return
    refresh_translation_source(instance)


# Translation memory: pre-fill strings already translated elsewhere on the site (localization.memory).
def on_translation_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.enabled:
        prefill_from_memory(instance)
        notify_later(instance, SUBMITTED)


def register_signal_handlers():
    post_save.connect(on_revision_created, sender=Revision, dispatch_uid="localization_revision_check")
    post_save.connect(on_page_created, dispatch_uid="localization_grant_translators_tree")
    pre_save.connect(on_page_pre_save, dispatch_uid="localization_refuse_incomplete_publish")
    post_save.connect(keep_live_translation_as_published, dispatch_uid="localization_keep_live_translation")
    pre_save.connect(note_foreign_alias_conversion, dispatch_uid="localization_note_foreign_alias_conversion")
    post_save.connect(keep_converted_alias_out_of_sight, dispatch_uid="localization_keep_converted_alias_unseen")
    page_published.connect(on_page_published, dispatch_uid="localization_refresh_source_on_publish")
    post_save.connect(on_snippet_saved, dispatch_uid="localization_refresh_source_on_snippet_save")
    post_save.connect(on_translation_created, sender=Translation, dispatch_uid="localization_translation_memory")
