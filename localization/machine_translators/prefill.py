"""Pre-fill a whole translation with the configured machine translator, outside the admin.

The same as the translation editor's "Machine translate" button (wagtail-localize's
``apply_machine_translation``), without the request and its permission check: only untranslated
strings are sent, each result is stored as a machine translation under the translator's name.
Used by tests and by scripts such as the demo content loader.
"""

from collections import defaultdict

from django.db import transaction
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from localization.completeness import untranslated_segments

from .glossary import GlossaryTranslator


def machine_prefill(translation, user=None, machine_translator=None):
    """Machine-translate the untranslated strings of a Translation; returns how many were filled."""
    machine_translator = machine_translator or get_machine_translator() or GlossaryTranslator({})
    if not machine_translator.can_translate(translation.source.locale, translation.target_locale):
        return 0
    places = defaultdict(list)
    for segment in untranslated_segments(translation):
        places[segment.string.as_value()].append((segment.string_id, segment.context_id))
    if not places:
        return 0
    results = machine_translator.translate(translation.source.locale, translation.target_locale, places.keys())
    filled = 0
    with transaction.atomic():
        for value, contexts in places.items():
            result = results.get(value)
            if result is None or result.data is None:
                continue
            for string_id, context_id in contexts:
                _, created = StringTranslation.objects.get_or_create(
                    translation_of_id=string_id,
                    locale=translation.target_locale,
                    context_id=context_id,
                    defaults={
                        "data": result.data,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                        "tool_name": str(machine_translator.display_name),
                        "last_translated_by": user,
                    },
                )
                filled += created
    return filled
