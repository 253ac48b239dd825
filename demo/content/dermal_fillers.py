"""A short aesthetics article: hyaluronic acid dermal fillers for lost volume, lips and deep folds."""

from .disclaimers import AESTHETICS_DISCLAIMER

DERMAL_FILLERS = {
    "title": "Dermal fillers",
    "slug": "dermal-fillers",
    "summary": (
        "A hyaluronic acid gel injected by a doctor restores volume to hollow cheeks and thin lips and softens "
        "deep folds such as smile lines, with results you see straight away."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 67,
    "hero_image": "micro-needling-hero",
    "hero_alt_text": "Abstract illustration in skin tones: a circle of small, evenly spaced points.",
    "concerns": ["volume-loss", "fine-lines-and-wrinkles"],
    "key_facts": {
        "session_minutes": 60,
        "numbing_minutes_min": 20,
        "numbing_minutes_max": 30,
        "downtime_days_min": 2,
        "downtime_days_max": 7,
        "sessions_min": 1,
        "sessions_max": 2,
    },
    "body": [
        (
            "section",
            {
                "heading": "What are dermal fillers?",
                "body": (
                    "<p>Dermal fillers are soft gels injected under the skin to replace volume that the face loses "
                    "with age. The ones used at the clinic are made of hyaluronic acid, a substance the skin "
                    "already contains, which the body breaks down slowly.</p>"
                    "<p>They lift flattened cheeks and hollow temples, give shape to thin lips and soften deep "
                    "folds between the nose and the mouth. Depending on the product and the area, the result lasts "
                    "roughly six to eighteen months, and it can be dissolved with an enzyme if needed.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Fuller cheeks and temples"},
                    {"title": "Defined, hydrated lips", "detail": "From a subtle touch to more volume, as you choose."},
                    {"title": "Softer smile lines and deep folds"},
                    {"title": "Results from the first session"},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [
                    {"area": "face", "note": "Cheeks, temples, chin and the folds beside the mouth"},
                    {"area": "lips"},
                    {"area": "under_eyes", "note": "Hollows under the eyes, only after a careful assessment"},
                ],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visit, step by step",
                "steps": [
                    {
                        "title": "Consultation and plan",
                        "description": "You and the doctor agree which areas to treat and how much change you want.",
                        "duration_minutes": 15,
                    },
                    {
                        "title": "Numbing cream",
                        "description": "A numbing cream goes on; most fillers also contain a local anaesthetic.",
                        "duration_minutes": 25,
                    },
                    {
                        "title": "Injections",
                        "description": "The gel is placed with a fine needle or a blunt cannula and shaped by hand.",
                        "duration_minutes": 20,
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
                        "ends_after": 7,
                        "unit": "days",
                        "text": (
                            "Swelling, tenderness and sometimes bruises, more on the lips; they settle within a week."
                        ),
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 2,
                        "unit": "days",
                        "text": "Hard exercise, saunas and pressing or massaging the treated areas.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 14,
                        "unit": "days",
                        "text": "Come to the review visit, where small touch-ups can be made.",
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
                        "effect": "Swelling, tenderness and bruising",
                        "frequency": "very_common",
                        "detail": "Most noticeable on the lips; it settles within a week.",
                    },
                    {
                        "effect": "Lumps or unevenness",
                        "frequency": "common",
                        "detail": (
                            "Small lumps often soften in the first weeks. Show them to the doctor at the review visit; "
                            "they can usually be corrected."
                        ),
                    },
                    {
                        "effect": "Infection",
                        "frequency": "rare",
                        "detail": (
                            "Call the clinic if the area becomes hot, red and painful in the days after treatment."
                        ),
                    },
                    {
                        "effect": "Blocked blood vessel",
                        "frequency": "rare",
                        "detail": (
                            "Sudden or severe pain, skin that turns pale, blotchy or dusky, or any change in your "
                            "eyesight needs help at once: call the clinic or go to an emergency department. The filler "
                            "can be dissolved."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "Treatment is put off until afterwards, as a precaution.",
                    },
                    {
                        "condition": "Infection, cold sores or inflamed skin where the filler would go",
                        "note": "Treatment waits until the skin has healed.",
                    },
                    {
                        "condition": "Allergy to hyaluronic acid fillers or to lidocaine",
                        "note": "Tell the doctor about any reaction you have had to a filler or a local anaesthetic.",
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
                        "question": "Are fillers the same as Botox?",
                        "answer": (
                            "<p>No. Fillers add volume where it has been lost; botulinum toxin relaxes the muscles "
                            "that cause expression lines. The two are sometimes combined.</p>"
                        ),
                    },
                    {
                        "question": "Is it risky?",
                        "answer": (
                            "<p>Bruising and swelling are common and short-lived. Rarely, a filler can block a "
                            "blood vessel, which needs treatment at once; that is why it is done by a doctor who "
                            "knows the anatomy of the face.</p>"
                        ),
                    },
                ],
            },
        ),
        ("callout", {"kind": "warning", "title": "Medical disclaimer", "text": AESTHETICS_DISCLAIMER}),
        (
            "booking_cta",
            {
                "specialty": "aesthetics",
                "label": "Book with an aesthetics specialist",
                "text": "Plan a natural-looking result with a doctor.",
            },
        ),
    ],
}
