"""Project-wide middleware: language negotiation for the public site only, and the Content-Security-Policy."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
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


#: What the Wagtail admin (and Django's) needs beyond the site's policy: inline scripts and styles in its
#: templates, blob: image previews on upload. Nothing else on the site gets these.
ADMIN_PATHS = ("/admin/", "/django-admin/")
ADMIN_ALLOWANCES = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE], "img-src": ["blob:"]}
#: Swagger UI sets inline styles on its elements; the 500 page carries its own styles (templates/500.html
#: may use nothing that could be what failed, static files included).
INLINE_STYLES = {"style-src": [UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the site's strict policy, relaxed only where a third-party UI needs it."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        allowances = None
        if request.path_info.startswith(ADMIN_PATHS):
            allowances = ADMIN_ALLOWANCES
        elif request.path_info.startswith("/api/") and request.path_info.endswith("/docs"):
            allowances = INLINE_STYLES
        elif response.status_code >= 500:
            allowances = INLINE_STYLES
        if allowances:
            parts.update = {**allowances, **(parts.update or {})}
        return parts
