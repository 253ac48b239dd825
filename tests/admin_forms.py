"""POST data for Wagtail's page editor, built from readable nested structures."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def listblock(*items):
    """Form data of a ListBlock: each item with its order, no id (new items)."""
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index), "id": ""} for index, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def every_block_form_data(specialty, image):
    """Editor input for one block of every type, as the page editor's JavaScript would post it."""
    return streamfield(
        [
            ("section", {"heading": "How it works", "body": rich_text("<p>Micro-injuries renew the skin.</p>")}),
            (
                "benefits",
                {"heading": "Benefits", "items": listblock({"title": "Softer scars", "detail": "Shallower."})},
            ),
            ("target_areas", {"heading": "Areas", "areas": listblock({"area": "abdomen", "note": "Stretch marks"})}),
            (
                "preparation",
                {
                    "heading": "Before",
                    "intro": "",
                    "items": listblock(
                        {
                            "kind": "medication",
                            "subject": "Isotretinoin",
                            "instruction": "Stop it.",
                            "lead_time": "6",
                            "lead_time_unit": "months",
                        }
                    ),
                },
            ),
            (
                "procedure_steps",
                {
                    "heading": "Steps",
                    "steps": listblock(
                        {"title": "Numbing", "description": "Cream.", "duration_minutes": "45"},
                        {"title": "Needling", "description": "Pen.", "duration_minutes": ""},
                    ),
                },
            ),
            (
                "aftercare",
                {
                    "heading": "After",
                    "entries": listblock(
                        {"kind": "do", "starts_after": "0", "ends_after": "7", "unit": "days", "text": "Sunscreen."}
                    ),
                },
            ),
            (
                "comparison",
                {
                    "alternative_name": "Home rollers",
                    "intro": "",
                    "rows": listblock({"aspect": "Depth", "this_treatment": "Deep", "alternative": "Surface"}),
                    "verdict": "Professional wins.",
                },
            ),
            (
                "faq",
                {"heading": "FAQ", "items": listblock({"question": "Pain?", "answer": rich_text("<p>Little.</p>")})},
            ),
            ("callout", {"kind": "warning", "title": "", "text": rich_text("<p>Not advice.</p>")}),
            (
                "references",
                {
                    "heading": "References",
                    "items": listblock({"title": "Review", "publisher": "Journal", "year": "2020", "url": ""}),
                },
            ),
            ("booking_cta", {"specialty": str(specialty.pk), "label": "Book", "text": ""}),
            ("image", {"image": str(image.pk), "alt_text": "Skin diagram", "caption": ""}),
        ]
    )


def treatment_form_data(specialty, reviewer, concerns, body, **overrides):
    data = {
        "title": "Dermal fillers",
        "slug": "dermal-fillers",
        "summary": "Hyaluronic acid restores lost volume.",
        "hero_image": "",
        "hero_alt_text": "",
        "specialty": str(specialty.pk),
        "treatment_concerns": inline_formset([{"concern": str(concern.pk), "id": ""} for concern in concerns]),
        "session_minutes": "60",
        "numbing_minutes_min": "20",
        "numbing_minutes_max": "30",
        "downtime_days_min": "0",
        "downtime_days_max": "2",
        "sessions_min": "1",
        "sessions_max": "",
        "reviewer": str(reviewer.pk),
        "last_reviewed": "2026-03-01",
        "next_review_due": "2027-03-01",
        "body": body,
    }
    data.update(overrides)
    return nested_form_data(data)
