"""The delivery API for the public frontend, version 1: one NinjaAPI, routers from the apps."""

from ninja import NinjaAPI

from delivery.errors import register_error_handlers

api = NinjaAPI(
    title="Clínica CMS delivery API",
    version="1.0.0",
    description=(
        "Cacheable API for the clinic's public website: pages by localized path, treatment listings, site "
        "settings, sitemap, search and draft previews; and appointment requests, its one write. Every error is "
        '`{"error": {"code", "message", "field"}}`.'
    ),
    urls_namespace="api_v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
)
register_error_handlers(api)
api.add_router("/", "treatments.api.router")
api.add_router("/", "home.api.router")
api.add_router("/pages/", "delivery.api.pages.router")
api.add_router("/", "delivery.api.preview.router")
api.add_router("/search/", "search.api.router")
api.add_router("/appointments/", "appointments.api.router")
