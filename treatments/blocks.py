"""The typed blocks a treatment article is written in.

Each block holds one kind of medical content with its own rules, so that the frontend can render it
any way it likes, translators see short, separate strings, and an editor who breaks a rule is told
which field is wrong. Numbers (durations, lead times, years) are numbers, never prose.

Each block also owns its shape in the delivery API (``delivery.blocks``): derived from its children,
named by ``Meta.api_name`` where the class name is not the API's name, and declared in the block
(``Meta.api_schema`` with ``api_representation``) where the API adds or leaves out something.
"""

import datetime

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from delivery.schemas import ImageSchema

from .card_schemas import BodyAreaSchema, BookingChannels, SpecialtySummary
from .choices import BODY_AREAS, RISK_FREQUENCIES, TIME_UNITS
from .summaries import booking_channels, specialty_summary

ARTICLE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class EmptyTextAsStringMixin:
    """Optional text is kept as "" and never None.

    Content created outside the editor (imports, scripts, the API) can carry None, and
    wagtail-localize fails to extract a None string when the page is submitted for translation
    (wagtail-localize #918).
    """

    def to_python(self, value):
        return super().to_python("" if value is None else value)

    def get_prep_value(self, value):
        return super().get_prep_value("" if value is None else value)


class CharBlock(EmptyTextAsStringMixin, blocks.CharBlock):
    pass


class TextBlock(EmptyTextAsStringMixin, blocks.TextBlock):
    pass


def normalised(text):
    return " ".join(str(text or "").lower().split())


def reject_repeated_items(value, list_name, field, message):
    """Flag every item of value[list_name] whose field repeats an earlier one.

    A list that says the same thing twice is a slip (the legacy article listed a benefit twice); the
    error lands on the repeated field so the editor sees exactly which entry to fix.
    """
    seen = set()
    errors = {}
    for index, item in enumerate(value[list_name]):
        key = normalised(item[field])
        if key and key in seen:
            errors[index] = StructBlockValidationError(block_errors={field: ValidationError(message)})
        seen.add(key)
    if errors:
        raise StructBlockValidationError(block_errors={list_name: ListBlockValidationError(block_errors=errors)})


