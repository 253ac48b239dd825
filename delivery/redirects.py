"""Wagtail's redirects on the server-rendered site, minus those that would reveal a page the public cannot see.

Wagtail creates a redirect whenever a page's slug changes — also when wagtail-localize saves a *draft*
translation, whose new slug is written to the page row at once. Followed as it is, `/es/…/old-slug/`
would answer 301 to the unpublished slug. A redirect to a page that is not live and public is not followed
(the path answers 404, as if it had none) until that page is published; the delivery API applies the
same rule in `delivery.routing.find_redirect`.
"""

from urllib.parse import urlparse

from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .visibility import is_visible, rows_with_visibility


class VisibleRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request, response):
        redirected = super().process_response(request, response)
        if redirected is response:
            return response
        redirect = redirect_for(request)
        if redirect is not None and redirect.redirect_page_id is not None and not target_is_visible(redirect):
            return response
        return redirected


def redirect_for(request):
    """The Redirect Wagtail's middleware followed: for the full path, else for the path without its query."""
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    return get_redirect(request, path) or get_redirect(request, urlparse(path).path)


def target_is_visible(redirect):
    target = next(iter(rows_with_visibility(Page.objects.filter(pk=redirect.redirect_page_id))), None)
    return target is not None and is_visible(target)
