"""A short cosmetology article: a hydrating facial."""

HYDRATING_FACIAL = {
    "title": "Hydrating facial",
    "slug": "hydrating-facial",
    "summary": (
        "Cleansing, gentle exfoliation and a hydrating mask bring moisture back to tight, dull skin, with no downtime."
    ),
    "specialty": "cosmetology",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 63,
    "hero_image": "hydrating-facial-hero",
    "hero_alt_text": "Illustration of large water droplets on a pale blue background.",
    "concerns": ["dehydrated-skin", "uneven-skin-tone"],
    "key_facts": {"session_minutes": 60, "downtime_days_min": 0, "sessions_min": 1},
    "body": [
        (
            "section",
            {
                "heading": "What is a hydrating facial?",
                "body": (
                    "<p>A facial centred on moisture. A cosmetologist cleanses your skin, removes dead cells "
                    "gently and applies serums and a mask with ingredients that hold water, such as hyaluronic "
                    "acid.</p>"
                    "<p>It suits skin that feels tight or looks dull, and you can go straight back to your day.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Softer, more comfortable skin"},
                    {"title": "A fresher, more even look"},
                    {"title": "No downtime", "detail": "Make-up can go on the same day."},
                ],
            },
        ),
        (
            "target_areas",
            {"heading": "Treatment areas", "areas": [{"area": "face"}, {"area": "neck"}]},
        ),
        (
            "preparation",
            {
                "heading": "Before your appointment",
                "items": [
                    {
                        "kind": "product",
                        "subject": "Retinoids and exfoliating acids",
                        "instruction": "Pause them so that the exfoliation does not irritate your skin.",
                        "lead_time": 3,
                        "lead_time_unit": "days",
                    },
                    {
                        "kind": "activity",
                        "subject": "Facial waxing",
                        "instruction": "Leave waxing until after the facial.",
                        "lead_time": 3,
                        "lead_time_unit": "days",
                    },
                ],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visit, step by step",
                "steps": [
                    {
                        "title": "Skin analysis",
                        "description": "The cosmetologist looks at your skin and chooses the products.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Cleansing",
                        "description": "Make-up and the day's grime are removed.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Gentle exfoliation",
                        "description": "A mild exfoliant lifts dead cells so the skin absorbs what follows.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Serum and hydrating mask",
                        "description": "A hydrating serum goes on, then a mask that is left to work.",
                        "duration_minutes": 25,
                    },
                    {
                        "title": "Moisturiser and sunscreen",
                        "description": "A moisturiser and sunscreen finish the treatment.",
                        "duration_minutes": 5,
                    },
                ],
            },
        ),
        (
            "aftercare",
            {
                "heading": "After your session",
                "entries": [
                    {
                        "kind": "expect",
                        "starts_after": 0,
                        "ends_after": 1,
                        "unit": "days",
                        "text": "A slight pinkness that fades within hours.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Use a moisturiser and sunscreen every day to keep the result.",
                    },
                ],
            },
        ),
        (
            "risks",
            {
                "heading": "Risks and who should not have it",
                "risks": [
                    {"effect": "Slight redness", "frequency": "very_common", "detail": "It fades within a few hours."},
                    {
                        "effect": "Irritation or an allergic reaction to a product",
                        "frequency": "uncommon",
                        "detail": (
                            "Mention any allergy before the facial. If itching, a rash or swelling appears, rinse the "
                            "skin with cool water and call the clinic."
                        ),
                    },
                    {
                        "effect": "A few pimples afterwards",
                        "frequency": "uncommon",
                        "detail": (
                            "They usually clear within a few days; mention it at your next visit so that the products "
                            "can be changed."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Active acne, cold sores or a skin infection on the face",
                        "note": "Wait until it has cleared; a dermatologist can advise on treatment first.",
                    },
                    {
                        "condition": "Sunburned or broken skin",
                        "note": "Exfoliation would irritate it; book once it has healed.",
                    },
                    {
                        "condition": "Taking isotretinoin (Accutane)",
                        "note": "The skin is fragile while you take it; ask a dermatologist before booking.",
                    },
                ],
                "pauses": [
                    {"subject": "Retinoids and exfoliating acids", "stop_before": 3, "unit": "days", "note": ""},
                    {"subject": "Facial waxing", "stop_before": 3, "unit": "days", "note": ""},
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "How often should I have one?",
                        "answer": "<p>Once a month suits most people; your cosmetologist will suggest a rhythm.</p>",
                    },
                    {
                        "question": "Is it suitable for sensitive skin?",
                        "answer": (
                            "<p>Usually, yes. Say so beforehand so that the products are chosen for your skin.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Medical disclaimer",
                "text": (
                    "<p>This article is general information. If you have a skin condition, see a dermatologist "
                    "before booking a facial.</p>"
                ),
            },
        ),
        (
            "booking_cta",
            {"specialty": "cosmetology", "label": "Book with a cosmetologist", "text": "Give your skin a drink."},
        ),
    ],
}
