"""Pre-fill a whole translation with the configured machine translator, outside the admin.

The same as the translation editor's "Machine translate" button (wagtail-localize's
``apply_machine_translation``), without the request and its permission check: only untranslated
strings are sent, each result is stored as a machine translation under the translator's name.
Used by tests and by scripts such as the demo content loader.
"""

from collections import defaultdict

from django.db import transaction
from wagtail_localize.machine_translators import get_machine_translator

from localization.completeness import untranslated_segments
from localization.strings import store_string_translation

from .glossary import GlossaryTranslator


def machine_prefill(translation, user=None, machine_translator=None):
    """Machine-translate the untranslated strings of a Translation; returns how many were filled."""
    machine_translator = machine_translator or get_machine_translator() or GlossaryTranslator({})
    if not machine_translator.can_translate(translation.source.locale, translation.target_locale):
        return 0
    places = defaultdict(list)
    for segment in untranslated_segments(translation):
        places[segment.string.as_value()].append(segment)
    if not places:
        return 0
    results = machine_translator.translate(translation.source.locale, translation.target_locale, places.keys())
    filled = 0
    with transaction.atomic():
        for value, segments in places.items():
            result = results.get(value)
            if result is None or result.data is None:
                continue
            for segment in segments:
                filled += store_string_translation(
                    segment,
                    translation.target_locale_id,
                    result.data,
                    tool=str(machine_translator.display_name),
                    machine=True,
                    user=user,
                )
    return filled
