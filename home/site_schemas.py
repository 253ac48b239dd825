"""API schemas for what every page of the site shows (the clinic, navigation, legal notices) and the sitemap."""

import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from delivery.schemas import Alternate
from treatments.card_schemas import SpecialtySchema

from .choices import SOCIAL_NETWORKS, WEEKDAYS

Weekday = Literal[tuple(code for code, _name in WEEKDAYS)]
SocialNetwork = Literal[tuple(code for code, _name in SOCIAL_NETWORKS)]


class PostalAddress(Schema):
    """The clinic's address, as lines ready to print and as parts (for maps and structured data)."""

    lines: list[str]
    street_address: str
    neighbourhood: str | None = None
    city: str
    region: str
    postal_code: str
    country: str  # ISO 3166-1 alpha-2, e.g. "MX"


#: A wall-clock time without an offset. OpenAPI's ``format: time`` (RFC 3339) requires one, which a
#: clinic's opening hours do not have: they are the clinic's local time, whatever the reader's zone.
CLOCK_TIME = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
CLOCK_TIME_HELP = "Local time (the clinic's), 24-hour `HH:MM`."


class OpeningHours(Schema):
    """One opening period: the days it applies to and its times, for each language to format."""

    days: list[Weekday]
    opens: str = Field(pattern=CLOCK_TIME, description=CLOCK_TIME_HELP, examples=["09:00"])
    closes: str = Field(pattern=CLOCK_TIME, description=CLOCK_TIME_HELP, examples=["19:00"])


class Coordinates(Schema):
    latitude: float
    longitude: float


class SocialLink(Schema):
    network: SocialNetwork
    url: str


class ClinicDetails(Schema):
    """Facts about the clinic, the same in every language; empty contact fields are null."""

    name: str
    address: PostalAddress
    phone: str | None = None
    whatsapp: str | None = None
    whatsapp_url: str | None = None
    email: str | None = None
    opening_hours: list[OpeningHours]
    coordinates: Coordinates | None = None
    social_links: list[SocialLink]


class ClinicTexts(Schema):
    """The clinic's own sentences in the requested language; null where no translation is ready yet.

    Never another language's text: a field still in English under Spanish is null.
    """

    tagline: str | None = None
    opening_hours_note: str | None = None
    medical_disclaimer: str | None = None
    privacy_summary: str | None = None


class NavigationLink(Schema):
    """A link to a live, public page of the requested language, by localized path."""

    id: int
    title: str
    url: str


class LegalNotices(Schema):
    advertising_permit: str | None = None  # COFEPRIS permiso de publicidad
    privacy_notice_url: str | None = None  # localized path; null without a live notice in this language


class SiteInformation(Schema):
    """Everything the frame of each page needs in one language: clinic, texts, menus and legal notices."""

    locale: str
    clinic: ClinicDetails
    texts: ClinicTexts
    navigation: list[NavigationLink]
    footer_links: list[NavigationLink]
    legal: LegalNotices
    booking_channels: list[SpecialtySchema]


class SitemapEntry(Schema):
    """A live, public page: its absolute URL, when it was last published, and its live translations.

    `alternates` lists every live, public version of the page, this one included, as hreflang wants.
    """

    url: str
    locale: str
    last_modified: datetime.datetime | None = None
    alternates: list[Alternate]


class Sitemap(Schema):
    page: int = Field(description="This page's number, from 1.")
    pages: list[SitemapEntry]


class SitemapPage(Schema):
    locale: str
    page: int
    count: int = Field(description="How many URLs the page lists (fewer if some pages belong to no site).")
    path: str = Field(description="The API path that serves it: `/api/v1/sitemap/?locale=es&page=1`.")


class SitemapIndex(Schema):
    """The sitemap's pages, language by language (a sitemap index in the sitemaps protocol's terms)."""

    page_size: int = Field(description="The most URLs one page lists (`SITEMAP_PAGE_SIZE`; 50,000 at most).")
    sitemaps: list[SitemapPage]
