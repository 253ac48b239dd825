"""GET /api/v1/preview/?token= — a draft page, in the same shape as a live page, for the frontend's preview."""

from ninja import Query, Router

from delivery.api.pages import PageResponse
from delivery.caching import json_response
from delivery.errors import ApiError, responses
from delivery.preview import read_preview_token
from delivery.representation import UnservedPageType, page_representation

router = Router(tags=["preview"])


TOKEN_DESCRIPTION = (
    "The signed token from the frontend's `/preview?token=` URL, which the CMS's preview opens. "
    "It names one page revision and expires after an hour (`PREVIEW_TOKEN_MAX_AGE`)."
)


@router.get(
    "/preview/",
    response=responses(PageResponse, 401, 404, revalidated=False),
    operation_id="get_preview",
    summary="A draft page for preview",
    description=(
        "The page revision a preview token names, as the same page representation as "
        "`/pages/by-path/` and `/pages/{id}/` (discriminated by `type`), including content that is not "
        "published. Answers are `Cache-Control: private, no-store` and never stored in a shared cache. "
        "Errors: 400 `invalid_parameter` without a token; 401 `invalid_token` for a token that was altered "
        "or not made by the CMS; 401 `expired_token` once it is older than `PREVIEW_TOKEN_MAX_AGE`; "
        "404 `not_found` when its revision (or page) has been deleted."
    ),
)
def get_preview(request, token: str = Query(..., min_length=1, description=TOKEN_DESCRIPTION)):
    revision = read_preview_token(token)
    try:
        data = page_representation(revision.as_object(), request=request)
    except UnservedPageType as error:
        raise ApiError(404, "not_found", "The API does not serve this type of page.", "token") from error
    response = json_response(request, data, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response
