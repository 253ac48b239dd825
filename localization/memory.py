"""Translation memory: an English string translated once is offered wherever it appears again.

wagtail-localize reuses a translation only in the identical context (the same field of the same
object). Here a translation made anywhere on the site, in any field of any page or snippet, is
copied into every other place the same English text is waiting to be translated. The copy is stored
as a *machine* translation by the tool "Translation memory", so the translation editor shows it as
a suggestion for the translator to confirm; existing translations are never overwritten.
"""

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from wagtail_localize.models import String, StringTranslation

from .completeness import untranslated_segments
from .strings import store_string_translation

TOOL_NAME = "Translation memory"


def remembered_translations(string_ids, locale):
    """{string id: translated text} for strings already translated into `locale` somewhere.

    A translator's own (manual) translation wins over a machine one; among equals, the most recent.
    """
    candidates = (
        StringTranslation.objects.filter(translation_of_id__in=set(string_ids), locale=locale, has_error=False)
        .annotate(
            rank=Case(
                When(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("translation_of_id", "rank", "-updated_at", "-pk")
        .values_list("translation_of_id", "data")
    )
    remembered = {}
    for string_id, data in candidates:
        remembered.setdefault(string_id, data)
    return remembered


def remembered_for_values(source_locale, target_locale, values):
    """{StringValue: translated text} for the values whose exact English text was translated before."""
    hashes = {String._get_data_hash(value.data): value for value in values if value.data}
    strings = dict(String.objects.filter(locale=source_locale, data_hash__in=hashes).values_list("pk", "data_hash"))
    remembered = remembered_translations(strings, target_locale)
    return {hashes[strings[string_id]]: data for string_id, data in remembered.items()}


def prefill_from_memory(translation):
    """Pre-fill the untranslated strings of a wagtail-localize Translation; returns how many were filled."""
    segments = list(untranslated_segments(translation))
    if not segments:
        return 0
    remembered = remembered_translations((segment.string_id for segment in segments), translation.target_locale_id)
    filled = 0
    with transaction.atomic():
        for segment in segments:
            data = remembered.get(segment.string_id)
            if data is None:
                continue
            filled += store_string_translation(
                segment, translation.target_locale_id, data, tool=TOOL_NAME, machine=True
            )
    return filled


def prefill_translations_of_source(source):
    """After a source's strings were (re-)extracted, pre-fill every enabled translation of it."""
    return sum(prefill_from_memory(translation) for translation in source.translations.filter(enabled=True))
