"""A short dental article: in-office teeth whitening."""

TEETH_WHITENING = {
    "title": "Teeth whitening",
    "slug": "teeth-whitening",
    "summary": (
        "A whitening gel applied by a dentist lightens teeth stained by coffee, tea, wine, tobacco or age, "
        "usually in a single visit."
    ),
    "specialty": "dental",
    "reviewer": "dentist",
    "reviewed_days_ago": 345,  # due within 30 days
    "hero_image": "teeth-whitening-hero",
    "hero_alt_text": "Illustration of a smile with a row of white teeth on a pale blue background.",
    "concerns": ["tooth-discoloration"],
    "key_facts": {"session_minutes": 90, "downtime_days_min": 0, "sessions_min": 1, "sessions_max": 2},
    "body": [
        (
            "section",
            {
                "heading": "What is teeth whitening?",
                "body": (
                    "<p>In-office whitening lightens the natural colour of your teeth with a peroxide gel that is "
                    "stronger than home kits. A dentist applies it and protects your gums while it works.</p>"
                    "<p>It lifts stains from coffee, tea, red wine and tobacco, and the yellowing that comes with "
                    "age. Fillings, crowns and veneers keep their colour.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "A brighter smile, often in one visit"},
                    {"title": "Stains from coffee, tea, wine and tobacco lifted"},
                    {"title": "Done by a dentist, with your gums protected"},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [{"area": "teeth", "note": "Natural teeth; fillings, crowns and veneers keep their colour"}],
            },
        ),
        (
            "preparation",
            {
                "heading": "Before your appointment",
                "items": [
                    {
                        "kind": "consultation",
                        "subject": "Check-up and cleaning",
                        "instruction": (
                            "Whitening works best on clean, healthy teeth, so cavities and gum problems are treated "
                            "first."
                        ),
                        "lead_time": 14,
                        "lead_time_unit": "days",
                    }
                ],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visit, step by step",
                "steps": [
                    {
                        "title": "Shade check",
                        "description": "The dentist records the current shade of your teeth, to compare afterwards.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Protecting the gums",
                        "description": "A protective barrier covers your gums and a retractor keeps your lips apart.",
                        "duration_minutes": 15,
                    },
                    {
                        "title": "Whitening gel",
                        "description": "The gel is applied in several rounds of 15 to 20 minutes each.",
                        "duration_minutes": 60,
                    },
                    {
                        "title": "Rinse and compare",
                        "description": "The gel is rinsed off and the new shade is compared with the first one.",
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
                        "ends_after": 2,
                        "unit": "days",
                        "text": "Teeth may feel sensitive to cold or heat; this fades within a day or two.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 2,
                        "unit": "days",
                        "text": "Coffee, tea, red wine, tobacco and strongly coloured food.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Brush and floss as usual; regular cleanings keep the result longer.",
                    },
                ],
            },
        ),
        (
            "risks",
            {
                "heading": "Risks and who should not have it",
                "risks": [
                    {
                        "effect": "Tooth sensitivity",
                        "frequency": "very_common",
                        "detail": (
                            "Teeth may ache with cold or heat for a day or two; a toothpaste for sensitive teeth helps."
                        ),
                    },
                    {
                        "effect": "Sore or pale patches on the gums",
                        "frequency": "common",
                        "detail": (
                            "They appear where the gel touched the gums and usually settle within hours to a few days."
                        ),
                    },
                    {
                        "effect": "Fillings, crowns or veneers that no longer match",
                        "frequency": "common",
                        "detail": (
                            "They keep their colour; your dentist tells you beforehand whether any may need replacing."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "Treatment is put off until afterwards, as a precaution.",
                    },
                    {
                        "condition": "Untreated tooth decay or gum disease",
                        "note": (
                            "These are treated first: the gel can irritate the nerve through a cavity or inflamed gums."
                        ),
                    },
                    {
                        "condition": "Under 18 years of age",
                        "note": "Teeth and gums are still developing; whitening waits until adulthood.",
                    },
                ],
                "pauses": [],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Does whitening damage the enamel?",
                        "answer": (
                            "<p>Not when a dentist supervises it and the gel is used as directed. Short-lived "
                            "sensitivity is the most common side effect.</p>"
                        ),
                    },
                    {
                        "question": "How long does the result last?",
                        "answer": (
                            "<p>It depends on your habits: cutting down on staining food and drink and having "
                            "regular cleanings keeps teeth brighter for longer.</p>"
                        ),
                    },
                    {
                        "question": "Will my crowns or fillings whiten too?",
                        "answer": (
                            "<p>No. Whitening only works on natural teeth; your dentist will tell you whether any "
                            "existing work may need replacing to match.</p>"
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
                    "<p>This article is general information and does not replace a dental examination. Your "
                    "dentist will tell you whether whitening suits your teeth.</p>"
                ),
            },
        ),
        (
            "booking_cta",
            {
                "specialty": "dental",
                "label": "Book with a dental specialist",
                "text": "Ask about whitening at your check-up.",
            },
        ),
    ],
}
