"""A treatment article as the delivery API represents it (``treatments.schemas.TreatmentPageSchema``).

Each body block becomes ``{"type", "id", "value"}`` with the value its schema describes. Rich text is
rendered through the representation context (localized links); images come from the context's bulk
read, so image blocks are taken from the stream's raw data (an id, alt text and caption) rather than
from Wagtail's chooser conversion, which would read the images a second time.

A booking call to action carries the booking channels of its specialty in the page's language: the
translation wagtail-localize chose, or, if the block still points to another language's specialty,
that specialty's version in the page's language; with none, ``specialty`` and ``booking`` are null and
the block keeps its type.
"""

from django.db.models import Prefetch

from delivery.representation import register_page_type
from delivery.richtext import stored_id
from delivery.structured_data import graph, medical_procedure, page_nodes, person, reference

from .blocks import BODY_AREAS
from .models import Specialty, TreatmentConcern, TreatmentPage
from .schemas import TreatmentPageSchema

AREA_NAMES = dict(BODY_AREAS)


def text(value):
    return value if isinstance(value, str) else ("" if value is None else str(value))


def area(code):
    return {"code": code, "label": str(AREA_NAMES.get(code, code))}  # the name in the active language


def specialty_summary(specialty):
    return {"slug": specialty.slug, "name": specialty.name}


def booking_channels(specialty):
    return {
        "url": specialty.booking_url or None,
        "phone": specialty.phone or None,
        "whatsapp": specialty.whatsapp or None,
        "whatsapp_url": specialty.whatsapp_url or None,
    }


def concern_summaries(page):
    """The page's concerns, in the editors' order (``treatment_concerns`` prefetched with their concern)."""
    return [{"slug": link.concern.slug, "name": link.concern.name} for link in page.treatment_concerns.all()]


def key_facts(page):
    """The key facts as numbers, each with its label in the active language."""
    return [
        {"name": fact.name, "label": str(fact.label), "low": fact.low, "high": fact.high, "unit": fact.unit}
        for fact in page.key_facts
    ]


def treatment_fields(page, context):
    body = TreatmentBody(page, context).items()
    areas = [entry["area"] for item in body if item["type"] == "target_areas" for entry in item["value"]["areas"]]
    reviewer = page.reviewer
    return {
        "summary": page.summary,
        "hero": context.image(page.hero_image_id, page.hero_alt_text),
        "specialty": specialty_summary(page.specialty),
        "concerns": concern_summaries(page),
        "areas": areas,
        "key_facts": key_facts(page),
        "review": {
            "reviewer": {
                "name": reviewer.name,
                "credentials": reviewer.credentials,
                "licence_number": reviewer.licence_number,
            },
            "last_reviewed": page.last_reviewed,
            "next_review_due": page.next_review_due,
        },
        "body": body,
    }


