"""The project's URLs plus stock ``wagtail.api.v2`` under /api/v2/ and the server's floor (``bench.floor``) at
/bench/floor/, for the benchmarks' comparisons only.

The v2 router comes first: ``cms.urls`` answers everything else under /api/ with a JSON 404.
``bench.stock_api`` declares the ``api_fields`` a team using stock v2 would need to serve the same
content as /api/v1/ (body, hero image renditions, specialty, reviewer, concerns, key facts);
``STOCK_API_FIELDS=bare`` leaves them out (v2 then answers titles and meta fields only).
"""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from bench.floor import floor
from bench.stock_api import declare_api_fields, stock_fields_wanted
from cms.urls import urlpatterns as project_urlpatterns

if stock_fields_wanted():
    declare_api_fields()

stock_api = WagtailAPIRouter("wagtailapi")
stock_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", stock_api.urls), path("bench/floor/", floor), *project_urlpatterns]
