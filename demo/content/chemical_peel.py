"""A short aesthetics article: a superficial or medium chemical peel, mainly for pigmentation."""

from .disclaimers import AESTHETICS_DISCLAIMER

CHEMICAL_PEEL = {
    "title": "Chemical peel",
    "slug": "chemical-peel",
    "summary": (
        "A doctor applies an exfoliating acid that lifts the top layers of the skin, lightening dark spots, "
        "melasma and sun damage, evening out skin tone and calming breakouts."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 56,
    "hero_image": "hydrating-facial-hero",
    "hero_alt_text": "Illustration of large water droplets on a pale blue background.",
    "concerns": ["hyperpigmentation", "uneven-skin-tone", "acne-breakouts"],
    "key_facts": {
        "session_minutes": 45,
        "downtime_days_min": 3,
        "downtime_days_max": 7,
        "sessions_min": 3,
        "sessions_max": 6,
    },
    "body": [
        (
            "section",
            {
                "heading": "What is a chemical peel?",
                "body": (
                    "<p>A chemical peel is a solution of exfoliating acids, such as glycolic, salicylic or "
                    "trichloroacetic acid, that a doctor spreads over clean skin for a few minutes. The outer "
                    "layers loosen and flake off over the next days, and the skin underneath looks clearer.</p>"
                    "<p>Light peels treat dark spots, sun spots, melasma and a dull, blotchy complexion; they also "
                    "help with oily skin that breaks out. The doctor chooses the acid and its strength for your "
                    "skin type, because a peel that is too strong can itself leave marks.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Lighter dark spots and sun spots"},
                    {"title": "Melasma kept under control", "detail": "Together with strict sun protection."},
                    {"title": "A more even, brighter complexion"},
                    {"title": "Fewer pimples and blackheads", "detail": "Salicylic acid clears oil from the pores."},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [
                    {"area": "face"},
                    {"area": "neck"},
                    {"area": "chest", "note": "Sun spots"},
                    {"area": "hands", "note": "Sun spots"},
                    {"area": "back", "note": "Breakouts"},
                ],
            },
        ),
        (
            "preparation",
            {
                "heading": "Before your appointment",
                "items": [
                    {
                        "kind": "product",
                        "subject": "Retinoids and exfoliating acids",
                        "instruction": "Pause products that make the skin more sensitive; your doctor tells you when.",
                        "lead_time": 7,
                        "lead_time_unit": "days",
                    },
                    {
                        "kind": "activity",
                        "subject": "Sunbathing and tanning",
                        "instruction": "Keep out of strong sun: tanned skin reacts less predictably to the acid.",
                        "lead_time": 2,
                        "lead_time_unit": "weeks",
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
                        "title": "Cleansing",
                        "description": "Make-up and oil are removed so that the acid spreads evenly.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Applying the peel",
                        "description": (
                            "The solution goes on in thin layers. A warm or stinging feeling is normal and is "
                            "watched closely."
                        ),
                        "duration_minutes": 20,
                    },
                    {
                        "title": "Neutralising and soothing",
                        "description": "The acid is neutralised or rinsed off and a calming cream and sunscreen go on.",
                        "duration_minutes": 15,
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
                        "starts_after": 1,
                        "ends_after": 7,
                        "unit": "days",
                        "text": "Tightness, redness and flaking that settle within a week.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 7,
                        "unit": "days",
                        "text": "Picking or pulling at peeling skin, scrubs and direct sun.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Put on sunscreen every day: without it, dark spots and melasma come back.",
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
                        "effect": "Stinging, redness and flaking",
                        "frequency": "very_common",
                        "detail": "Expected after a peel; it settles within a week.",
                    },
                    {
                        "effect": "Dark patches (post-inflammatory hyperpigmentation)",
                        "frequency": "common",
                        "detail": (
                            "More likely on darker skin or after sun exposure. Daily sunscreen lowers the chance; the "
                            "patches usually fade over a few months."
                        ),
                    },
                    {
                        "effect": "Cold sore flare-up",
                        "frequency": "uncommon",
                        "detail": (
                            "If you have had cold sores, tell your doctor: a preventive medicine may be prescribed."
                        ),
                    },
                    {
                        "effect": "Infection or scarring",
                        "frequency": "rare",
                        "detail": (
                            "More likely with stronger peels or if peeling skin is picked. Call the clinic if the skin "
                            "weeps, crusts or does not heal."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "Treatment is put off until afterwards, as a precaution.",
                    },
                    {
                        "condition": "Sunburned, broken or inflamed skin in the area",
                        "note": "The acid would irritate it; treatment waits until the skin has healed.",
                    },
                    {
                        "condition": "Isotretinoin (Accutane) in the last six months",
                        "note": (
                            "The skin heals more slowly and scars more easily; your doctor decides when a peel is "
                            "possible."
                        ),
                    },
                ],
                "pauses": [
                    {"subject": "Retinoids and exfoliating acids", "stop_before": 7, "unit": "days", "note": ""},
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Is a peel safe for darker skin?",
                        "answer": (
                            "<p>Often, yes, with the right acid at the right strength. Darker skin can react with "
                            "new dark patches, so the doctor may start gently or prepare the skin first.</p>"
                        ),
                    },
                    {
                        "question": "Will my skin peel a lot?",
                        "answer": (
                            "<p>With a light peel, usually only fine flaking for a few days. Stronger peels flake "
                            "more and need more time at home.</p>"
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
                "text": "Ask which peel suits your skin.",
            },
        ),
    ],
}
