"""A short aesthetics article: botulinum toxin ("Botox") for expression lines and excessive sweating."""

from .disclaimers import AESTHETICS_DISCLAIMER

BOTULINUM_TOXIN = {
    "title": "Botulinum toxin",
    "slug": "botulinum-toxin",
    "summary": (
        "Small injections of botulinum toxin, widely known as Botox, relax the muscles behind frown lines, "
        "forehead lines and crow's feet for a few months, and can also reduce excessive underarm sweating."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 400,  # overdue: the demo's lapsed review
    "hero_image": "micro-needling-hero",
    "hero_alt_text": "Abstract illustration in skin tones: a circle of small, evenly spaced points.",
    "concerns": ["fine-lines-and-wrinkles", "excessive-sweating"],
    "key_facts": {"session_minutes": 30, "downtime_days_min": 0, "sessions_min": 1},
    "body": [
        (
            "section",
            {
                "heading": "What is botulinum toxin?",
                "body": (
                    "<p>Botulinum toxin is a purified protein that, in tiny doses, stops a muscle from contracting "
                    "as hard. Injected into the muscles that frown or raise the eyebrows, it softens the lines they "
                    "draw on the skin; the face still moves, more gently.</p>"
                    "<p>It works best on lines that appear when you make an expression. The effect starts after a "
                    "few days, is complete at about two weeks and wears off over three to four months, so the "
                    "treatment is repeated if you want to keep it.</p>"
                    "<p>Injected into the skin of the armpits, it also reduces excessive sweating "
                    "(hyperhidrosis) for several months.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Softer frown lines and forehead lines"},
                    {"title": "Smoother crow's feet around the eyes"},
                    {"title": "Less underarm sweating", "detail": "For several months after one session."},
                    {"title": "A quick visit with no downtime"},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [
                    {"area": "face", "note": "Forehead, between the eyebrows and the corners of the eyes"},
                    {"area": "arms", "note": "Underarms, for excessive sweating"},
                ],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visit, step by step",
                "steps": [
                    {
                        "title": "Assessment",
                        "description": (
                            "The doctor watches your face as you frown, smile and raise your eyebrows, and marks "
                            "the points to treat."
                        ),
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Injections",
                        "description": "A very fine needle places small amounts at each point; it stings briefly.",
                        "duration_minutes": 15,
                    },
                    {
                        "title": "Check before you leave",
                        "description": "Any small bumps are checked and you receive your aftercare advice.",
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
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 4,
                        "unit": "hours",
                        "text": "Lying down, and rubbing or massaging the treated area.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 1,
                        "unit": "days",
                        "text": "Hard exercise, saunas and facials.",
                    },
                    {
                        "kind": "expect",
                        "starts_after": 3,
                        "ends_after": 14,
                        "unit": "days",
                        "text": "The lines soften gradually; a review visit at two weeks checks the result.",
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
                        "effect": "Small bruises or redness where the needle went in",
                        "frequency": "common",
                        "detail": "They fade within a few days.",
                    },
                    {
                        "effect": "Headache",
                        "frequency": "common",
                        "detail": (
                            "Usually mild and gone within a day or two; ask your doctor which pain reliever you can "
                            "take."
                        ),
                    },
                    {
                        "effect": "Drooping eyelid or eyebrow",
                        "frequency": "uncommon",  # the FAQ's "rare" in everyday words
                        "detail": (
                            "It wears off as the toxin does, usually within a few weeks. Tell the clinic so that the "
                            "doctor can check it."
                        ),
                    },
                    {
                        "effect": "Trouble swallowing, speaking or breathing",
                        "frequency": "very_rare",
                        "detail": (
                            "Very rarely, the toxin spreads beyond the treated muscles. Get emergency medical help at "
                            "once if this happens."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "Treatment is put off until afterwards, as a precaution.",
                    },
                    {
                        "condition": "Myasthenia gravis or another nerve or muscle condition",
                        "note": "The toxin can make muscle weakness worse.",
                    },
                    {
                        "condition": "Infection or inflamed skin where the injections would go",
                        "note": "Treatment waits until the skin has healed.",
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
                        "question": "Will I look frozen?",
                        "answer": (
                            "<p>Not with a careful dose. The aim is to soften lines while you keep your "
                            "expressions; the dose can be adjusted at the review visit.</p>"
                        ),
                    },
                    {
                        "question": "Who should not have it?",
                        "answer": (
                            "<p>It is not given during pregnancy or breastfeeding, or to people with certain nerve "
                            "or muscle conditions. Tell the doctor about any illness and medicine you take.</p>"
                        ),
                    },
                    {
                        "question": "What are the side effects?",
                        "answer": (
                            "<p>Small bruises or a mild headache are the most common. A drooping eyelid or "
                            "eyebrow is rare and wears off; report it to the clinic.</p>"
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
                "text": "Talk to a doctor about your expression lines.",
            },
        ),
    ],
}
