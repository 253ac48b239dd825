"""Drive wagtail-localize the way a translator would, without the browser."""

from django.db.models import Exists, OuterRef
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object


def spanish():
    return Locale.objects.get(language_code="es")


def submit(*instances):
    """Submit objects for translation into Spanish, parents first, as an editor does in the admin."""
    for instance in instances:
        translate_object(instance, [spanish()])


def translation_for(instance):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=spanish())


def untranslated(translation):
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=translation.target_locale
    )
    return StringSegment.objects.filter(source=translation.source).annotate(done=Exists(done)).filter(done=False)


def translate(translation, render=lambda text: f"ES {text}", limit=None):
    """Fill untranslated strings (all, or the first `limit`); returns how many were filled."""
    segments = list(untranslated(translation).select_related("string", "context").order_by("order"))
    for segment in segments[:limit]:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=render(segment.string.data),
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    return len(segments[:limit])


def translate_everything(render=lambda text: f"ES {text}"):
    for translation in Translation.objects.filter(target_locale=spanish(), enabled=True):
        translate(translation, render)


def update_source(instance):
    """Re-extract the strings of a changed original, as "Sync translated pages" does first."""
    TranslationSource.update_or_create_from_instance(instance)
