"""GET /api/v1/pages/by-path/ and GET /api/v1/pages/{page_id}/: one page, in the visitor's language, in one call.

``page_by_path_answer`` and ``page_by_id_answer`` build the answer as plain data (or raise an
``ApiError``); the endpoints only return it, so that caching can wrap the same functions.
"""

from typing import Annotated, Union

from ninja import Query, Router, Schema
from pydantic import Field, WithJsonSchema

from delivery.caching import cached_json_response
from delivery.errors import ApiError, ErrorDetail, ErrorResponse, bad_parameter
from delivery.locales import language_codes
from delivery.representation import UnservedPageType, load_page, page_representation, page_schemas
from delivery.routing import PATH_MAX_LENGTH, Resolution, SiteRoots, resolve_page_id, resolve_path
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
    alternates: list[Alternate] = Field(
        description="The page's live versions in other languages, if any: serve one or link to them."
    )


class PageNotFound(Schema):
    """`{"error": {"code": "not_found", "message", "field", "alternates": [{"locale", "url"}]}}`."""

    error: PageNotFoundDetail


#: The length limit is documented on the parameter and enforced by ``routing.parse_path``, whose 400 names ``path``.
PATH_SCHEMA = WithJsonSchema({"type": "string", "maxLength": PATH_MAX_LENGTH})

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
    if code is None or code == "":
        return None
    if code not in language_codes():
        raise bad_parameter("fallback", f"Unknown locale '{code}'. Use one of: {', '.join(language_codes())}.")
    return code


def page_by_path_answer(path, fallback=None, request=None):
    """The by-path answer: a page, a redirect (``{"redirect": {...}}``), or an ApiError (400, 404)."""
    fallback = fallback_language(fallback)
    resolution = resolve_path(path, request)
    if resolution.is_redirect:
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


ERRORS = {400: ErrorResponse, 404: PageNotFound}


@router.get(
    "/by-path/",
    response={200: Union[PageResponse, PageRedirect], **ERRORS},  # noqa: UP007
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
    fallback: str | None = Query(None, description=FALLBACK_HELP),
):
    return cached_json_response(
        request,
        "page-by-path",
        (path, fallback or ""),
        lambda: page_by_path_answer(path, fallback, request),
        locale=language_prefix(path),
        last_modified=lambda data: data.get("last_published_at"),
    )


def language_prefix(path):
    """The language code a path starts with (/es/…), so its cache entry is dropped with that language's."""
    code = path.strip("/").split("/", 1)[0]
    return code if code in language_codes() else None


@router.get(
    "/{page_id}/",
    response={200: PageResponse, **ERRORS},
    operation_id="get_page",
    summary="A page by its id",
    description=(
        "The same representation as `/pages/by-path/`, for a page id (as given in listings, navigation and "
        "webhooks). The language is the page's own; `fallback` works as for `/pages/by-path/`."
    ),
)
def get_page(request, page_id: int, fallback: str | None = Query(None, description=FALLBACK_HELP)):
    return page_by_id_answer(page_id, fallback, request)
