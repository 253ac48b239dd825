"""What awaits a translator: every page and snippet that needs work in their languages, with the link to do it.

The dashboard panel, the e-mails and the translation status report share these links, so each one opens
something the person may use: the translation editor when a translation exists, otherwise the
"start translation" action (`localization.views.start`), which translators may take for their languages.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from .status import IN_PROGRESS, NEEDS_TRANSLATION, NOT_STARTED, OUTDATED, statuses
from .translators import translatable_locale_ids

#: Outdated live translations first (the public sees them), then work begun, then work not begun.
URGENCY = {OUTDATED: 0, IN_PROGRESS: 1, NOT_STARTED: 2}


@dataclass(frozen=True)
class WorkItem:
    """One status with the action that moves it forward."""

    status: object  # localization.status.TranslationStatus
    locale: Locale
    url: str
    starts_translation: bool  # the url takes a POST that creates the translation, then opens its editor


def target_locales_for(user):
    """The languages a user translates into: their translator groups', or every target language."""
    locales = Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
    allowed = translatable_locale_ids(user)
    return list(locales if allowed is None else locales.filter(pk__in=allowed))


def worklist(locales):
    """Everything not yet complete in these languages, most urgent first, then in tree order."""
    items = [work_item(status, locale) for locale in locales for status in statuses(locale, state=NEEDS_TRANSLATION)]
    items.sort(key=lambda item: URGENCY.get(item.status.state, len(URGENCY)))
    return items


def work_item(status, locale):
    if status.target_id is not None:
        return WorkItem(status, locale, edit_url(status.model, status.target_id), starts_translation=False)
    return WorkItem(status, locale, start_translation_url(status.model, status.source_id, locale), True)


def edit_url(model, pk):
    """The edit view of a page or snippet (wagtail-localize turns it into the translation editor when synced)."""
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    viewset = getattr(model, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[quote(pk)]) if viewset else ""


def start_translation_url(model, source_pk, locale):
    return reverse(
        "localization_start_translation",
        args=[model._meta.app_label, model._meta.model_name, quote(source_pk), locale.language_code],
    )


def language_in_sentence(locale):
    """The language's name inside a sentence: "into Spanish", but "al español" (lower case in Spanish prose)."""
    name = str(locale.get_display_name())
    return name if translation.get_language().startswith("en") else name.lower()
