"""API schemas for a treatment article: its page fields and one named schema per body block.

Each body item is ``{"type": "<block type>", "id": "<uuid>", "value": {...}}`` with a schema of its own
(``SectionBlockSchema``, ``BenefitsBlockSchema`` …), and ``body`` is a union of them discriminated by
``type``, so generated TypeScript narrows an item by its type. Rich text fields (``body`` of a section,
FAQ answers, callout text) are render-ready HTML. Numbers stay numbers; choices are their codes.

Snippet summaries, booking channels, key facts and body-area codes are the listing's schemas
(``treatments.card_schemas``): a card and the article describe them alike.
"""

import datetime
from typing import Annotated, Literal, Union

from ninja import Schema
from pydantic import Field

from delivery.representation import PageSchema
from delivery.schemas import ImageSchema

from .card_schemas import BodyArea, BookingChannels, ConcernSummary, KeyFactSchema, SpecialtySummary

TimeUnit = Literal["minutes", "hours", "days", "weeks", "months"]


class BodyAreaSchema(Schema):
    """A body area: its code (the same in every language, used by filters) and its name in the page's language."""

    code: BodyArea
    label: str


# --- Block values ----------------------------------------------------------------------------------------


class SectionValue(Schema):
    heading: str
    body: str = Field(description="Render-ready HTML.")


class BenefitItem(Schema):
    title: str
    detail: str


class BenefitsValue(Schema):
    heading: str
    items: list[BenefitItem]


class TargetAreaItem(Schema):
    area: BodyAreaSchema
    note: str


class TargetAreasValue(Schema):
    heading: str
    areas: list[TargetAreaItem]


class PreparationItem(Schema):
    kind: Literal["medication", "product", "activity", "consultation"]
    subject: str
    instruction: str
    lead_time: int = Field(description="How long before the appointment, in `lead_time_unit` (0: on the day).")
    lead_time_unit: TimeUnit


class PreparationValue(Schema):
    heading: str
    intro: str
    items: list[PreparationItem]


class ProcedureStep(Schema):
    title: str
    description: str
    duration_minutes: int | None = None


class ProcedureStepsValue(Schema):
    heading: str
    steps: list[ProcedureStep]


class AftercareEntry(Schema):
    kind: Literal["expect", "do", "avoid"]
    starts_after: int
    ends_after: int | None = None
    unit: TimeUnit = Field(description="Unit of `starts_after` and `ends_after`, counted from the session.")
    text: str


class AftercareValue(Schema):
    heading: str
    entries: list[AftercareEntry]


class ComparisonRow(Schema):
    aspect: str
    this_treatment: str
    alternative: str


class ComparisonValue(Schema):
    alternative_name: str
    intro: str
    rows: list[ComparisonRow]
    verdict: str


class FAQItem(Schema):
    question: str
    answer: str = Field(description="Render-ready HTML.")


class FAQValue(Schema):
    heading: str
    items: list[FAQItem]


class CalloutValue(Schema):
    kind: Literal["info", "warning"]
    title: str
    text: str = Field(description="Render-ready HTML.")


class ReferenceItem(Schema):
    title: str
    publisher: str
    year: int
    url: str | None = None


class ReferencesValue(Schema):
    heading: str
    items: list[ReferenceItem]


class BookingCTAValue(Schema):
    """A booking button. `specialty` and `booking` are null when the chosen specialty has no version in the
    page's language: the frontend then leaves the button out (or links to the site's general contact)."""

    specialty: SpecialtySummary | None = None
    booking: BookingChannels | None = None
    label: str
    text: str


class ImageWithCaptionValue(Schema):
    """`image.alt` is the editor's description of the image; `image` is null if the image was deleted."""

    image: ImageSchema | None = None
    caption: str


# --- Body items ------------------------------------------------------------------------------------------


class SectionBlockSchema(Schema):
    type: Literal["section"]
    id: str
    value: SectionValue


class BenefitsBlockSchema(Schema):
    type: Literal["benefits"]
    id: str
    value: BenefitsValue


class TargetAreasBlockSchema(Schema):
    type: Literal["target_areas"]
    id: str
    value: TargetAreasValue


class PreparationBlockSchema(Schema):
    type: Literal["preparation"]
    id: str
    value: PreparationValue


class ProcedureStepsBlockSchema(Schema):
    type: Literal["procedure_steps"]
    id: str
    value: ProcedureStepsValue


class AftercareBlockSchema(Schema):
    type: Literal["aftercare"]
    id: str
    value: AftercareValue


class ComparisonBlockSchema(Schema):
    type: Literal["comparison"]
    id: str
    value: ComparisonValue


class FAQBlockSchema(Schema):
    type: Literal["faq"]
    id: str
    value: FAQValue


class CalloutBlockSchema(Schema):
    type: Literal["callout"]
    id: str
    value: CalloutValue


class ReferencesBlockSchema(Schema):
    type: Literal["references"]
    id: str
    value: ReferencesValue


class BookingCTABlockSchema(Schema):
    type: Literal["booking_cta"]
    id: str
    value: BookingCTAValue


class ImageBlockSchema(Schema):
    type: Literal["image"]
    id: str
    value: ImageWithCaptionValue


#: The schema of each block type of ``TreatmentBodyBlock``, by block type.
BLOCK_SCHEMAS = {
    "section": SectionBlockSchema,
    "benefits": BenefitsBlockSchema,
    "target_areas": TargetAreasBlockSchema,
    "preparation": PreparationBlockSchema,
    "procedure_steps": ProcedureStepsBlockSchema,
    "aftercare": AftercareBlockSchema,
    "comparison": ComparisonBlockSchema,
    "faq": FAQBlockSchema,
    "callout": CalloutBlockSchema,
    "references": ReferencesBlockSchema,
    "booking_cta": BookingCTABlockSchema,
    "image": ImageBlockSchema,
}

TreatmentBodyItem = Annotated[Union[tuple(BLOCK_SCHEMAS.values())], Field(discriminator="type")]  # noqa: UP007


# --- The page --------------------------------------------------------------------------------------------


class ReviewerSchema(Schema):
    name: str
    credentials: str
    licence_number: str = Field(description="Cédula profesional (7 or 8 digits).")


class MedicalReview(Schema):
    """Who checked the article's medical content, and when it is checked again."""

    reviewer: ReviewerSchema
    last_reviewed: datetime.date
    next_review_due: datetime.date


class TreatmentPageSchema(PageSchema):
    """A treatment article."""

    type: Literal["treatments.TreatmentPage"]
    summary: str
    hero: ImageSchema | None = None
    specialty: SpecialtySummary
    concerns: list[ConcernSummary]
    areas: list[BodyAreaSchema] = Field(description="The areas of the target-areas block, in its order.")
    key_facts: list[KeyFactSchema]
    review: MedicalReview
    body: list[TreatmentBodyItem]
