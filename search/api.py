"""Search endpoints of the delivery API: results and search-box completions, in one language.

Answers are cached like listings (``delivery.caching``): per query (as typed) and parameters, in the
cache generation of the language, so a publish in that language makes the next search see it.
"""

from ninja import Query, Router

from delivery.caching import cached_json_response
from delivery.errors import bad_parameter, responses
from delivery.locales import resolve_locale
from delivery.routing import SiteRoots
from treatments.models import Specialty

from .query import InvalidQuery, clean_query_text, without_control_characters
from .schemas import SearchParameters, SearchResults, Suggestions, SuggestParameters
from .service import page_summary, run_completion, run_search

router = Router(tags=["search"])
SUGGESTION_LIMIT = 10


@router.get(
    "/",
    response=responses(SearchResults),
    summary="Search pages",
    description=(
        "Live public pages of one language matching what the visitor typed, best first, with a highlighted "
        "excerpt. Accents, case, plurals and small typos do not matter; concern names, their other names and "
        "glossary terms count as synonyms. An empty query or one over 200 characters is a 400."
    ),
)
def search(request, params: Query[SearchParameters]):
    text = clean_query(params.q)
    locale = resolve_locale(params.locale)
    return cached_json_response(
        request,
        "search",
        (locale.language_code, text, params.specialty or "", params.limit, params.offset),
        lambda: search_answer(text, locale, params, request),
    )


@router.get(
    "/suggest/",
    response=responses(Suggestions),
    summary="Search-box completions",
    description=(
        "Up to 10 treatment titles and concern names with a word starting with what the visitor has typed so "
        "far (a concern's other names count), in one language; treatments link to their page."
    ),
)
def suggest(request, params: Query[SuggestParameters]):
    text = clean_query(params.q)
    locale = resolve_locale(params.locale)
    return cached_json_response(
        request,
        "suggest",
        (locale.language_code, text),
        lambda: suggest_answer(text, locale, request),
    )


def clean_query(text):
    try:
        return clean_query_text(text)
    except InvalidQuery as error:
        raise bad_parameter("q", str(error)) from None


def search_answer(text, locale, params, request):
    outcome = run_search(text, locale, resolve_specialty(params.specialty, locale), params.limit, params.offset)
    roots = SiteRoots.for_request(request)
    return {
        "query": text,
        "locale": locale.language_code,
        "count": outcome.total,
        "limit": params.limit,
        "offset": params.offset,
        "corrected": outcome.corrections,
        "results": [result(item.page, item.hit, roots) for item in outcome.found],
    }


def resolve_specialty(slug, locale):
    if not slug:
        return None
    specialty = Specialty.objects.filter(slug=without_control_characters(slug), locale=locale).first()
    if specialty is None:
        raise bad_parameter("specialty", f"Unknown specialty '{slug}'.")
    return specialty


def result(page, hit, roots):
    specialty = getattr(page, "specialty", None)
    return {
        "id": page.pk,
        "type": page._meta.label,
        "title": page.title,
        "url": roots.path(page) or "",
        "summary": page_summary(page),
        "specialty": {"slug": specialty.slug, "name": specialty.name} if specialty else None,
        "excerpt": hit.excerpt,
        "score": hit.score,
    }


def suggest_answer(text, locale, request):
    roots = SiteRoots.for_request(request)
    return {
        "query": text,
        "locale": locale.language_code,
        "suggestions": [
            {"text": item.text, "kind": item.kind, "url": roots.path(page) if page is not None else None}
            for item, page in run_completion(text, locale, SUGGESTION_LIMIT)
        ],
    }
