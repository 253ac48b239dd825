"""Nothing untranslated is published: the checks behind every path that publishes a translation."""

from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Locale, Page

from .completeness import gaps_for_instance, summarise_gaps, synced_translation_of
from .models import TranslatedRevisionCheck


class IncompleteTranslationError(PublishPermissionError):
    """Raised when a revision holding untranslated (English) text is about to go live."""


def record_revision_check(translation_log):
    """Store, as wagtail-localize writes a translated revision, whether it still holds English text."""
    revision = translation_log.revision
    if revision is None:
        return
    instance = revision.content_object
    gaps = gaps_for_instance(instance)
    TranslatedRevisionCheck.objects.update_or_create(
        revision=revision,
        defaults={"missing_segments": len(gaps), "summary": summarise_gaps(gaps) if gaps else ""},
    )


def refusal_message(instance, gaps):
    return _("“%(title)s” was not published in %(language)s: %(summary)s. Translate them, then publish.") % {
        "title": instance,
        "language": instance.locale.get_display_name(),
        "summary": summarise_gaps(gaps),
    }


def check_publishable(page):
    """Raise IncompleteTranslationError if publishing this page would show untranslated text.

    Source-language pages and manual (unsynced) translations pass. A synced translation passes only
    when the revision going live was written by wagtail-localize from a complete translation.
    """
    if page.locale_id == Locale.get_default().pk:
        return
    translation = synced_translation_of(page)
    if translation is None:
        return
    check = TranslatedRevisionCheck.objects.filter(revision_id=page.live_revision_id).first()
    if check is not None and check.complete:
        return
    gaps = gaps_for_instance(page)
    if check is not None and not gaps:
        reason = _("the revision was saved before its translation was complete; publish it from the translation editor")
        raise IncompleteTranslationError(f"“{page}”: {reason}.")
    raise IncompleteTranslationError(refusal_message(page, gaps) if gaps else _("This revision was not translated."))


def is_being_published(page):
    """True when a save is Wagtail publishing a revision (the live revision changes on a live page)."""
    if not page.live or page.pk is None or page.live_revision_id is None:
        return False
    previous = Page.objects.filter(pk=page.pk).values_list("live_revision_id", flat=True).first()
    return previous != page.live_revision_id
