"""API schemas for treatment listings: cards, the snippets they are filtered by, and key facts.

A card is what a listing shows of a treatment article (title, summary, hero image, specialty,
concerns, key facts); the full article is the page representation. Specialties and concerns are
named by their slug, which is the same in every language, so a filter link works in both.
"""

import datetime
import unicodedata
from enum import StrEnum
from typing import Literal

from ninja import Schema
from pydantic import Field, field_validator

from delivery.locales import LOCALE_HELP, OptionalLanguageCode
from delivery.schemas import ImageSchema

from .choices import BODY_AREAS, KEY_FACT_RANGES

BodyArea = StrEnum("BodyArea", {code: code for code, _label in BODY_AREAS})
BodyArea.__doc__ = "A body area code from the clinic's fixed list (the target-areas block)."


class BodyAreaSchema(Schema):
    """A body area: its code (the same in every language, used by filters) and its name in the page's language."""

    code: BodyArea
    label: str


class TreatmentOrdering(StrEnum):
    """How a treatment listing is sorted; a leading '-' reverses the order."""

    TITLE = "title"
    TITLE_DESC = "-title"
    LAST_REVIEWED = "last_reviewed"
    LAST_REVIEWED_DESC = "-last_reviewed"
    FIRST_PUBLISHED = "first_published"
    FIRST_PUBLISHED_DESC = "-first_published"


MAX_LIMIT = 100
MAX_OFFSET = 100_000  # beyond any real catalogue; an unbounded one overflows the database's integer


class TreatmentFilters(Schema):
    """The query parameters of the treatment listing; filters combine."""

    locale: OptionalLanguageCode = Field(None, description=LOCALE_HELP)
    specialty: str | None = Field(
        None, description="Specialty slug; the same in every language.", json_schema_extra={"example": "aesthetics"}
    )
    concern: str | None = Field(
        None, description="Concern slug; the same in every language.", json_schema_extra={"example": "acne-scars"}
    )
    area: BodyArea | None = Field(None, description="Body area code from the target-areas block, e.g. `face`.")
    ordering: TreatmentOrdering = Field(TreatmentOrdering.TITLE, description="Sort order; `-` reverses it.")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"Cards per page, 1 to {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description=f"Cards to skip, at most {MAX_OFFSET}.")

    @field_validator("specialty", "concern")
    @classmethod
    def no_control_characters(cls, value):
        """An unknown slug is data (an empty list), but one with a control character cannot be a slug at all,
        and PostgreSQL refuses a NUL in a query: a 400, before the database is asked."""
        if value is not None and any(unicodedata.category(character) == "Cc" for character in value):
            raise ValueError("A slug has no control characters.")
        return value


class BookingChannels(Schema):
    """Where to book with a specialty; empty strings are returned as null."""

    url: str | None = None
    phone: str | None = None
    whatsapp: str | None = None
    whatsapp_url: str | None = None


class SpecialtySchema(Schema):
    """A clinic department patients book with, in the requested language."""

    slug: str
    name: str
    description: str
    booking: BookingChannels


class SpecialtySummary(Schema):
    """The specialty named on a treatment card."""

    slug: str
    name: str


class ConcernSchema(Schema):
    """Something a patient wants treated, with the other words patients use for it."""

    slug: str
    name: str
    description: str
    also_known_as: list[str]


class ConcernSummary(Schema):
    """A concern named on a treatment card."""

    slug: str
    name: str


class KeyFactSchema(Schema):
    """A key fact as numbers: `low`, or the range `low`–`high`, in `unit`.

    `label` is the fact's name in the requested language where the site has a translation for it;
    frontends that format facts themselves should key on `name`.
    """

    name: Literal[tuple(name for name, *_rest in KEY_FACT_RANGES)]
    label: str
    low: int
    high: int | None = None
    unit: Literal[tuple(dict.fromkeys(unit for *_rest, unit in KEY_FACT_RANGES))]


class TreatmentCard(Schema):
    """A treatment as a listing shows it; `url` is the localized path of the article."""

    id: int
    locale: str
    title: str
    summary: str
    url: str
    hero: ImageSchema | None = None
    specialty: SpecialtySummary
    concerns: list[ConcernSummary]
    key_facts: list[KeyFactSchema]
    last_reviewed: datetime.date | None = Field(
        None, description="The day a medical reviewer approved the article (null if it was published without one)."
    )
    first_published_at: datetime.datetime | None = None


class TreatmentCardList(Schema):
    """One page of treatment cards and the total `count` matching the filters."""

    count: int
    limit: int
    offset: int
    results: list[TreatmentCard]
