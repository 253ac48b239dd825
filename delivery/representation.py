"""A page as the frontend receives it: the envelope every page type shares, and the types that fill it.

``page_representation(page)`` builds a plain dict (the caller turns it into a response, caches it or
previews it): ``id``, ``type``, ``locale``, ``title``, ``url`` (localized path), ``last_published_at``,
``seo``, ``alternates`` (the page in other languages, live and public only), ``breadcrumbs`` (live,
public ancestors from the language's home page down to the parent), ``translation`` (``complete`` or
``outdated``, and the ``fallback`` served instead of a missing translation), ``structured_data``
(schema.org JSON-LD), then the fields of the page type.

Page types register here (``register_page_type``) from their app's ``serializers`` module, which the
app imports when it is ready, with their schema and a function returning their own fields; the API's
page union is made of these schemas.

The page may be a revision's unsaved copy (previews): content is read from the instance, never
re-fetched by id. A page read with its type's ``queryset()`` is represented in a fixed number of
queries whatever its number of blocks and images: rich text links, images (with their renditions)
and relatives are each read in bulk.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from django.db.models import ForeignKey
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from ninja import Schema
from wagtail import blocks
from wagtail.blocks.field_block import ChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from localization.status import page_translation_state
from localization.streams import leaves

from .dependencies import depends_on, translation_state_tag
from .images import image_representation, rendition_specs
from .richtext import RichTextRenderer, stored_id
from .routing import PageFamily, SiteRoots
from .schemas import Alternate, Breadcrumb, Seo
from .structured_data import web_page_graph
from .visibility import is_visible

# --- Schemas -------------------------------------------------------------------------------------------


class TranslationFallback(Schema):
    """Set when the requested language has no live version of the page and another language's was served."""

    requested: str
    served: str


class TranslationInfo(Schema):
    """How current this language's version is.

    `complete`: the source language, or a translation that is up to date. `outdated`: the published
    translation was made from an older version of the source page (or of a snippet it shows): some of
    its text may still be missing or old.
    """

    status: Literal["complete", "outdated"]
    fallback: TranslationFallback | None = None


class PageSchema(Schema):
    """What every page carries; each page type adds its own fields and fixes `type`."""

    id: int
    type: str
    locale: str
    title: str
    url: str
    last_published_at: datetime.datetime | None = None
    seo: Seo
    alternates: list[Alternate]
    breadcrumbs: list[Breadcrumb]
    translation: TranslationInfo
    structured_data: dict[str, Any]


# --- Page types ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageType:
    """How one page model is represented.

    ``serialize(page, context)`` returns the model's own fields. ``description(page)`` is the SEO
    description when the editor left ``search_description`` empty; ``image(page, context)`` the SEO
    image; ``structured_data(page, context, data)`` the JSON-LD (a plain web page by default).
    ``select_related`` / ``prefetch_related`` make ``queryset()`` read what ``serialize`` uses.
    """

    model: type[Page]
    schema: type[PageSchema]
    serialize: Callable[[Page, "RepresentationContext"], dict]
    description: Callable[[Page], str] | None = None
    image: Callable[[Page, "RepresentationContext"], dict | None] | None = None
    structured_data: Callable[[Page, "RepresentationContext", dict], dict] | None = None
    select_related: tuple = ()
    prefetch_related: tuple = ()

    @property
    def name(self):
        return self.model._meta.label

    def queryset(self):
        return (
            self.model.objects.select_related("locale", *self.select_related)
            .prefetch_related(*self.prefetch_related)
            .order_by()
        )


_page_types: dict[type[Page], PageType] = {}


def register_page_type(model, schema, serialize, **options):
    """Make a page model servable by the API; called from an app's ``serializers`` module."""
    _page_types[model] = PageType(model, schema, serialize, **options)


def page_types():
    """Every registered page type, by type name."""
    return sorted(_page_types.values(), key=lambda page_type: page_type.name)


def page_type_for(model):
    page_types()
    return _page_types.get(model)


def page_schemas():
    return [page_type.schema for page_type in page_types()]


def load_page(row):
    """The specific page for a base ``Page`` row, read as its type represents it; None if not served."""
    page_type = page_type_for(row.content_type.model_class())
    if page_type is None:
        return None
    return page_type.queryset().filter(pk=row.pk).first()


# --- Building ------------------------------------------------------------------------------------------


class UnservedPageType(LookupError):
    pass


