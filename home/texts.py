"""The clinic's own sentences (the ``ClinicText`` snippet) in one language, for templates and the API alike.

Both the server-rendered pages (``home.templatetags.clinic_tags``) and the delivery API's ``/site/``
answer show these texts, and both must apply the same rule: a language shows its own prose or none,
never English standing in for a missing translation. The rule lives here, in a plain module, so the API
does not import a template tag library to apply it.
"""

from dataclasses import dataclass, fields

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant

from delivery.dependencies import depends_on_all
from home.models import ClinicText
from localization.completeness import gaps_for_instance


def content_language(code):
    """The configured content language a language code stands for (``es-mx`` → ``es``), or None."""
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


@dataclass(frozen=True)
class ClinicTexts:
    """The ``ClinicText`` fields that may be shown on a page; empty where no text in its language exists."""

    tagline: str = ""
    opening_hours_note: str = ""
    medical_disclaimer: str = ""
    privacy_summary: str = ""


def texts_in_locale(clinic, locale):
    """The clinic's texts in ``locale`` only — never another language's as a fallback.

    ``ClinicSettings.localized_texts`` falls back to the English original, and wagtail-localize
    fills untranslated strings of a synced translation with the English source, so both are left
    out here: a Spanish page shows the template's own Spanish default rather than English prose.
    """
    depends_on_all(ClinicText)  # read as values below, and a translation created later must show
    if not clinic.texts_id:
        return ClinicTexts()
    original = ClinicText.objects.filter(pk=clinic.texts_id).values("translation_key")
    texts = ClinicText.objects.filter(translation_key__in=original, locale=locale).first()
    if texts is None:
        return ClinicTexts()
    still_english = set()
    if locale.language_code != content_language(settings.LANGUAGE_CODE):
        still_english = {gap.source_text for gap in gaps_for_instance(texts)}
    return ClinicTexts(
        **{
            name: value
            for name, value in ((f.name, getattr(texts, f.name)) for f in fields(ClinicTexts))
            if value not in still_english
        }
    )
