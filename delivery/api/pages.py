"""GET /api/v1/pages/by-path/ and GET /api/v1/pages/{page_id}/: one page, in the visitor's language, in one call.

``page_by_path_answer`` and ``page_by_id_answer`` build the answer as plain data (or raise an
``ApiError``, which is never cached); the endpoints check their parameters, then serve the answer
through ``delivery.caching`` with validators.
"""

from typing import Annotated, Union

from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field, WithJsonSchema

from delivery.caching import cached_json_response
from delivery.dependencies import depends_on_live_pages
from delivery.errors import ApiError, ErrorDetail, responses
from delivery.locales import OptionalLanguageCode, language_codes, requested_language
from delivery.representation import UnservedPageType, load_page, page_representation, page_schemas
from delivery.routing import (
    PATH_MAX_LENGTH,
    PATH_PATTERN,
    Resolution,
    SiteRoots,
    parse_path,
    resolve_page_id,
    resolve_path,
)
from delivery.schemas import Alternate

router = Router(tags=["pages"])

MAX_PAGE_ID = 2**63 - 1

#: Any page the API serves, discriminated by ``type`` (``"treatments.TreatmentPage"``, ``"home.HomePage"`` …).
PageResponse = Annotated[Union[tuple(page_schemas())], Field(discriminator="type")]  # noqa: UP007


class RedirectTarget(Schema):
    to: str = Field(
        description="Where to send the visitor: a localized path of the site (`/es/tratamientos/micropuncion/`) "
        "or, for a redirect to another site, an absolute URL."
    )
    permanent: bool = Field(description="True for a permanent redirect (answer 301/308), false for a temporary one.")


class PageRedirect(Schema):
    """The path is covered by a redirect (an old slug, a moved page, an editor's redirect)."""

    redirect: RedirectTarget


class PageNotFoundDetail(ErrorDetail):
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["No live page in 'es' here. It exists in: en."])
    field: str | None = Field(None, examples=[None])
    alternates: list[Alternate] = Field(
        description="The page's live versions in other languages, if any: serve one or link to them."
    )


class PageNotFound(Schema):
    """`{"error": {"code": "not_found", "message", "field", "alternates": [{"locale", "url"}]}}`."""

    error: PageNotFoundDetail


#: The length limit is documented on the parameter and enforced by ``routing.parse_path``, whose 400 names ``path``.
PATH_SCHEMA = WithJsonSchema(
    {
        "type": "string",
        "maxLength": PATH_MAX_LENGTH,
        "pattern": PATH_PATTERN,
        "example": "/es/tratamientos/microagujas/",
    }
)

FALLBACK_HELP = (
    "A language code (`en`) to serve when the page has no live version in the requested language; the answer "
    "then says so in `translation.fallback`. Without it, that case is a 404 listing the `alternates`."
)
PATH_HELP = (
    "The path the visitor asked for, with its language prefix: `/es/tratamientos/microagujas/` (trailing slash "
    "optional, percent-encoding accepted). Malformed paths and unknown language prefixes are a 400 (`field`: "
    "`path`), except an old unprefixed path that a redirect covers."
)


def fallback_language(code):
    return requested_language(code, "fallback") if code is not None else None


def page_by_path_answer(path, fallback=None, request=None):
    """The by-path answer: a page, a redirect (``{"redirect": {...}}``), or an ApiError (400, 404)."""
    fallback = fallback_language(fallback)
    resolution = resolve_path(path, request)
    if resolution.is_redirect:
        # A page published at this path later is served instead: a publish in its language drops the answer.
        language = parse_path(path).language_code
        depends_on_live_pages(*([language] if language else language_codes()))
        return {"redirect": {"to": resolution.redirect_to, "permanent": resolution.redirect_permanent}}
    return answer(resolution, fallback, request)


def page_by_id_answer(page_id, fallback=None, request=None):
    """The by-id answer: the page, or an ApiError (400, 404)."""
    fallback = fallback_language(fallback)
    if not 0 < page_id <= MAX_PAGE_ID:  # beyond the database's integers: no such page
        raise page_not_found(Resolution(None), request)
    return answer(resolve_page_id(page_id), fallback, request)


def answer(resolution: Resolution, fallback, request):
    try:
        if resolution.page is not None:
            page = load_page(resolution.page)
            if page is not None:
                return page_representation(page, request, family=resolution.family)
        elif fallback and fallback != resolution.language_code and (served := resolution.alternate_in(fallback)):
            # A page of the asked language published at this path later is served instead.
            depends_on_live_pages(resolution.language_code)
            page = load_page(served)
            if page is not None:
                return page_representation(page, request, fallback_from=resolution.language_code)
    except UnservedPageType:
        pass
    raise page_not_found(resolution, request)


def page_not_found(resolution, request):
    roots = SiteRoots.for_request(request)
    alternates = [
        {"locale": row.locale.language_code, "url": url} for row in resolution.alternates if (url := roots.path(row))
    ]
    language = resolution.language_code
    message = f"No live page in '{language}' here." if language else "No live page here."
    if alternates:
        message += " It exists in: " + ", ".join(alternate["locale"] for alternate in alternates) + "."
    return ApiError(404, "not_found", message, extra={"alternates": alternates})


#: A page that is not there answers with where it exists instead.
NOT_FOUND = {404: PageNotFound}


@router.get(
    "/by-path/",
    response=responses(Union[PageResponse, PageRedirect]) | NOT_FOUND,  # noqa: UP007
    operation_id="get_page_by_path",
    summary="A page by its localized path",
    description=(
        "The live, public page at a path the visitor typed, in the language of its prefix (`/es/…`), as one of "
        "the page types (discriminated by `type`). A path that a redirect covers answers 200 with "
        '`{"redirect": {"to", "permanent"}}` instead of a page: the frontend redirects the visitor. A page '
        "with no live version in that language is a 404 whose `error.alternates` lists the versions that exist, "
        "unless `fallback` names one of them. Drafts, unpublished and private pages are 404s."
    ),
)
def get_page_by_path(
    request,
    path: Annotated[str, PATH_SCHEMA] = Query(..., description=PATH_HELP),
    fallback: OptionalLanguageCode = Query(None, description=FALLBACK_HELP),
):
    # Checked before the cache is looked at: keys are made of checked values, never of raw input, and
    # every spelling of a path (percent-encoded, without its final slash) shares one entry.
    canonical, fallback = parse_path(path).canonical, fallback_language(fallback)
    return cached_page_response(
        request, "page-by-path", (canonical, fallback or ""), lambda: page_by_path_answer(path, fallback, request)
    )


@router.get(
    "/{page_id}/",
    response=responses(PageResponse) | NOT_FOUND,
    operation_id="get_page",
    summary="A page by its id",
    description=(
        "The same representation as `/pages/by-path/`, for a page id (as given in listings, navigation and "
        "webhooks). The language is the page's own; `fallback` works as for `/pages/by-path/`."
    ),
)
def get_page(request, page_id: int, fallback: OptionalLanguageCode = Query(None, description=FALLBACK_HELP)):
    fallback = fallback_language(fallback)
    return cached_page_response(
        request, "page-by-id", (page_id, fallback or ""), lambda: page_by_id_answer(page_id, fallback, request)
    )


def cached_page_response(request, kind, key_parts, build):
    """A page answer from the cache, with validators.

    It is dropped when a page or object it loaded changes (``delivery.dependencies``). It may also state
    what holds on the day it is built (a medical review that lapses at midnight), so it is kept for that
    day only: the site's local date is part of its key.
    """
    day = timezone.localdate().isoformat()
    return cached_json_response(request, kind, (*key_parts, day), build)
