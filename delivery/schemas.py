"""Schemas shared by every endpoint: images, SEO, links between languages, pagination."""

from ninja import Schema


class Rendition(Schema):
    url: str
    width: int
    height: int


class FocalPoint(Schema):
    x: int
    y: int
    width: int
    height: int


class ImageSchema(Schema):
    """An image ready for `srcset`: renditions at several widths, plus what is needed to crop it."""

    id: int
    alt: str
    width: int
    height: int
    focal_point: FocalPoint | None = None
    renditions: list[Rendition]


class Alternate(Schema):
    locale: str
    url: str


class Breadcrumb(Schema):
    title: str
    url: str


class Seo(Schema):
    title: str
    description: str
    canonical_url: str
    image: ImageSchema | None = None
    robots: str