def page_representation(page, request=None, *, family=None, fallback_from=None):
    """The dict the API answers for a page (the page union's schema).

    ``family`` is the page's ``routing.PageFamily`` when routing already read it; ``fallback_from``
    the language that was asked for when this page is served in its place. Raises ``UnservedPageType``
    for a page model no app registered.
    """
    page = page if type(page) is not Page else page.specific
    page_type = page_type_for(type(page))
    if page_type is None:
        raise UnservedPageType(f"The API does not serve pages of type {type(page)._meta.label}.")
    context = RepresentationContext(page, request, family)
    with translation.override(context.language_code):
        context.prefetch()
        data = {
            "id": page.pk,
            "type": page_type.name,
            "locale": context.language_code,
            "title": page.title,
            "url": context.url(page) or "",
            "last_published_at": page.last_published_at,
            "seo": None,
            "alternates": context.alternates(),
            "breadcrumbs": [{"title": row.title, "url": url} for row, url in context.breadcrumbs],
            "translation": {
                "status": translation_status(page),
                "fallback": {"requested": fallback_from, "served": context.language_code} if fallback_from else None,
            },
            "structured_data": {},
        }
        data.update(page_type.serialize(page, context))
        description = page.search_description or (page_type.description(page) if page_type.description else "")
        data["seo"] = {
            "title": page.seo_title or page.title,
            "description": description,
            "canonical_url": context.full_url(page) or "",
            "image": page_type.image(page, context) if page_type.image else None,
            "robots": "index, follow" if page.live else "noindex, nofollow",
        }
        data["structured_data"] = (page_type.structured_data or web_page_graph)(page, context, data)
    return data


class RepresentationContext:
    """What representing one page needs besides the page, read once and in bulk.

    Serializers and blocks ask it for URLs (``url``, ``full_url``), images (``image``), render-ready rich
    text (``html``), objects chosen in blocks (``chosen``) and their version in the page's language
    (``localized``).
    """

    def __init__(self, page, request=None, family=None):
        self.page = page
        self.request = request
        self.roots = SiteRoots.for_request(request)
        self.language_code = page.locale.language_code
        self.family = family if family is not None and family.covers(page) else PageFamily.for_page(page)
        self.images = PageImages()
        self.rich_text = RichTextRenderer(page.locale_id, self.roots)
        self.content = PageContent()
        self.chosen_objects = {}  # model -> {pk: instance}, read on first use
        self.translations = {}  # (model, translation key) -> the instance in the page's locale or None

    def prefetch(self):
        """Read in bulk every image and rich-text link target of the page's fields and blocks."""
        self.content = PageContent.of(self.page)
        self.images.prefetch(self.content.image_ids)
        self.rich_text.prefetch(self.content.rich_text)

    # URLs

    def url(self, page):
        return self.roots.path(page)

    def full_url(self, page):
        return self.roots.full_url(page)

    def absolute(self, path):
        """A path of the page's site as an absolute URL."""
        root = self.roots.root_of(self.page)
        return f"{root.root_url}{path}" if root is not None and path else path

    @cached_property
    def home_url(self):
        """The absolute URL of the home page in the page's language (``https://…/es/``)."""
        try:
            path = reverse("wagtail_serve", args=("",))
        except NoReverseMatch:
            path = "/"
        return self.absolute(path)

    # Relatives

    def alternates(self):
        rows = [row for row in self.family.translations(self.page) if is_visible(row)]
        return [{"locale": row.locale.language_code, "url": url} for row in rows if (url := self.url(row))]

    @cached_property
    def breadcrumbs(self):
        """(row, path) of the visible ancestors from the language's site root down to the parent."""
        root = self.roots.root_of(self.page)
        if root is None:
            return []
        rows = self.family.ancestors(self.page)
        return [
            (row, url)
            for row in rows
            if row.url_path.startswith(root.root_path) and is_visible(row) and (url := self.url(row))
        ]

    # Content

    def image(self, image_id, alt):
        return self.images.representation(image_id, alt)

    def html(self, value):
        """Render-ready HTML for a rich text value (``RichText`` or stored HTML)."""
        return self.rich_text.render(getattr(value, "source", value) or "")

    def chosen(self, model, pk):
        """An object chosen in one of the page's blocks: every object of its model the blocks choose is read
        in one query (images come with their renditions); None if it was deleted."""
        if not pk:
            return None
        if model is get_image_model():
            self.images.prefetch([pk])
            return self.images.images.get(pk)
        if model not in self.chosen_objects:
            wanted = self.content.chosen_ids.get(model, set())
            found = model.objects.in_bulk(wanted)
            self.chosen_objects[model] = {chosen_id: found.get(chosen_id) for chosen_id in wanted}  # None: deleted
        if pk not in self.chosen_objects[model]:  # not in the page's stored data (a value built in code)
            self.chosen_objects[model][pk] = model.objects.filter(pk=pk).first()
        return self.chosen_objects[model][pk]

    def localized(self, instance):
        """The version of a translatable object in the page's language (itself if it is in it), or None.

        A block may still point to another language's object (chosen before the page was translated):
        the page-language versions of every such object the page chose are read in one query.
        """
        if instance is None or instance.locale_id == self.page.locale_id:
            return instance
        model = type(instance)
        if (model, instance.translation_key) not in self.translations:
            chosen = [obj for obj in self.chosen_objects.get(model, {}).values() if obj is not None]
            keys = {obj.translation_key for obj in [*chosen, instance] if obj.locale_id != self.page.locale_id}
            by_key = {
                obj.translation_key: obj
                for obj in model.objects.filter(translation_key__in=keys, locale_id=self.page.locale_id)
            }
            self.translations.update({(model, key): by_key.get(key) for key in keys})
        return self.translations[(model, instance.translation_key)]