class SectionBlock(blocks.StructBlock):
    """A titled section of prose, such as "What is it?" or "How it works"."""

    heading = CharBlock(max_length=120, help_text=_("A short question or title, e.g. 'How does micro-needling work?'"))
    body = blocks.RichTextBlock(
        features=ARTICLE_RICH_TEXT_FEATURES,
        help_text=_("A few short paragraphs in plain language; link to related treatments where useful."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Section: overview / how it works")
        description = _("A heading followed by a few paragraphs explaining the treatment.")
        template = "treatments/blocks/section_block.html"
        preview_value = {"heading": "How it works", "body": "<p>Controlled micro-injuries renew the skin.</p>"}


class BenefitItemBlock(blocks.StructBlock):
    title = CharBlock(max_length=120, help_text=_("The benefit in a few words, e.g. 'Softer acne scars'."))
    detail = TextBlock(required=False, max_length=400, help_text=_("Optional: one sentence of explanation."))

    class Meta:
        icon = "success"
        label = _("Benefit")


class BenefitsBlock(blocks.StructBlock):
    """What a patient can expect to gain; each benefit is listed once."""

    heading = CharBlock(max_length=120, default="Benefits", help_text=_("Title shown above the list."))
    items = blocks.ListBlock(BenefitItemBlock(), min_num=1, label=_("Benefits"))

    class Meta:
        icon = "success"
        label = _("Benefits")
        description = _("A list of the results a patient can expect. At least one; no repeats.")
        template = "treatments/blocks/benefits_block.html"
        preview_value = {
            "heading": "Benefits",
            "items": [
                {"title": "Softer acne scars", "detail": "Scars look shallower."},
                {"title": "Smaller pores", "detail": ""},
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        reject_repeated_items(value, "items", "title", _("This benefit is already listed above."))
        return value


class BodyAreaBlock(blocks.ChoiceBlock):
    """A body area from the clinic's fixed list; the API gives its code and its name in the page's language."""

    choices = BODY_AREAS

    class Meta:
        api_schema = BodyAreaSchema

    def api_representation(self, value, context):
        return {"code": value, "label": str(dict(BODY_AREAS).get(value, value))}


class TargetAreaItemBlock(blocks.StructBlock):
    area = BodyAreaBlock(help_text=_("Body area from the clinic's fixed list."))
    note = CharBlock(
        required=False,
        max_length=250,
        help_text=_("Optional: what this area is treated for, e.g. 'stretch marks'."),
    )

    class Meta:
        icon = "crosshairs"
        label = _("Area")


class TargetAreasBlock(blocks.StructBlock):
    """Where on the body the treatment is used, chosen from a fixed list so listings can filter by it."""

    heading = CharBlock(max_length=120, default="Treatment areas", help_text=_("Title shown above the list."))
    areas = blocks.ListBlock(TargetAreaItemBlock(), min_num=1, label=_("Areas"))

    class Meta:
        icon = "crosshairs"
        label = _("Target areas")
        description = _("The body areas this treatment is used on, each with an optional note.")
        template = "treatments/blocks/target_areas_block.html"
        preview_value = {
            "heading": "Treatment areas",
            "areas": [
                {"area": "face", "note": "Lines and scars"},
                {"area": "thighs", "note": "Stretch marks"},
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        reject_repeated_items(
            value, "areas", "area", _("This area is already listed above; add its details to the first entry.")
        )
        return value


class PreparationItemBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("medication", _("Medication to pause")),
            ("product", _("Skin-care product to avoid")),
            ("activity", _("Activity to avoid")),
            ("consultation", _("Talk to your doctor")),
        ],
        default="medication",
        help_text=_("What sort of instruction this is."),
    )
    subject = CharBlock(max_length=120, help_text=_("The medication, product or activity, e.g. 'Ibuprofen'."))
    instruction = TextBlock(max_length=400, help_text=_("What the patient should do, in one or two sentences."))
    lead_time = blocks.IntegerBlock(
        min_value=0, max_value=365, help_text=_("How long before the appointment (a number, 0 = on the day).")
    )
    lead_time_unit = blocks.ChoiceBlock(choices=TIME_UNITS, default="days", help_text=_("Unit of the lead time."))

    class Meta:
        icon = "warning"
        label = _("Preparation item")
        api_descriptions = {"lead_time": "How long before the appointment, in `lead_time_unit` (0: on the day)."}


class PreparationBlock(blocks.StructBlock):
    """What to pause or avoid before the appointment, and how long before."""

    heading = CharBlock(max_length=120, default="Before your appointment", help_text=_("Title shown above."))
    intro = TextBlock(required=False, max_length=500, help_text=_("Optional introduction."))
    items = blocks.ListBlock(PreparationItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "clipboard-list"
        label = _("Preparation")
        description = _("Medications to pause and products to avoid, each with how long before the visit.")
        template = "treatments/blocks/preparation_block.html"
        preview_value = {
            "heading": "Before your appointment",
            "intro": "Tell us what you take.",
            "items": [
                {
                    "kind": "medication",
                    "subject": "Ibuprofen",
                    "instruction": "Switch to paracetamol for pain relief, if your doctor agrees.",
                    "lead_time": 7,
                    "lead_time_unit": "days",
                }
            ],
        }


class ProcedureStepBlock(blocks.StructBlock):
    title = CharBlock(max_length=120, help_text=_("Short name of the step, e.g. 'Numbing cream'."))
    description = TextBlock(max_length=600, help_text=_("What happens during this step."))
    duration_minutes = blocks.IntegerBlock(
        required=False,
        min_value=0,
        max_value=600,
        help_text=_("Optional: how many minutes this step takes (0 or more)."),
    )

    class Meta:
        icon = "time"
        label = _("Step")


class ProcedureStepsBlock(blocks.StructBlock):
    """The visit step by step, in order, with durations the frontend can add up."""

    heading = CharBlock(max_length=120, default="What happens during the session", help_text=_("Title."))
    steps = blocks.ListBlock(ProcedureStepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Procedure steps")
        description = _("The steps of the session in order, each with an optional duration in minutes.")
        template = "treatments/blocks/procedure_steps_block.html"
        preview_value = {
            "heading": "What happens during the session",
            "steps": [
                {"title": "Numbing", "description": "Cream is applied.", "duration_minutes": 45},
                {"title": "Needling", "description": "The pen is passed over the skin.", "duration_minutes": 30},
            ],
        }


class AftercareEntryBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("expect", _("What to expect")), ("do", _("What to do")), ("avoid", _("What to avoid"))],
        default="expect",
        help_text=_("Whether this entry describes a normal reaction, an instruction or something to avoid."),
    )
    starts_after = blocks.IntegerBlock(min_value=0, max_value=365, help_text=_("When it starts, after the session."))
    ends_after = blocks.IntegerBlock(
        required=False, min_value=0, max_value=365, help_text=_("Optional: when it ends (same unit).")
    )
    unit = blocks.ChoiceBlock(choices=TIME_UNITS, default="days", help_text=_("Unit of both times."))
    text = TextBlock(max_length=500, help_text=_("What happens or what to do at that time."))

    class Meta:
        icon = "date"
        label = _("Timeline entry")
        api_descriptions = {"unit": "Unit of `starts_after` and `ends_after`, counted from the session."}

    def clean(self, value):
        value = super().clean(value)
        ends, starts = value.get("ends_after"), value.get("starts_after")
        if ends is not None and starts is not None and ends < starts:
            raise StructBlockValidationError(
                block_errors={"ends_after": ValidationError(_("The end must not come before the start."))}
            )
        return value


class AftercareBlock(blocks.StructBlock):
    """What to expect and do after the session, as a timeline."""

    heading = CharBlock(max_length=120, default="After your session", help_text=_("Title shown above."))
    entries = blocks.ListBlock(AftercareEntryBlock(), min_num=1, label=_("Timeline"))

    class Meta:
        icon = "calendar-check"
        label = _("Aftercare / what to expect")
        description = _("A timeline of reactions to expect and care to take after the session.")
        template = "treatments/blocks/aftercare_block.html"
        preview_value = {
            "heading": "After your session",
            "entries": [
                {
                    "kind": "expect",
                    "starts_after": 0,
                    "ends_after": 2,
                    "unit": "days",
                    "text": "Redness, like mild sunburn.",
                }
            ],
        }


class RiskItemBlock(blocks.StructBlock):
    effect = CharBlock(max_length=160, help_text=_("The risk or side effect, e.g. 'Redness and swelling'."))
    frequency = blocks.ChoiceBlock(
        choices=RISK_FREQUENCIES, default="common", help_text=_("How often it happens, as medicine leaflets say it.")
    )
    detail = TextBlock(
        required=False, max_length=400, help_text=_("Optional: how long it lasts, and what to do if it happens.")
    )

    class Meta:
        icon = "warning"
        label = _("Risk or side effect")


class ContraindicationItemBlock(blocks.StructBlock):
    condition = CharBlock(
        max_length=160, help_text=_("Who should not have the treatment, e.g. 'Pregnancy or breastfeeding'.")
    )
    note = TextBlock(required=False, max_length=300, help_text=_("Optional: why, or what to do instead."))

    class Meta:
        icon = "cross"
        label = _("Contraindication")


class PauseItemBlock(blocks.StructBlock):
    subject = CharBlock(max_length=120, help_text=_("The medicine or treatment to stop, e.g. 'Isotretinoin'."))
    stop_before = blocks.IntegerBlock(
        min_value=0, max_value=365, help_text=_("How long before the session to stop it (a number).")
    )
    unit = blocks.ChoiceBlock(choices=TIME_UNITS, default="days", help_text=_("Unit of that time."))
    note = TextBlock(required=False, max_length=300, help_text=_("Optional: why, or what to take instead."))

    class Meta:
        icon = "time"
        label = _("Medicine or treatment to pause")
        api_descriptions = {"stop_before": "How long before the session to stop it, in `unit`."}


class RisksBlock(blocks.StructBlock):
    """What can go wrong, who should not have the treatment, and what to stop first: every article has one."""

    heading = CharBlock(max_length=120, default="Risks and who should not have it", help_text=_("Title."))
    risks = blocks.ListBlock(RiskItemBlock(), min_num=1, label=_("Risks and side effects"))
    contraindications = blocks.ListBlock(ContraindicationItemBlock(), min_num=1, label=_("Who should not have it"))
    pauses = blocks.ListBlock(PauseItemBlock(), min_num=0, default=[], label=_("Medicines or treatments to pause"))

    class Meta:
        icon = "warning"
        label = _("Risks and contraindications")
        description = _(
            "Risks and side effects with how common they are, who should not have the treatment, and what to "
            "stop before it. Required before an article is submitted for review."
        )
        template = "treatments/blocks/risks_block.html"
        preview_value = {
            "heading": "Risks and who should not have it",
            "risks": [
                {"effect": "Redness and swelling", "frequency": "very_common", "detail": "Gone within two days."},
                {"effect": "Scarring or dark spots", "frequency": "rare", "detail": ""},
            ],
            "contraindications": [{"condition": "Pregnancy or breastfeeding", "note": ""}],
            "pauses": [{"subject": "Isotretinoin", "stop_before": 6, "unit": "months", "note": ""}],
        }

    def clean(self, value):
        value = super().clean(value)
        reject_repeated_items(value, "risks", "effect", _("This risk is already listed above."))
        reject_repeated_items(value, "contraindications", "condition", _("This is already listed above."))
        reject_repeated_items(value, "pauses", "subject", _("This is already listed above."))
        return value


class ComparisonRowBlock(blocks.StructBlock):
    aspect = CharBlock(max_length=80, help_text=_("What is compared, e.g. 'Depth reached'."))
    this_treatment = CharBlock(max_length=200, help_text=_("How this treatment does."))
    alternative = CharBlock(max_length=200, help_text=_("How the alternative does."))

    class Meta:
        icon = "table"
        label = _("Row")


class ComparisonBlock(blocks.StructBlock):
    """This treatment side by side with an alternative patients ask about."""

    alternative_name = CharBlock(max_length=120, help_text=_("The alternative, e.g. 'Laser therapy'."))
    intro = TextBlock(required=False, max_length=500, help_text=_("Optional introduction."))
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=1, label=_("Rows"))
    verdict = TextBlock(max_length=500, help_text=_("A fair, one-paragraph conclusion."))

    class Meta:
        icon = "table"
        label = _("Comparison with an alternative")
        description = _("A table comparing this treatment with an alternative, with a verdict.")
        template = "treatments/blocks/comparison_block.html"
        preview_value = {
            "alternative_name": "Laser therapy",
            "intro": "",
            "rows": [{"aspect": "Cost", "this_treatment": "Lower", "alternative": "Higher"}],
            "verdict": "Both work; the right choice depends on your skin.",
        }


class FAQItemBlock(blocks.StructBlock):
    question = CharBlock(max_length=200, help_text=_("The question as a patient would ask it."))
    answer = blocks.RichTextBlock(features=ARTICLE_RICH_TEXT_FEATURES, help_text=_("A short, direct answer."))

    class Meta:
        icon = "help"
        label = _("Question")


class FAQBlock(blocks.StructBlock):
    """Questions patients ask, with answers; also published as structured data."""

    heading = CharBlock(max_length=120, default="Frequently asked questions", help_text=_("Title."))
    items = blocks.ListBlock(FAQItemBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("FAQ")
        description = _("Question and answer pairs.")
        template = "treatments/blocks/faq_block.html"
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [{"question": "Does it hurt?", "answer": "<p>Numbing cream keeps it comfortable.</p>"}],
        }

    def clean(self, value):
        value = super().clean(value)
        reject_repeated_items(value, "items", "question", _("This question is already asked above."))
        return value


class CalloutBlock(blocks.StructBlock):
    """A highlighted note: information, or a warning such as a medical disclaimer."""

    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning"))],
        default="info",
        help_text=_("Warnings are shown more prominently."),
    )
    title = CharBlock(required=False, max_length=120, help_text=_("Optional title."))
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], help_text=_("The message."))

    class Meta:
        icon = "info-circle"
        label = _("Callout")
        description = _("A highlighted information or warning box, e.g. a medical disclaimer.")
        template = "treatments/blocks/callout_block.html"
        preview_value = {
            "kind": "warning",
            "title": "Medical disclaimer",
            "text": "<p>This article informs; it does not replace a consultation.</p>",
        }


