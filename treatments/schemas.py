"""API schemas for a treatment article: its page fields and one named schema per body block.

Each body item is ``{"type": "<block type>", "id": "<uuid>", "value": {...}}`` with a schema of its own
(``SectionBlockSchema``, ``BenefitsBlockSchema`` …), and ``body`` is a union of them discriminated by
``type``, so generated TypeScript narrows an item by its type. The blocks own these schemas
(``treatments.blocks``, derived by ``delivery.blocks``): rich text is render-ready HTML, numbers stay
numbers, choices are their codes.

Snippet summaries, booking channels, key facts and body-area codes are the listing's schemas
(``treatments.card_schemas``): a card and the article describe them alike.
"""

import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from delivery.blocks import stream_item_schemas, stream_item_union
from delivery.representation import PageSchema
from delivery.schemas import ImageSchema

from .blocks import TreatmentBodyBlock
from .card_schemas import BodyAreaSchema, ConcernSummary, KeyFactSchema, SpecialtySummary
from .review_dates import DUE_SOON_DAYS, REVIEW_STATUSES

#: The schema of each body block type, by type; each block declares or derives its own (``delivery.blocks``).
BLOCK_SCHEMAS = stream_item_schemas(TreatmentBodyBlock())

TreatmentBodyItem = stream_item_union(TreatmentBodyBlock())


# --- The page --------------------------------------------------------------------------------------------


class ReviewerSchema(Schema):
    """The medical reviewer whose approval published the article (health-advertising rules ask for all four)."""

    name: str
    credentials: str
    licence_number: str = Field(description="Cédula profesional (7 or 8 digits).")
    institution: str = Field(description="The institution that issued the professional title.")


class MedicalReview(Schema):
    """Who approved the article's medical content, when, and when it is checked again."""

    reviewer: ReviewerSchema
    last_reviewed: datetime.date = Field(description="The day the reviewer approved the article.")
    next_review_due: datetime.date = Field(description="The last review date plus the clinic's review period.")
    status: Literal[REVIEW_STATUSES] = Field(
        description=(
            f"On the day of the answer: `due_soon` within {DUE_SOON_DAYS} days of `next_review_due`, `overdue` "
            "after it. An overdue article's review has lapsed: say so beside the reviewer; the content stays."
        )
    )


class TreatmentPageSchema(PageSchema):
    """A treatment article."""

    type: Literal["treatments.TreatmentPage"]
    summary: str
    hero: ImageSchema | None = None
    specialty: SpecialtySummary
    concerns: list[ConcernSummary]
    areas: list[BodyAreaSchema] = Field(description="The areas of the target-areas block, in its order.")
    key_facts: list[KeyFactSchema]
    review: MedicalReview | None = Field(
        description="The medical review that published the article; null only in the preview of a draft never approved."
    )
    body: list[TreatmentBodyItem]
