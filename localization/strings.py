"""Where translated strings are written: every writer (the PO import, the translation memory, machine
pre-fill, the demo loader) stores through ``store_string_translation``, so the rules below hold for all.

- A machine suggestion (memory, machine translation) only fills a gap: it never replaces a string that
  already has a translation, not even another suggestion, so a translator's work is never overwritten.
- A person's translation (a translator's PO file, the demo's translated dictionary) replaces what was
  there and clears wagtail-localize's error flags, which it sets when a source string changed under an
  existing translation; it then counts as confirmed (``localization.completeness``). It is credited to
  whoever wrote it (nobody known, for a file or the demo), never to whoever asked for the suggestion
  it replaces.
"""

from wagtail_localize.models import StringTranslation


def store_string_translation(segment, locale_id, text, *, tool, machine=False, user=None):
    """Store ``text`` as the translation of a segment's string in a locale; True if one was written.

    ``segment`` is a wagtail-localize ``StringSegment`` (its ``string_id`` and ``context_id`` are read);
    ``tool`` names what wrote it in the translation editor; ``user`` who asked for it, if anyone.
    """
    key = {"translation_of_id": segment.string_id, "locale_id": locale_id, "context_id": segment.context_id}
    if machine:
        _translation, created = StringTranslation.objects.get_or_create(
            **key,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": tool,
                "last_translated_by": user,
            },
        )
        return created
    StringTranslation.objects.update_or_create(
        **key,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": tool,
            "last_translated_by": user,
            "has_error": False,
            "field_error": "",
        },
    )
    return True
