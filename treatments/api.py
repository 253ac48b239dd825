"""Treatment listings for the delivery API: cards, specialties and concerns, in one language.

Listings show only what a visitor may see: live pages without view restrictions, and snippets whose
translation into the requested language is complete. A page of cards costs the same number of
queries whatever its size: images, renditions and concerns are prefetched in bulk.

The ``*_answer`` functions build each answer as plain data (or raise an ``ApiError``); the endpoints
serve it through ``delivery.caching``: built once per set of parameters and cache generation of the
language, with an ETag and a 304 for a client whose copy is current.
"""

import json

from django.db.models import Exists, F, OuterRef, Prefetch
from django.db.models.functions import Lower
from django.utils import translation
from ninja import Query, Router
from wagtail.images import get_image_model

from delivery.caching import cached_json_response
from delivery.dependencies import depends_on_all
from delivery.errors import responses
from delivery.images import image_representation, rendition_specs
from delivery.locales import LOCALE_HELP, OptionalLanguageCode, requested_language, resolve_locale
from delivery.routing import SiteRoots
from localization.status import fully_translated

from .card_schemas import (
    ConcernSchema,
    SpecialtySchema,
    TreatmentCardList,
    TreatmentFilters,
    TreatmentOrdering,
)
from .models import Concern, Specialty, TreatmentConcern, TreatmentPage, visible_treatment_count, visible_treatments
from .serializers import concern_summaries, key_facts
from .summaries import booking_channels, specialty_summary

router = Router(tags=["treatments"])


TITLE = Lower("title")  # "botox" and "Botox" sort together on every database
ORDERINGS = {
    TreatmentOrdering.TITLE: (TITLE.asc(), "pk"),
    TreatmentOrdering.TITLE_DESC: (TITLE.desc(), "-pk"),
    # Never-reviewed and never-published pages sort last both ways, on SQLite and PostgreSQL alike.
    TreatmentOrdering.LAST_REVIEWED: (F("last_reviewed").asc(nulls_last=True), TITLE.asc(), "pk"),
    TreatmentOrdering.LAST_REVIEWED_DESC: (F("last_reviewed").desc(nulls_last=True), TITLE.asc(), "pk"),
    TreatmentOrdering.FIRST_PUBLISHED: (F("first_published_at").asc(nulls_last=True), TITLE.asc(), "pk"),
    TreatmentOrdering.FIRST_PUBLISHED_DESC: (F("first_published_at").desc(nulls_last=True), TITLE.asc(), "pk"),
}


# --- Endpoints -----------------------------------------------------------------------------------------


@router.get(
    "/treatments/",
    response=responses(TreatmentCardList),
    summary="Treatment cards",
    description=(
        "Live, public treatment articles of one language as cards, with the total `count`. Filters combine. "
        "A `specialty` or `concern` slug that matches nothing gives an empty list (slugs are data: one may "
        "exist in a language before the other); `area`, `ordering`, `limit` and `offset` outside their "
        "documented values are a 400."
    ),
)
def list_treatments(request, filters: Query[TreatmentFilters]):
    parameters = [
        requested_language(filters.locale),
        *(filters.specialty, filters.concern, filters.area, filters.ordering, filters.limit, filters.offset),
    ]
    return cached_json_response(
        request,
        "treatments",
        [json.dumps(parameters, separators=(",", ":"))],  # quoted: no two parameter sets share a key
        lambda: treatment_listing_answer(filters, request),
    )


@router.get(
    "/specialties/",
    response=responses(list[SpecialtySchema]),
    summary="Specialties and their booking channels",
    description="The clinic's specialties in one language, in the editors' order; untranslated ones are left out.",
)
def list_specialties(request, locale: OptionalLanguageCode = Query(None, description=LOCALE_HELP)):
    return cached_json_response(
        request, "specialties", [requested_language(locale)], lambda: specialties_answer(locale)
    )


@router.get(
    "/concerns/",
    response=responses(list[ConcernSchema]),
    summary="Concerns treatments address",
    description="Patients' concerns in one language, by name; untranslated ones are left out.",
)
def list_concerns(request, locale: OptionalLanguageCode = Query(None, description=LOCALE_HELP)):
    return cached_json_response(request, "concerns", [requested_language(locale)], lambda: concerns_answer(locale))


def treatment_listing_answer(filters, request=None):
    language = resolve_locale(filters.locale)
    pages = visible_treatments(language)
    if filters.specialty:
        depends_on_all(Specialty)  # a slug that matches nothing today may match after an edit
        pages = pages.filter(specialty__slug=filters.specialty)
    if filters.concern:
        depends_on_all(Concern)
        linked = TreatmentConcern.objects.filter(page_id=OuterRef("pk"), concern__slug=filters.concern)
        pages = pages.filter(Exists(linked))
    if filters.area:
        pages = pages.filter(**TreatmentPage.area_filter(filters.area.value))
    narrowed = filters.specialty or filters.concern or filters.area
    count = pages.count() if narrowed else visible_treatment_count(language)
    start, end = filters.offset, filters.offset + filters.limit
    window = for_cards(pages.order_by(*ORDERINGS[filters.ordering]))[start:end] if count > start else []
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "results": treatment_cards(window, request, language),
    }


def specialties_answer(locale):
    depends_on_all(Specialty)
    return [specialty_representation(item) for item in fully_translated(Specialty, resolve_locale(locale))]


def concerns_answer(locale):
    depends_on_all(Concern)
    return [concern_representation(item) for item in fully_translated(Concern, resolve_locale(locale))]


def for_cards(pages):
    """What a card shows, fetched in bulk: a fixed number of queries for any number of cards."""
    images = get_image_model().objects.prefetch_renditions(*rendition_specs())
    concerns = TreatmentConcern.objects.select_related("concern").order_by("sort_order", "pk")
    return (
        pages.defer_streamfields()
        .select_related("specialty", "locale")
        .prefetch_related(Prefetch("hero_image", queryset=images), Prefetch("treatment_concerns", queryset=concerns))
    )


# --- Representations ------------------------------------------------------------------------------------


def treatment_cards(pages, request, locale):
    """Cards for prefetched pages; labels are rendered in the listing's language."""
    roots = SiteRoots.for_request(request)
    with translation.override(locale.language_code):
        return [treatment_card(page, roots) for page in pages]


def treatment_card(page, roots):
    return {
        "id": page.pk,
        "locale": page.locale.language_code,
        "title": page.title,
        "summary": page.summary,
        "url": roots.path(page) or "",
        "hero": image_representation(page.hero_image, page.hero_alt_text),
        "specialty": specialty_summary(page.specialty),
        "concerns": concern_summaries(page),
        "key_facts": key_facts(page),
        "last_reviewed": page.last_reviewed,
        "first_published_at": page.first_published_at,
    }


def specialty_representation(specialty):
    return {
        "slug": specialty.slug,
        "name": specialty.name,
        "description": specialty.description,
        "booking": booking_channels(specialty),
    }


def concern_representation(concern):
    return {
        "slug": concern.slug,
        "name": concern.name,
        "description": concern.description,
        "also_known_as": [name.strip() for name in concern.also_known_as.split(",") if name.strip()],
    }