class ReferenceItemBlock(blocks.StructBlock):
    title = CharBlock(max_length=300, help_text=_("Title of the study, article or guideline."))
    publisher = CharBlock(max_length=200, help_text=_("Journal, organisation or publisher."))
    year = blocks.IntegerBlock(min_value=1900, help_text=_("Year of publication."))
    url = blocks.URLBlock(required=False, help_text=_("Optional: a link to the source."))

    class Meta:
        icon = "link"
        label = _("Reference")

    def clean(self, value):
        value = super().clean(value)
        next_year = datetime.date.today().year + 1
        if value["year"] and value["year"] > next_year:
            raise StructBlockValidationError(
                block_errors={"year": ValidationError(_("The year cannot be in the future."))}
            )
        return value


class ReferencesBlock(blocks.StructBlock):
    """The sources behind the article's medical claims."""

    heading = CharBlock(max_length=120, default="References", help_text=_("Title."))
    items = blocks.ListBlock(ReferenceItemBlock(), min_num=1, label=_("References"))

    class Meta:
        icon = "openquote"
        label = _("References")
        description = _("Studies and guidelines the article relies on: title, publisher, year and link.")
        template = "treatments/blocks/references_block.html"
        preview_value = {
            "heading": "References",
            "items": [
                {
                    "title": "Microneedling: a review",
                    "publisher": "Journal of Dermatology",
                    "year": 2021,
                    "url": "https://example.org/",
                }
            ],
        }


