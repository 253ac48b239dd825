"""Is a translation complete? If not, what is missing and where?

wagtail-localize fills any untranslated string with the English source when it saves a translation
("fallback"), so a Spanish page could go live half in English. Everything that publishes a
translation asks this module first.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail_localize.models import (
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
)

from .streams import labels_for_keys

UNTRANSLATED = "untranslated"
AWAITING_REVIEW = "awaiting review"


@dataclass(frozen=True)
class Gap:
    """One thing not ready for publishing: where it is, the English text, and why."""

    where: str
    source_text: str
    reason: str = UNTRANSLATED


def synced_translation_of(instance):
    """The enabled wagtail-localize Translation that produces this (non-source) instance, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=instance.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def segments_with_translation_state(translation):
    """The translation's string segments, annotated with whether a translator wrote or confirmed them.

    Machine output (DeepL, LibreTranslate, the glossary pre-fill, translation memory) is a suggestion:
    it counts as ready only once a translator saves it in the editor (wagtail-localize then stores it
    as a manual translation) or imports it from a PO file.
    """
    translations = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    return StringSegment.objects.filter(source_id=translation.source_id).annotate(
        has_translation=Exists(translations),
        is_confirmed=Exists(translations.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)),
    )


def untranslated_segments(translation):
    """Segments with no usable translation at all (machine suggestions included)."""
    return (
        segments_with_translation_state(translation)
        .filter(has_translation=False)
        .select_related("string", "context")
        .order_by("order")
    )


def unready_segments(translation):
    """Segments not ready to publish: untranslated, or machine-translated and not yet confirmed."""
    return (
        segments_with_translation_state(translation)
        .filter(is_confirmed=False)
        .select_related("string", "context")
        .order_by("order")
    )


def translation_gaps(translation, _seen=None):
    """Every string without a translation, and every related snippet not (fully) translated."""
    seen = _seen if _seen is not None else set()
    seen.add(translation.pk)
    source_instance = translation.source.as_instance()
    gaps = [
        Gap(
            describe_path(source_instance, segment.context.path),
            segment.string.data,
            AWAITING_REVIEW if segment.has_translation else UNTRANSLATED,
        )
        for segment in unready_segments(translation)
    ]
    gaps.extend(related_object_gaps(translation, source_instance, seen))
    return gaps


def related_object_gaps(translation, source_instance, seen):
    locale = translation.target_locale
    segments = RelatedObjectSegment.objects.filter(source_id=translation.source_id).select_related("object", "context")
    gaps = []
    for segment in segments.order_by("order"):
        where = describe_path(source_instance, segment.context.path)
        target = segment.object.get_instance_or_none(locale)
        if target is None:
            source_object = segment.object.get_instance_or_none(translation.source.locale)
            gaps.append(Gap(where, f"{source_object} (not translated into {locale.get_display_name()})"))
            continue
        related_translation = synced_translation_of(target)
        if related_translation is None or related_translation.pk in seen:
            continue
        missing = len(translation_gaps(related_translation, seen))
        if missing:
            gaps.append(Gap(where, f"{target} ({missing} untranslated string{'s' if missing != 1 else ''})"))
    return gaps


def gaps_for_instance(instance):
    """Gaps of a page or snippet in a translated locale; empty for source content and manual translations."""
    if instance.locale_id == Locale.get_default().pk:
        return []
    translation = synced_translation_of(instance)
    return translation_gaps(translation) if translation else []


def summarise_gaps(gaps, limit=5):
    """'2 untranslated segments: Body › Benefits › item 2 › Title; …' — for an error message."""
    parts = []
    for reason, singular, plural in [
        (UNTRANSLATED, "untranslated segment", "untranslated segments"),
        (AWAITING_REVIEW, "machine-translated segment awaiting review", "machine-translated segments awaiting review"),
    ]:
        matching = [gap for gap in gaps if gap.reason == reason]
        if not matching:
            continue
        places = "; ".join(gap.where for gap in matching[:limit])
        more = f" and {len(matching) - limit} more" if len(matching) > limit else ""
        parts.append(f"{len(matching)} {singular if len(matching) == 1 else plural}: {places}{more}")
    return " — ".join(parts)


def describe_path(instance, path):
    """Turn a segment path such as 'body.<uuid>.items.<uuid>.title' into 'Body › Benefits › item 2 › Title'."""
    parts = path.split(".")
    try:
        field = instance._meta.get_field(parts[0])
        labels = [capfirst(str(getattr(field, "verbose_name", None) or parts[0].replace("_", " ")))]
        value = getattr(instance, parts[0])
    except Exception:  # noqa: BLE001 - an unknown path is still shown, just less prettily
        return path
    if isinstance(value, StreamValue):
        return " › ".join(labels + labels_for_keys(value.stream_block, value.raw_data, parts[1:]))
    for part in parts[1:]:
        value, label = step_into(value, part)
        if label is None:
            labels.append(part)
            break
        labels.append(label)
    return " › ".join(labels)


def step_into(value, part):
    """One step into an inline panel's rows or a related object's fields (streams: ``labels_for_keys``)."""
    if hasattr(value, "all"):  # a child relation (inline panel)
        for index, child in enumerate(value.all(), start=1):
            if str(getattr(child, "translation_key", "")) == part:
                return child, f"item {index}"
    elif hasattr(value, "_meta"):
        try:
            field = value._meta.get_field(part)
        except Exception:  # noqa: BLE001
            return None, None
        return getattr(value, part, None), capfirst(str(field.verbose_name))
    return None, None


def is_complete(instance):
    return not gaps_for_instance(instance)
