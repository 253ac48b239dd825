"""Language negotiation for the public site only."""

from django.middleware.locale import LocaleMiddleware

UNPREFIXED_PATHS = ("/api/", "/admin/", "/django-admin/", "/documents/", "/static/", "/media/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths outside the language prefixes.

    The stock middleware answers a 404 under /api/ with a redirect to /en/api/… whenever the prefixed
    path would match a pattern — and Wagtail's catch-all page route matches everything — so an API
    client would be redirected instead of receiving its JSON 404.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
