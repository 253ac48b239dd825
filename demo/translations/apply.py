"""Translate the demo content into Spanish through wagtail-localize, from the reviewed dictionary.

What an editor and a translator would do in the admin, in four steps for all objects at once:

1. Submit: a TranslationSource (the English strings, extracted) and a Translation into Spanish for
   every demo object that has no Spanish version yet, plus any snippet a demo page refers to.
2. Check: every string not yet translated by a person must have an entry in ``spanish.SPANISH``
   that keeps the source's links; otherwise stop, naming the missing strings, before any Spanish
   text is stored (the loader's transaction then removes the submissions too).
3. Translate: one StringTranslation per such segment, "manual", by the tool "Demo content"; this
   replaces unconfirmed machine suggestions (translation memory) but never a translator's work.
4. Publish: snippets first (pages refer to them), then pages parents first (home, index and privacy
   notice, treatments), each checked to have no translation gaps before it goes live.

Objects whose Spanish version exists and is live are left alone, as is a Spanish version an editor
took over by hand (its translation disabled), so a second run writes nothing.

Pages are saved as a draft by wagtail-localize and their revision published here, not through
``save_target(publish=True)``: that publishes in ``transaction.on_commit``, after the loader's
transaction has committed, where a refused publication could no longer be rolled back.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, validate_translation_links
from wagtail_localize.strings import extract_ids as link_ids

from localization.completeness import gaps_for_instance, summarise_gaps, unready_segments
from localization.guards import IncompleteTranslationError
from localization.strings import store_string_translation

from ..errors import DemoContentError, creating
from . import spanish

LANGUAGE_CODE = "es"
TOOL_NAME = "Demo content"
SHOWN_MISSING = 5  # missing strings named in the error; the rest are counted


def translate_demo_content(snippets, pages, report):
    """Translate the given English snippets and pages (parents before children) into Spanish."""
    locale = spanish_locale()
    pages = [page.specific for page in pages]
    pages_to_do = [page for page in pages if needs_translation(page, locale, report)]
    page_translations = [submit(page, locale) for page in pages_to_do]

    snippets = [*snippets, *related_snippets(page_translations, snippets)]
    snippets_to_do = [snippet for snippet in snippets if needs_translation(snippet, locale, report)]
    snippet_translations = [submit(snippet, locale) for snippet in snippets_to_do]

    translations = snippet_translations + page_translations
    strings = spanish_strings(translations)
    for translation in translations:
        fill(translation, strings)

    for snippet, translation in zip(snippets_to_do, snippet_translations, strict=True):
        publish_snippet(snippet, translation, report)
    for page, translation in zip(pages_to_do, page_translations, strict=True):
        publish_page(page, translation, report)


def spanish_locale():
    try:
        return Locale.objects.get(language_code=LANGUAGE_CODE)
    except Locale.DoesNotExist as error:
        raise DemoContentError("no Spanish locale ('es'); run `manage.py migrate` first") from error


def needs_translation(instance, locale, report):
    """True unless a Spanish version exists and is live, or is kept up to date by hand."""
    target = instance.get_translation_or_none(locale)
    if target is None:
        return True
    if isinstance(target, Page) and not target.live:
        taken_over = Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale=locale, enabled=False
        )
        if taken_over.exists():
            report.add_spanish(report_kind(instance), translated=False)
            return False
        return True  # a draft left by an earlier submission: finish it
    report.add_spanish(report_kind(instance), translated=False)
    return False


def submit(instance, locale):
    """The wagtail-localize Translation of ``instance`` into ``locale``, its strings extracted afresh.

    As the admin's "Translate" action does, a translation disabled earlier is enabled again: there is
    no Spanish version (or only a draft) for anyone to keep by hand.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def related_snippets(translations, known):
    """Translatable objects the pages refer to (specialties, reviewers, concerns) that are not demo snippets."""
    seen = {(type(instance), instance.translation_key) for instance in known}
    extra = []
    for translation in translations:
        for segment in translation.source.relatedobjectsegment_set.select_related("object"):
            instance = segment.object.get_instance(translation.source.locale)
            key = (type(instance), instance.translation_key)
            if key not in seen:
                seen.add(key)
                extra.append(instance)
    return extra