class BookingCTAValue(Schema):
    """A booking button. `specialty` and `booking` are null when the chosen specialty has no version in the
    page's language: the frontend then leaves the button out (or links to the site's general contact)."""

    specialty: SpecialtySummary | None = None
    booking: BookingChannels | None = None
    label: str
    text: str


class BookingCallToActionBlock(blocks.StructBlock):
    """A button to book with a specialty; the channels (web, phone, WhatsApp) come from the specialty."""

    specialty = SnippetChooserBlock(
        "treatments.Specialty", help_text=_("The specialty to book with; its booking channels are used.")
    )
    label = CharBlock(max_length=80, help_text=_("Button text, e.g. 'Book with an aesthetics specialist'."))
    text = TextBlock(required=False, max_length=300, help_text=_("Optional line shown above the button."))

    class Meta:
        icon = "calendar"
        label = _("Booking call to action")
        description = _("A booking button for one specialty; where it leads is set on the specialty.")
        template = "treatments/blocks/booking_cta_block.html"
        preview_value = {"specialty": None, "label": "Book an appointment", "text": ""}
        api_name = "BookingCTA"
        api_schema = BookingCTAValue

    def api_representation(self, value, context):
        """The specialty in the page's language, with its booking channels; null when it has none."""
        specialty = context.localized(value["specialty"])
        return {
            "specialty": specialty_summary(specialty) if specialty else None,
            "booking": booking_channels(specialty) if specialty else None,
            "label": value["label"],
            "text": value["text"],
        }


