"""Stored rich text ("database HTML") as HTML a frontend can render as it is.

Wagtail stores links and images as references (``<a linktype="page" id="12">``, ``<embed
embedtype="image" id="3" format="left" alt="…"/>``). ``expand_db_html`` turns them into URLs for
Wagtail's own templates, one query per fragment and with the English page where the visitor reads
Spanish unless the right language is active. Here, for one page:

- page links point to the localized frontend path of the linked page in the page's language (its
  translation when there is a live, public one, else the linked page itself if it is live and public);
  a link to a draft, a private page or a deleted page keeps its text but loses its ``href``;
- document links and images point to absolute URLs on the CMS (``WAGTAILADMIN_BASE_URL``), since the
  frontend is served from another origin;
- other link and embed types (external, e-mail, anchors, media embeds) are rendered as Wagtail does.

All references of all the page's rich text are read together (``prefetch``): one query for pages,
one for documents and one for images, whatever the number of fragments.
"""

from django.conf import settings
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.formats import get_image_format
from wagtail.models import Page
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import (
    FIND_A_TAG,
    FIND_EMBED_TAG,
    EmbedRewriter,
    LinkRewriter,
    MultiRuleRewriter,
    extract_attrs,
)

from .dependencies import depends_on_pages
from .visibility import is_visible, rows_with_visibility


def absolute_url(url):
    """An URL of the CMS as an absolute one, as Wagtail's ``Rendition.full_url`` makes it."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return f"{base.rstrip('/')}{url}" if base and url.startswith("/") else url


def stored_id(value):
    """An object id as stored in content (``"12"`` or ``12``), or None when it cannot be one.

    Content is data, and imports or hand edits may leave odd values: ``"²".isdigit()`` is true, yet
    ``int("²")`` fails. An id that is not a number is a reference to nothing, never an error.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def references(sources):
    """{"page": ids, "document": ids, "image": ids} referenced by the given rich text sources."""
    found = {"page": set(), "document": set(), "image": set()}
    for source in sources:
        for match in FIND_A_TAG.finditer(source):
            attrs = extract_attrs(match.group(1))
            if attrs.get("linktype") in ("page", "document") and (object_id := stored_id(attrs.get("id"))):
                found[attrs["linktype"]].add(object_id)
        for match in FIND_EMBED_TAG.finditer(source):
            attrs = extract_attrs(match.group(1))
            if attrs.get("embedtype") == "image" and (object_id := stored_id(attrs.get("id"))):
                found["image"].add(object_id)
    return found


class RichTextRenderer:
    """Expands the rich text of one page, in the page's locale, after one bulk read of its references."""

    def __init__(self, locale_id, roots):
        self.locale_id = locale_id
        self.roots = roots
        self.page_urls = {}  # linked page id -> localized path, or None when not linkable
        self.documents = {}
        self.images = {}
        link_handlers = features.get_link_types()
        embed_handlers = features.get_embed_types()
        link_rules = {linktype: handler.expand_db_attributes_many for linktype, handler in link_handlers.items()}
        embed_rules = {embedtype: handler.expand_db_attributes_many for embedtype, handler in embed_handlers.items()}
        link_rules.update(page=self.page_links, document=self.document_links)
        embed_rules.update(image=self.image_embeds)
        self.rewrite = MultiRuleRewriter([LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)])

    def prefetch(self, sources):
        wanted = references(sources)
        self.fetch_pages(wanted["page"] - set(self.page_urls))
        self.fetch_documents(wanted["document"] - set(self.documents))
        self.fetch_images(wanted["image"] - set(self.images))

    def render(self, source):
        if not source:
            return ""
        self.prefetch([source])  # no query when the page's rich text was prefetched
        return self.rewrite(source)

    # Reading references

    def fetch_pages(self, page_ids):
        """The linked pages and their versions in this locale, in one query."""
        if not page_ids:
            return
        depends_on_pages(page_ids)  # found or not: a link to a page published later must appear then
        keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
        translations = Page.objects.filter(translation_key__in=keys, locale_id=self.locale_id).order_by().values("pk")
        ids = Page.objects.filter(pk__in=page_ids).order_by().values("pk").union(translations)  # each by an index
        rows = rows_with_visibility(Page.objects.filter(pk__in=ids))
        in_locale = {row.translation_key: row for row in rows if row.locale_id == self.locale_id and is_visible(row)}
        by_id = {row.pk: row for row in rows}
        for page_id in page_ids:
            row = by_id.get(page_id)
            target = None
            if row is not None:
                target = in_locale.get(row.translation_key) or (row if is_visible(row) else None)
            self.page_urls[page_id] = self.roots.path(target) if target is not None else None

    def fetch_documents(self, document_ids):
        if document_ids:
            found = get_document_model().objects.in_bulk(document_ids)
            self.documents.update({document_id: found.get(document_id) for document_id in document_ids})

    def fetch_images(self, image_ids):
        if image_ids:
            found = get_image_model().objects.in_bulk(image_ids)
            self.images.update({image_id: found.get(image_id) for image_id in image_ids})

    # Rewriting rules (each receives every tag of its type in one fragment)

    def page_links(self, attrs_list):
        tags = []
        for attrs in attrs_list:
            url = self.page_urls.get(stored_id(attrs.get("id")))
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags

    def document_links(self, attrs_list):
        tags = []
        for attrs in attrs_list:
            document = self.documents.get(stored_id(attrs.get("id")))
            tags.append(f'<a href="{escape(absolute_url(document.url))}">' if document is not None else "<a>")
        return tags

    def image_embeds(self, attrs_list):
        tags = []
        for attrs in attrs_list:
            image = self.images.get(stored_id(attrs.get("id")))
            try:
                image_format = get_image_format(attrs.get("format", ""))
            except KeyError:
                image_format = None
            if image is None or image_format is None:
                tags.append('<img alt="">')
                continue
            rendition = image.get_rendition(image_format.filter_spec)
            classname = f' class="{escape(image_format.classname)}"' if image_format.classname else ""
            tags.append(
                f'<img alt="{escape(attrs.get("alt", ""))}"{classname} height="{rendition.height}" '
                f'src="{escape(rendition.full_url)}" width="{rendition.width}">'
            )
        return tags