class TreatmentBody:
    """The body of one article as a list of typed items, one method per block type."""

    def __init__(self, page, context):
        self.page = page
        self.context = context
        self.stream = page.body
        self.specialties = {}  # translation key -> the specialty in the page's locale (or None)

    def items(self):
        raw_items = list(self.stream.raw_data)
        self.localize_specialties([index for index, raw in enumerate(raw_items) if raw["type"] == "booking_cta"])
        serializers = {
            "section": self.section,
            "benefits": self.benefits,
            "target_areas": self.target_areas,
            "preparation": self.preparation,
            "procedure_steps": self.procedure_steps,
            "aftercare": self.aftercare,
            "comparison": self.comparison,
            "faq": self.faq,
            "callout": self.callout,
            "references": self.references,
            "booking_cta": self.booking_cta,
            "image": self.image,
        }
        items = []
        for index, raw in enumerate(raw_items):
            block_type = raw["type"]
            # Image blocks are read raw: their images come from the context's bulk read.
            value = (raw.get("value") or {}) if block_type == "image" else self.stream[index].value
            items.append({"type": block_type, "id": raw.get("id") or "", "value": serializers[block_type](value)})
        return items

    def localize_specialties(self, indexes):
        """Find, in one query, the page-language version of CTA specialties chosen in another language."""
        chosen = [self.stream[index].value["specialty"] for index in indexes]
        locale_id = self.page.locale_id
        foreign = {specialty.translation_key for specialty in chosen if specialty and specialty.locale_id != locale_id}
        if foreign:
            found = Specialty.objects.filter(translation_key__in=foreign, locale_id=locale_id)
            self.specialties = {specialty.translation_key: specialty for specialty in found}

    def localized(self, specialty):
        if specialty is None or specialty.locale_id == self.page.locale_id:
            return specialty
        return self.specialties.get(specialty.translation_key)

    # One method per block type: the block's value as its schema describes it.

    def section(self, value):
        return {"heading": text(value["heading"]), "body": self.context.html(value["body"])}

    def benefits(self, value):
        items = [{"title": text(item["title"]), "detail": text(item["detail"])} for item in value["items"]]
        return {"heading": text(value["heading"]), "items": items}

    def target_areas(self, value):
        areas = [{"area": area(item["area"]), "note": text(item["note"])} for item in value["areas"]]
        return {"heading": text(value["heading"]), "areas": areas}

    def preparation(self, value):
        items = [
            {
                "kind": item["kind"],
                "subject": text(item["subject"]),
                "instruction": text(item["instruction"]),
                "lead_time": item["lead_time"],
                "lead_time_unit": item["lead_time_unit"],
            }
            for item in value["items"]
        ]
        return {"heading": text(value["heading"]), "intro": text(value["intro"]), "items": items}

    def procedure_steps(self, value):
        steps = [
            {
                "title": text(step["title"]),
                "description": text(step["description"]),
                "duration_minutes": step["duration_minutes"],
            }
            for step in value["steps"]
        ]
        return {"heading": text(value["heading"]), "steps": steps}

    def aftercare(self, value):
        entries = [
            {
                "kind": entry["kind"],
                "starts_after": entry["starts_after"],
                "ends_after": entry["ends_after"],
                "unit": entry["unit"],
                "text": text(entry["text"]),
            }
            for entry in value["entries"]
        ]
        return {"heading": text(value["heading"]), "entries": entries}

    def comparison(self, value):
        rows = [
            {
                "aspect": text(row["aspect"]),
                "this_treatment": text(row["this_treatment"]),
                "alternative": text(row["alternative"]),
            }
            for row in value["rows"]
        ]
        return {
            "alternative_name": text(value["alternative_name"]),
            "intro": text(value["intro"]),
            "rows": rows,
            "verdict": text(value["verdict"]),
        }

    def faq(self, value):
        items = [
            {"question": text(item["question"]), "answer": self.context.html(item["answer"])} for item in value["items"]
        ]
        return {"heading": text(value["heading"]), "items": items}

    def callout(self, value):
        return {"kind": value["kind"], "title": text(value["title"]), "text": self.context.html(value["text"])}

    def references(self, value):
        items = [
            {
                "title": text(item["title"]),
                "publisher": text(item["publisher"]),
                "year": item["year"],
                "url": item["url"] or None,
            }
            for item in value["items"]
        ]
        return {"heading": text(value["heading"]), "items": items}

    def booking_cta(self, value):
        specialty = self.localized(value["specialty"])
        return {
            "specialty": specialty_summary(specialty) if specialty else None,
            "booking": booking_channels(specialty) if specialty else None,
            "label": text(value["label"]),
            "text": text(value["text"]),
        }

    def image(self, raw_value):
        return {
            "image": self.context.image(stored_id(raw_value.get("image")), text(raw_value.get("alt_text"))),
            "caption": text(raw_value.get("caption")),
        }


# --- Structured data -----------------------------------------------------------------------------------------


def blocks_of(data, block_type):
    return [item["value"] for item in data["body"] if item["type"] == block_type]


def treatment_structured_data(page, context, data):
    """MedicalWebPage (reviewed by a licensed Person) about a MedicalProcedure, breadcrumbs and the clinic."""
    url = data["seo"]["canonical_url"]
    procedure_id = f"{url}#procedure"
    reviewer = data["review"]["reviewer"]
    steps = [step for value in blocks_of(data, "procedure_steps") for step in value["steps"]]
    preparation = [item for value in blocks_of(data, "preparation") for item in value["items"]]
    aftercare = [entry for value in blocks_of(data, "aftercare") for entry in value["entries"]]
    nodes = page_nodes(
        page,
        context,
        data,
        "MedicalWebPage",
        lastReviewed=page.last_reviewed.isoformat(),
        reviewedBy=person(reviewer["name"], reviewer["credentials"], reviewer["licence_number"]),
        about=reference(procedure_id),
    )
    procedure = medical_procedure(
        procedure_id,
        name=page.title,
        description=page.summary,
        url=url,
        how_performed=" ".join(
            f"{number}. {step['title']}: {step['description']}" for number, step in enumerate(steps, start=1)
        ),
        preparation=" ".join(f"{item['subject']}: {item['instruction']}" for item in preparation),
        followup=" ".join(entry["text"] for entry in aftercare),
        body_location=[item["label"] for item in data["areas"]],
    )
    return graph(*nodes, procedure)


register_page_type(
    TreatmentPage,
    TreatmentPageSchema,
    treatment_fields,
    description=lambda page: page.summary,
    image=lambda page, context: context.image(page.hero_image_id, page.hero_alt_text),
    structured_data=treatment_structured_data,
    select_related=("specialty", "reviewer"),
    prefetch_related=(Prefetch("treatment_concerns", queryset=TreatmentConcern.objects.select_related("concern")),),
)
