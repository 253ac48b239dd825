"""A short aesthetics article: platelet-rich plasma (PRP) injections in the scalp for thinning hair."""

from .disclaimers import AESTHETICS_DISCLAIMER

PRP_HAIR_LOSS = {
    "title": "PRP for hair loss",
    "slug": "prp-for-hair-loss",
    "summary": (
        "Platelet-rich plasma prepared from a small sample of your own blood is injected into the scalp to "
        "strengthen thinning hair and slow down hair loss, over a series of sessions."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 46,
    "concerns": ["hair-loss"],
    "key_facts": {
        "session_minutes": 60,
        "downtime_days_min": 0,
        "downtime_days_max": 1,
        "sessions_min": 3,
        "sessions_max": 4,
    },
    "body": [
        (
            "section",
            {
                "heading": "What is PRP for hair loss?",
                "body": (
                    "<p>Platelets are blood cells that carry growth factors involved in repair. For this treatment "
                    "a small amount of your blood is drawn and spun in a centrifuge to concentrate them, and the "
                    "resulting platelet-rich plasma is injected into the areas of the scalp where hair is thinning."
                    "</p>"
                    "<p>It suits early, gradual hair thinning best, such as common pattern hair loss in men and "
                    "women. It does not regrow hair on areas that have been bald for years, so the first step is "
                    "a consultation to find the cause of your hair loss, sometimes with blood tests.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Thicker, stronger hair", "detail": "Results build up over several months."},
                    {"title": "Less hair falling out"},
                    {"title": "Made from your own blood", "detail": "No foreign substances are injected."},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [{"area": "scalp", "note": "The crown, the parting and receding areas at the temples"}],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visit, step by step",
                "steps": [
                    {
                        "title": "Blood sample",
                        "description": "A small tube of blood is drawn from your arm, as for a routine test.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Preparing the plasma",
                        "description": "The tube is spun in a centrifuge to separate the platelet-rich plasma.",
                        "duration_minutes": 15,
                    },
                    {
                        "title": "Scalp injections",
                        "description": (
                            "The scalp is cleaned and the plasma is injected in small amounts across the thinning "
                            "areas; a cooling device or numbing cream keeps it bearable."
                        ),
                        "duration_minutes": 35,
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
                        "text": "A tender scalp and sometimes a mild headache.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 3,
                        "unit": "days",
                        "text": "Washing your hair on the day, hair dye and hard exercise.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 4,
                        "ends_after": 6,
                        "unit": "weeks",
                        "text": "Return for the next session of the series, usually a month apart.",
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
                        "effect": "Scalp pain and tenderness",
                        "frequency": "very_common",
                        "detail": "Usually settles within a day or two, sometimes with a mild headache.",
                    },
                    {
                        "effect": "Bruising or slight bleeding at the injection points",
                        "frequency": "common",
                        "detail": "It stops with gentle pressure, and any bruises fade within days.",
                    },
                    {
                        "effect": "Feeling faint during the blood draw",
                        "frequency": "uncommon",
                        "detail": (
                            "Tell the team if needles make you feel faint; you can lie down while the blood is drawn."
                        ),
                    },
                    {
                        "effect": "Infection",
                        "frequency": "rare",
                        "detail": "Call the clinic if the scalp becomes hot, swollen or more painful after a few days.",
                    },
                ],
                "contraindications": [
                    {
                        "condition": "A bleeding or platelet disorder, or blood-thinning medicines",
                        "note": (
                            "They can make the treatment less effective and bruising more likely. Tell your doctor; "
                            "never stop a prescribed medicine on your own."
                        ),
                    },
                    {"condition": "Infection or skin disease on the scalp", "note": "It is treated first."},
                    {
                        "condition": "Cancer under treatment, or a serious infection",
                        "note": "PRP is generally not given; talk to your doctor.",
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
                        "question": "When will I see a difference?",
                        "answer": (
                            "<p>Usually after three to six months. Hair grows slowly, so photos taken at each visit "
                            "help you and the doctor judge the change.</p>"
                        ),
                    },
                    {
                        "question": "Does it work for everyone?",
                        "answer": (
                            "<p>No. Results vary, and hair loss caused by illness, medicines or a lack of iron "
                            "needs its cause treated first. Your doctor will tell you whether PRP is worth trying.</p>"
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
                "text": "Find out what is behind your hair loss.",
            },
        ),
    ],
}
