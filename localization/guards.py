"""Nothing untranslated is published: the checks behind every path that publishes a translation.

Apps add their own refusals (``register_publish_check``: an object about to go live → a reason or None),
which the paths that publish many objects at once — bulk *Publish*, ``publish_scheduled`` — ask beside
translation completeness, so one refused object is named and skipped instead of stopping the rest.
"""

from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Locale, Page, TranslatableMixin

from .completeness import summarise_gaps, synced_translation_of, translation_gaps
from .models import TranslatedRevisionCheck


class IncompleteTranslationError(PublishPermissionError):
    """Raised when a revision holding untranslated (English) text is about to go live."""


def record_revision_check(revision):
    """Store, as a revision of a synced translation is written, whether it still holds English text.

    Recorded when the revision is created, not from wagtail-localize's TranslationLog: in a request its
    on-commit publish runs before that log exists (see NOTES.md), and the guard must already know.
    """
    locale_id = (revision.content or {}).get("locale")
    if locale_id is None or locale_id == Locale.get_default().pk:
        return  # not translatable, or the source language: no need to rebuild the object
    instance = revision.as_object()
    if not isinstance(instance, TranslatableMixin):
        return
    translation = synced_translation_of(instance)
    if translation is None:
        return
    gaps = translation_gaps(translation)
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
    """Raise IncompleteTranslationError if publishing this page would show untranslated text."""
    reason = refusal_reason(page, page.live_revision_id)
    if reason:
        raise IncompleteTranslationError(reason)


def refusal_reason(instance, revision_id):
    """Why publishing `revision_id` of this object would show untranslated text; None when it may go live.

    Source-language objects and manual (unsynced) translations pass. A synced translation passes only
    when the revision going live was written from a complete translation.
    """
    if instance.locale_id == Locale.get_default().pk:
        return None
    translation = synced_translation_of(instance)
    if translation is None:
        return None
    check = TranslatedRevisionCheck.objects.filter(revision_id=revision_id).first()
    if check is not None and check.complete:
        return None
    gaps = translation_gaps(translation)
    if check is not None and not gaps:
        reason = _("the revision was saved before its translation was complete; publish it from the translation editor")
        return f"“{instance}”: {reason}."
    return refusal_message(instance, gaps) if gaps else _("This revision was not translated.")


_publish_checks = []


def register_publish_check(check):
    _publish_checks.append(check)


def publish_refusal(instance, revision_id):
    """Why ``instance`` (as it would go live, from ``revision_id``) may not be published; None when it may."""
    reason = refusal_reason(instance, revision_id)
    if reason:
        return reason
    return next((reason for check in _publish_checks if (reason := check(instance))), None)


def is_being_published(page):
    """True when a save is Wagtail publishing a revision (the live revision changes on a live page)."""
    if not page.live or page.pk is None or page.live_revision_id is None:
        return False
    previous = Page.objects.filter(pk=page.pk).values_list("live_revision_id", flat=True).first()
    return previous != page.live_revision_id