def spanish_strings(translations):
    """{English string: Spanish} for every string not yet ready; a one-line error if any is missing."""
    dictionary = {normalised(english): text for english, text in spanish.SPANISH.items()}
    strings, missing, broken = {}, [], []
    for translation in translations:
        for segment in unready_segments(translation):
            english = segment.string.data
            text = dictionary.get(normalised(english))
            if text is None:
                if english not in missing:
                    missing.append(english)
            elif not keeps_markup(english, text):
                broken.append(english)
            else:
                strings[english] = text
    if missing:
        raise DemoContentError(
            f"no Spanish for {len(missing)} demo string{'s' if len(missing) != 1 else ''} "
            f"(add {'them' if len(missing) != 1 else 'it'} to demo/translations/spanish.py): {quoted(missing)}"
        )
    if broken:
        raise DemoContentError(
            "the Spanish in demo/translations/spanish.py must keep the links (<a id=…>) and use only inline "
            f"tags, for: {quoted(broken)}"
        )
    return strings


def keeps_markup(english, text):
    """wagtail-localize's own checks on a translated string, and the same links as the source."""
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(english, text)
    except ValueError:
        return False
    return link_ids(english) == link_ids(text)


def fill(translation, strings):
    """Store the dictionary's Spanish for each segment not yet ready, as a translator's (manual) translation.

    Not ready: untranslated, flagged as broken by wagtail-localize, or a machine suggestion (such as the
    translation memory's) that no translator confirmed. A translator's own translation is never replaced.
    """
    for segment in unready_segments(translation):
        store_string_translation(segment, translation.target_locale_id, strings[segment.string.data], tool=TOOL_NAME)


def publish_snippet(snippet, translation, report):
    with creating(f"the Spanish {describe(snippet)}"):
        translation.save_target(publish=True)  # snippets have no drafts: saved as they are translated
    check_complete(translation, snippet)
    report.add_spanish(report_kind(snippet), translated=True)


def publish_page(page, translation, report):
    with creating(f"the Spanish {describe(page)}"):
        translation.save_target(publish=False)
    target = check_complete(translation, page)
    try:
        target.get_latest_revision().publish()
    except IncompleteTranslationError as error:
        raise DemoContentError(f"the Spanish {describe(page)} was not published: {error}") from error
    report.add_spanish(report_kind(page), translated=True)


def check_complete(translation, instance):
    """The Spanish version, once it is certain that nothing in it is still English."""
    target = instance.get_translation(translation.target_locale)
    gaps = gaps_for_instance(target)
    if gaps:
        raise DemoContentError(f"the Spanish {describe(instance)} is incomplete: {summarise_gaps(gaps)}")
    return target


# Describing objects and strings in messages and in the report

REPORT_KINDS = {
    "HomePage": "home_page",
    "TreatmentIndexPage": "index_page",
    "StandardPage": "standard_page",
    "TreatmentPage": "treatment_page",
    "ClinicText": "clinic_text",
    "Specialty": "specialty",
    "Concern": "concern",
    "Reviewer": "reviewer",
}


def report_kind(instance):
    return REPORT_KINDS.get(type(instance).__name__, "page" if isinstance(instance, Page) else "snippet")


def describe(instance):
    if isinstance(instance, Page):
        return f"page '{instance.url_path}'"
    return f"{instance._meta.verbose_name} '{instance}'"


def normalised(text):
    """Runs of whitespace as one space: a paragraph written over several lines is one line of HTML text."""
    return " ".join(text.split())


def quoted(strings, width=70):
    shown = []
    for text in strings[:SHOWN_MISSING]:
        text = normalised(text)
        shown.append(repr(text if len(text) <= width else text[: width - 1] + "…"))
    more = f" and {len(strings) - SHOWN_MISSING} more" if len(strings) > SHOWN_MISSING else ""
    return ", ".join(shown) + more