class ImageWithCaptionValue(Schema):
    """`image.alt` is the editor's description of the image; `image` is null if the image was deleted."""

    image: ImageSchema | None = None
    caption: str


class ImageWithCaptionBlock(blocks.StructBlock):
    """A photo or diagram; alt text describes it for people who cannot see it."""

    image = ImageChooserBlock(help_text=_("A photo or diagram."))
    alt_text = CharBlock(max_length=250, help_text=_("Describe the image for screen readers."))
    caption = CharBlock(required=False, max_length=250, help_text=_("Optional caption shown below."))

    class Meta:
        icon = "image"
        label = _("Image with caption")
        description = _("An image with its description and an optional caption.")
        template = "treatments/blocks/image_block.html"
        preview_value = {"image": None, "alt_text": "Diagram of the layers of the skin", "caption": "The skin's layers"}
        api_name = "Image"
        api_schema = ImageWithCaptionValue

    def api_representation(self, value, context):
        """The alt text goes with the image's renditions (``image.alt``)."""
        image = value["image"]
        return {"image": context.image(image.pk if image else None, value["alt_text"]), "caption": value["caption"]}


class TreatmentBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    benefits = BenefitsBlock()
    target_areas = TargetAreasBlock()
    preparation = PreparationBlock()
    procedure_steps = ProcedureStepsBlock()
    aftercare = AftercareBlock()
    risks = RisksBlock()
    comparison = ComparisonBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    references = ReferencesBlock()
    booking_cta = BookingCallToActionBlock()
    image = ImageWithCaptionBlock()

    class Meta:
        block_counts = {"target_areas": {"max_num": 1}, "risks": {"max_num": 1}}

    def clean(self, value):
        """An article goes to review with its risks stated; a draft may be saved before they are written."""
        cleaned = super().clean(value)
        if not self.is_deferred_validation and not any(child.block_type == "risks" for child in cleaned):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("Add a “Risks and contraindications” block: every article states its risks."))]
                )
            )
        return cleaned
