"""A treatment article as the delivery API represents it (``treatments.schemas.TreatmentPageSchema``).

Each body block becomes ``{"type", "id", "value"}`` as the block itself describes it
(``treatments.blocks``, through ``delivery.blocks``).
"""

from django.db.models import Prefetch

from delivery.blocks import represent_stream
from delivery.representation import register_page_type
from delivery.structured_data import graph, medical_procedure, page_nodes, person, reference

from .models import TreatmentConcern, TreatmentPage
from .review_dates import review_status
from .schemas import TreatmentPageSchema
from .summaries import specialty_summary


def concern_summaries(page):
    """The page's concerns, in the editors' order (``treatment_concerns`` prefetched with their concern)."""
    return [{"slug": link.concern.slug, "name": link.concern.name} for link in page.treatment_concerns.all()]


def key_facts(page):
    """The key facts as numbers, each with its label in the active language."""
    return [
        {"name": fact.name, "label": str(fact.label), "low": fact.low, "high": fact.high, "unit": fact.unit}
        for fact in page.key_facts
    ]


def medical_review(page):
    """The review that published the article, or None (a draft never approved, seen in a preview)."""
    reviewer = page.reviewer
    if reviewer is None or page.last_reviewed is None:
        return None
    return {
        "reviewer": {
            "name": reviewer.name,
            "credentials": reviewer.credentials,
            "licence_number": reviewer.licence_number,
            "institution": reviewer.institution,
        },
        "last_reviewed": page.last_reviewed,
        "next_review_due": page.next_review_due,
        "status": review_status(page.last_reviewed),
    }


def treatment_fields(page, context):
    body = represent_stream(page.body.stream_block, page.body, context)
    areas = [entry["area"] for item in body if item["type"] == "target_areas" for entry in item["value"]["areas"]]
    return {
        "summary": page.summary,
        "hero": context.image(page.hero_image_id, page.hero_alt_text),
        "specialty": specialty_summary(page.specialty),
        "concerns": concern_summaries(page),
        "areas": areas,
        "key_facts": key_facts(page),
        "review": medical_review(page),
        "body": body,
    }


# --- Structured data -----------------------------------------------------------------------------------------


def blocks_of(data, block_type):
    return [item["value"] for item in data["body"] if item["type"] == block_type]


def treatment_structured_data(page, context, data):
    """MedicalWebPage (reviewed by a licensed Person) about a MedicalProcedure, breadcrumbs and the clinic.

    No FAQPage, although articles have questions and answers: Google shows FAQ results only for
    authoritative government and health sites, and a private clinic's markup would promise what it cannot.
    """
    url = data["seo"]["canonical_url"]
    procedure_id = f"{url}#procedure"
    review = data["review"] or {}
    reviewer = review.get("reviewer")
    steps = [step for value in blocks_of(data, "procedure_steps") for step in value["steps"]]
    preparation = [item for value in blocks_of(data, "preparation") for item in value["items"]]
    aftercare = [entry for value in blocks_of(data, "aftercare") for entry in value["entries"]]
    nodes = page_nodes(
        page,
        context,
        data,
        "MedicalWebPage",
        lastReviewed=review["last_reviewed"].isoformat() if review else None,
        reviewedBy=person(**reviewer) if reviewer else None,
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