# --- Content references --------------------------------------------------------------------------------


@dataclass
class PageContent:
    """The rich text, image ids and other chosen objects' ids of a page's fields and blocks, read from raw
    data (nothing fetched)."""

    rich_text: list[str] = field(default_factory=list)
    image_ids: set[int] = field(default_factory=set)
    chosen_ids: dict[type, set] = field(default_factory=dict)

    @classmethod
    def of(cls, page):
        content = cls()
        image_model = get_image_model()
        for model_field in page._meta.concrete_fields:
            value = getattr(page, model_field.attname, None)
            if isinstance(model_field, RichTextField):
                content.rich_text.append(value or "")
            elif isinstance(model_field, StreamField) and value is not None:
                for leaf in leaves(model_field.stream_block, list(value.raw_data)):
                    content.add(leaf.block, leaf.stored)
            elif isinstance(model_field, ForeignKey) and model_field.related_model is image_model and value:
                content.image_ids.add(value)
        return content

    def add(self, block, stored):
        """One leaf of a block's stored value."""
        if isinstance(block, blocks.RichTextBlock):
            self.rich_text.append(stored if isinstance(stored, str) else "")
        elif isinstance(block, ImageChooserBlock):
            if image_id := stored_id(stored):
                self.image_ids.add(image_id)
        elif isinstance(block, ChooserBlock):
            if chosen_id := stored_id(stored):
                self.chosen_ids.setdefault(block.model_class, set()).add(chosen_id)


class PageImages:
    """The images of one representation with their renditions, read in one query.

    Renditions are looked up with their image (``select_related``); an image none of whose renditions
    exist yet is read on its own and its renditions are created once, as Wagtail does.
    """

    def __init__(self):
        self.specs = rendition_specs()
        self.images = {}

    def prefetch(self, image_ids):
        wanted = {image_id for image_id in image_ids if image_id} - set(self.images)
        if not wanted:
            return
        image_model = get_image_model()
        renditions = image_model.get_rendition_model().objects.filter(image_id__in=wanted, filter_spec__in=self.specs)
        for rendition in renditions.select_related("image"):
            image = self.images.setdefault(rendition.image_id, rendition.image)
            rendition.image = image
            if not hasattr(image, "prefetched_renditions"):
                image.prefetched_renditions = []
            image.prefetched_renditions.append(rendition)
        unrendered = wanted - set(self.images)
        if unrendered:
            for image in image_model.objects.filter(pk__in=unrendered).prefetch_renditions(*self.specs):
                self.images[image.pk] = image
        for image_id in wanted - set(self.images):
            self.images[image_id] = None  # deleted: never looked for again

    def representation(self, image_id, alt):
        if not image_id:
            return None
        if image_id not in self.images:
            self.prefetch([image_id])
        image = self.images.get(image_id)
        return image_representation(image, alt) if image is not None else None


def translation_status(page):
    """``complete`` or ``outdated``, which wagtail-localize's records decide: they drop this answer, and only
    the answers that show the status (``invalidation.on_translation_state_changed``), when they change."""
    depends_on(translation_state_tag(page.pk))
    return page_translation_state(page)
