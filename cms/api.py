"""The delivery API for the public frontend, version 1: one NinjaAPI, routers from the apps."""

from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from ninja import NinjaAPI

from delivery.api import URL_NAMESPACE
from delivery.errors import register_error_handlers


def read_only_document(view):
    """The OpenAPI document and its docs page answer GET and HEAD; any other method is a 405.

    Django Ninja's views answer every method, and Django's CSRF check refuses a write before the view
    could say it does not take one: a PUT got a 403 about a missing token instead of a 405.
    """
    return csrf_exempt(require_safe(view))


api = NinjaAPI(
    title="Clínica CMS delivery API",
    version="1.0.0",
    description=(
        "Cacheable API for the clinic's public website: pages by localized path, treatment listings, site "
        "settings, sitemap, search and draft previews; and appointment requests, its one write. Every error is "
        '`{"error": {"code", "message", "field"}}`, including a method an operation does not list (405, with '
        "`Allow`) and a path no operation matches (404). HEAD answers like GET, without a body. Public answers "
        "carry `ETag` and `Last-Modified`; a conditional request whose copy is current gets a 304. A request the "
        "server cannot read is refused before any operation, in the same shape: a request line over 4094 bytes "
        "(400, `request_too_large`), headers too large (431) or malformed (400), an unsupported transfer coding "
        "(501)."
    ),
    urls_namespace=URL_NAMESPACE,
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs_decorator=read_only_document,
)
register_error_handlers(api)
api.add_router("/", "treatments.api.router")
api.add_router("/", "home.api.router")
api.add_router("/pages/", "delivery.api.pages.router")
api.add_router("/", "delivery.api.preview.router")
api.add_router("/search/", "search.api.router")
api.add_router("/appointments/", "appointments.api.router")
