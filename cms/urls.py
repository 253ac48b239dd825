"""URL map: admin and API outside the language prefix, the public site under /en/ and /es/."""

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.static import serve as serve_media
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api
from delivery.views import api_not_found
from search.views import search_page

handler400 = "cms.views.bad_request"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api_not_found),  # before Django Ninja's API root, which answers HTML and checks CSRF
    path("api/v1/", api.urls),
    re_path(r"^api/(?P<rest>.*)$", api_not_found),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # Image files only: documents are served by Wagtail's view, which enforces collection privacy.
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>(?:original_images|images)/[^/]+)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL path", "search/"), search_page, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
