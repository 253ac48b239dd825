"""The project's URLs plus stock ``wagtail.api.v2`` under /api/v2/, for the benchmark's comparison only.

The v2 router comes first: ``cms.urls`` answers everything else under /api/ with a JSON 404.
``bench.stock_api`` declares the ``api_fields`` a team using stock v2 would need to serve the same
content as /api/v1/ (body, hero image renditions, specialty, reviewer, concerns, key facts).
"""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from bench.stock_api import declare_api_fields
from cms.urls import urlpatterns as project_urlpatterns

declare_api_fields()

stock_api = WagtailAPIRouter("wagtailapi")
stock_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", stock_api.urls), *project_urlpatterns]
