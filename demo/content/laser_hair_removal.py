"""A short aesthetics article: laser hair removal, a lasting reduction of unwanted hair."""

from .disclaimers import AESTHETICS_DISCLAIMER

LASER_HAIR_REMOVAL = {
    "title": "Laser hair removal",
    "slug": "laser-hair-removal",
    "summary": (
        "Pulses of laser light reach the root of each hair and slow its regrowth, reducing unwanted hair on the "
        "face and body and the ingrown hairs and razor bumps that come with shaving."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 78,
    "concerns": ["unwanted-hair"],
    "key_facts": {"session_minutes": 30, "downtime_days_min": 0, "sessions_min": 6, "sessions_max": 8},
    "body": [
        (
            "section",
            {
                "heading": "How does laser hair removal work?",
                "body": (
                    "<p>The laser's light is absorbed by the pigment in the hair and turned into heat, which "
                    "damages the follicle that makes the hair. Only hairs in their growing phase respond, so "
                    "several sessions four to eight weeks apart are needed to catch them all.</p>"
                    "<p>Most people keep far less hair, finer and lighter, though some regrowth over the years is "
                    "normal and is treated with an occasional session. Dark hair responds best; blond, red, grey "
                    "and white hair respond little. The doctor adjusts the device to your skin tone.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "A lasting reduction of unwanted hair"},
                    {"title": "Fewer ingrown hairs and razor bumps"},
                    {"title": "Less time spent shaving or waxing"},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [
                    {"area": "face", "note": "Upper lip, chin and jawline"},
                    {"area": "arms", "note": "Underarms and forearms"},
                    {"area": "legs"},
                    {"area": "back"},
                    {"area": "chest"},
                ],
            },
        ),
        (
            "preparation",
            {
                "heading": "Before your appointment",
                "items": [
                    {
                        "kind": "activity",
                        "subject": "Waxing, plucking and epilators",
                        "instruction": "Stop them: the laser needs the root of the hair in place. Shaving is fine.",
                        "lead_time": 4,
                        "lead_time_unit": "weeks",
                    },
                    {
                        "kind": "activity",
                        "subject": "Sunbathing and self-tanner",
                        "instruction": "Tanned skin absorbs more of the light and can burn; avoid both.",
                        "lead_time": 2,
                        "lead_time_unit": "weeks",
                    },
                    {
                        "kind": "activity",
                        "subject": "Shaving the area",
                        "instruction": "Shave the area to be treated the day before your session.",
                        "lead_time": 1,
                        "lead_time_unit": "days",
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
                        "text": "Redness and small bumps around the hairs, like a mild sunburn.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 2,
                        "unit": "days",
                        "text": "Hot baths, saunas, hard exercise and scented products on the treated skin.",
                    },
                    {
                        "kind": "expect",
                        "starts_after": 1,
                        "ends_after": 3,
                        "unit": "weeks",
                        "text": "The treated hairs loosen and shed; this is the laser working.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Protect the treated areas from the sun with sunscreen between sessions.",
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
                        "effect": "Redness and swelling around the hairs",
                        "frequency": "very_common",
                        "detail": "Like a mild sunburn; it settles within a day or two.",
                    },
                    {
                        "effect": "Burns or blisters",
                        "frequency": "uncommon",
                        "detail": (
                            "More likely on tanned skin. Cool the area and call the clinic if a blister forms; do not "
                            "burst it."
                        ),
                    },
                    {
                        "effect": "Lighter or darker patches of skin",
                        "frequency": "uncommon",
                        "detail": (
                            "More likely on darker or tanned skin. They usually fade over a few months; sunscreen "
                            "between sessions lowers the chance."
                        ),
                    },
                    {
                        "effect": "More hair growth near the treated area",
                        "frequency": "uncommon",
                        "detail": (
                            "Seen mostly on the face and neck. Tell your doctor, who can change the settings or the "
                            "plan."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "A tan, or self-tanner on the skin",
                        "note": "Treatment waits until it has faded, to lower the risk of burns.",
                    },
                    {"condition": "Pregnancy", "note": "Treatment is put off until afterwards, as a precaution."},
                    {
                        "condition": "Medicines that make the skin sensitive to light",
                        "note": (
                            "Some antibiotics, acne medicines and herbal remedies such as St John's wort do this; tell "
                            "your doctor everything you take."
                        ),
                    },
                ],
                "pauses": [
                    {"subject": "Waxing, plucking and epilators", "stop_before": 4, "unit": "weeks", "note": ""},
                ],
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Does it hurt?",
                        "answer": (
                            "<p>Most people feel each pulse as a quick snap, like a rubber band. A cooling tip on "
                            "the device makes it more comfortable.</p>"
                        ),
                    },
                    {
                        "question": "How long does the result last?",
                        "answer": (
                            "<p>The reduction lasts, but it is not always total: hormones can wake up new hairs, "
                            "and a touch-up session now and then keeps the result.</p>"
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
                "text": "Say goodbye to the razor.",
            },
        ),
    ],
}
