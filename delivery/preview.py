"""Draft previews on the separate frontend: signed preview tokens, and Wagtail's preview opening the frontend.

An editor's preview must show the page as the public frontend will render it, so when ``FRONTEND_URL`` is
set the admin preview (the side panel, "Preview in new tab", "View draft", a revision in the history and a
workflow task's preview) shows ``{FRONTEND_URL}/preview?token=…``. The frontend passes the token to
``GET /api/v1/preview/?token=…`` and gets the draft in the same shape as a live page.

A token is signed with ``SECRET_KEY`` (a ``TimestampSigner`` with a salt of its own, so no other signed value
of the site can pass for one). It names one page and one of its revisions and nothing else: it cannot be
turned into another page's draft, and it stops working after ``PREVIEW_TOKEN_MAX_AGE`` seconds (an hour by
default) or when its revision is deleted. Wagtail's autosave overwrites the editor's latest revision in
place (same id), so a token taken from the editor keeps showing what was last saved there.

Without ``FRONTEND_URL`` nothing changes: Wagtail's server-rendered preview with the page templates.

The frontend's ``/preview`` page is shown inside the admin, in an ``<iframe>``: it must allow being framed
by the admin's origin (``Content-Security-Policy: frame-ancestors 'self' https://<admin host>`` and no
``X-Frame-Options: DENY`` on that route), send ``Cache-Control: private, no-store``,
``X-Robots-Tag: noindex`` and ``Referrer-Policy: no-referrer`` (the token is in its URL), and call the API
from its server, not from the browser, if the API is not open to the browser by CORS. If the admin itself
sends a Content-Security-Policy, its ``frame-src`` must include ``FRONTEND_URL``.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from wagtail.models import Revision

from .errors import ApiError

PREVIEW_TOKEN_SALT = "delivery.preview.token"
DEFAULT_PREVIEW_TOKEN_MAX_AGE = 3600


def preview_token_max_age():
    return int(getattr(settings, "PREVIEW_TOKEN_MAX_AGE", DEFAULT_PREVIEW_TOKEN_MAX_AGE))


def frontend_url():
    """The frontend's base URL without a trailing slash, or "" when previews stay server-rendered."""
    return (getattr(settings, "FRONTEND_URL", "") or "").rstrip("/")


def _signer():
    return signing.TimestampSigner(salt=PREVIEW_TOKEN_SALT)


def make_preview_token(revision):
    """A signed token for one page revision, valid for ``PREVIEW_TOKEN_MAX_AGE`` seconds from now."""
    return _signer().sign_object({"page": int(revision.object_id), "revision": revision.pk})


def read_preview_token(token):
    """The page revision a token names, or an ``ApiError``: 401 for a bad or expired token, 404 for a gone draft."""
    try:
        payload = _signer().unsign_object(token, max_age=preview_token_max_age())
    except signing.SignatureExpired as error:
        raise ApiError(
            401, "expired_token", "This preview link has expired. Open the preview again from the CMS.", "token"
        ) from error
    except signing.BadSignature as error:
        raise ApiError(401, "invalid_token", "This preview token is not valid.", "token") from error

    page_id, revision_id = (payload.get("page"), payload.get("revision")) if isinstance(payload, dict) else (0, 0)
    if not (isinstance(page_id, int) and isinstance(revision_id, int)):
        raise ApiError(401, "invalid_token", "This preview token is not valid.", "token")

    revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(page_id)).first()
    if revision is None or revision.content_object is None:
        raise ApiError(404, "not_found", "The draft this preview token points to no longer exists.", "token")
    return revision


def frontend_preview_url(revision):
    return f"{frontend_url()}/preview?{urlencode({'token': make_preview_token(revision)})}"


class HeadlessPreviewMixin:
    """For page models: when ``FRONTEND_URL`` is set, Wagtail's preview shows the page on the frontend.

    Put it before ``Page`` in the bases: ``class TreatmentPage(HeadlessPreviewMixin, Page)``. Only the
    preview changes, so it needs no migration. The preview is of a saved revision (the one a token can
    name): in the editor that is the latest revision, which Wagtail's autosave keeps up to date; for a
    revision in the history or a workflow task, that revision. A page that has no revision yet (a new page
    before its first save) keeps the server-rendered preview.
    """

    frontend_preview_template = "delivery/frontend_preview.html"

    def with_content_json(self, content):
        # Remember which revision content this object was built from (Revision.as_object() passes it),
        # so that serve_preview can find the revision: Wagtail does not tell the preview which one it is.
        obj = super().with_content_json(content)
        obj._preview_source_content = content
        return obj

    def serve_preview(self, request, mode_name):
        if not frontend_url():
            return super().serve_preview(request, mode_name)
        revision = self.get_preview_revision(request)
        if revision is None:
            return super().serve_preview(request, mode_name)
        return TemplateResponse(
            request,
            self.frontend_preview_template,
            {
                "page": self,
                "revision": revision,
                "frontend_preview_url": frontend_preview_url(revision),
                "token_max_age_minutes": preview_token_max_age() // 60,
                "in_preview_panel": getattr(request, "in_preview_panel", False),
            },
        )

    def get_preview_revision(self, request):
        """The saved revision this preview object shows, or None when it is not one (a page not yet saved)."""
        if self.pk is None or self.latest_revision_id is None:
            return None
        revisions = Revision.page_revisions.filter(object_id=str(self.pk))
        # A workflow task's preview names its revision.
        if revision_id := getattr(request, "revision_id", None):
            return revisions.filter(pk=revision_id).first()
        source = getattr(self, "_preview_source_content", None)
        if source is None:
            # The database copy, which Wagtail previews when the page has no unpublished changes.
            return self.latest_revision if not self.has_unpublished_changes else self.live_revision
        # The editor and "View draft" preview the latest revision; the history may preview an older one.
        if self.latest_revision.content == source:
            return self.latest_revision
        for revision in revisions.exclude(pk=self.latest_revision_id).order_by("-created_at", "-id").iterator():
            if revision.content == source:
                return revision
        return None
