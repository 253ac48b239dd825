"""A short dental article: porcelain veneers for chipped, worn or deeply stained front teeth."""

PORCELAIN_VENEERS = {
    "title": "Porcelain veneers",
    "slug": "porcelain-veneers",
    "summary": (
        "Thin porcelain shells bonded to the front of your teeth cover chips, worn edges, small gaps and stains "
        "that whitening cannot lift, in two or three visits."
    ),
    "specialty": "dental",
    "reviewer": "dentist",
    "reviewed_days_ago": 41,
    "hero_image": "teeth-whitening-hero",
    "hero_alt_text": "Illustration of a smile with a row of white teeth on a pale blue background.",
    "concerns": ["chipped-teeth", "tooth-discoloration"],
    "key_facts": {"session_minutes": 120, "downtime_days_min": 0, "sessions_min": 2, "sessions_max": 3},
    "body": [
        (
            "section",
            {
                "heading": "What are porcelain veneers?",
                "body": (
                    "<p>A veneer is a thin shell of porcelain, made in a dental laboratory to the shape and shade "
                    "planned with you, and bonded to the front surface of a tooth. It changes the colour, shape "
                    "and length of the teeth that show when you smile.</p>"
                    "<p>To make room for it, the dentist usually removes a thin layer of enamel, so the decision "
                    "cannot be undone: the tooth will always need a veneer. That is why the dentist first checks "
                    "whether whitening, bonding or orthodontics could give you the result with less change.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "Chipped and worn teeth rebuilt"},
                    {"title": "Stains that whitening cannot reach covered"},
                    {"title": "Small gaps and uneven edges corrected"},
                    {"title": "Porcelain that resists new stains", "detail": "With good care it lasts many years."},
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [{"area": "teeth", "note": "The front teeth that show when you smile"}],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your visits, step by step",
                "steps": [
                    {
                        "title": "Smile design",
                        "description": (
                            "Photos, a scan and a trial version in resin let you see the shape and shade before "
                            "anything is changed."
                        ),
                        "duration_minutes": 45,
                    },
                    {
                        "title": "Preparing the teeth",
                        "description": (
                            "Under local anaesthetic the enamel is shaped, an impression is taken and temporary "
                            "veneers are placed."
                        ),
                        "duration_minutes": 120,
                    },
                    {
                        "title": "Bonding the veneers",
                        "description": (
                            "About two weeks later the veneers are tried in, adjusted and bonded with a special "
                            "cement, then your bite is checked."
                        ),
                        "duration_minutes": 90,
                    },
                ],
            },
        ),
        (
            "aftercare",
            {
                "heading": "After your veneers",
                "entries": [
                    {
                        "kind": "expect",
                        "starts_after": 0,
                        "ends_after": 7,
                        "unit": "days",
                        "text": "Some sensitivity to cold, and a bite that feels new, for a few days.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "unit": "days",
                        "text": (
                            "Biting ice, pens or nails; if you grind your teeth at night, wear the guard you are given."
                        ),
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Brush, floss and come to your check-ups as usual.",
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
                        "effect": "Sensitivity to hot and cold",
                        "frequency": "common",
                        "detail": "Usually fades within a week; tell your dentist if it lasts longer.",
                    },
                    {
                        "effect": "Chipped or loosened veneer",
                        "frequency": "common",
                        "detail": (
                            "Over the years this can happen with hard knocks, biting hard objects or grinding. A "
                            "veneer can often be repaired or replaced."
                        ),
                    },
                    {
                        "effect": "Sore or swollen gums around the veneers",
                        "frequency": "uncommon",
                        "detail": (
                            "Careful brushing and flossing help; see your dentist if it lasts more than a few days."
                        ),
                    },
                    {
                        "effect": "Damage to the nerve of the tooth",
                        "frequency": "uncommon",
                        "detail": "A tooth that keeps aching after its veneer is placed may need root canal treatment.",
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Untreated tooth decay or gum disease",
                        "note": "These are treated first: veneers need healthy teeth and gums.",
                    },
                    {
                        "condition": "Heavy tooth grinding (bruxism)",
                        "note": (
                            "Veneers may chip or come loose; your dentist may suggest a night guard or a different "
                            "option."
                        ),
                    },
                    {
                        "condition": "Too little healthy enamel",
                        "note": "Veneers need enamel to bond to; a crown may suit the tooth better.",
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
                        "question": "Should I whiten my teeth first?",
                        "answer": (
                            "<p>If your other teeth are to match, yes: porcelain keeps its shade, so teeth "
                            "whitening is done before the veneer colour is chosen.</p>"
                        ),
                    },
                    {
                        "question": "Can a veneer break?",
                        "answer": (
                            "<p>Porcelain is strong but can chip with a hard knock or a bad habit. A chipped veneer "
                            "can often be repaired or replaced.</p>"
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
                    "dentist will tell you whether veneers, or a simpler option, suit your teeth.</p>"
                ),
            },
        ),
        (
            "booking_cta",
            {
                "specialty": "dental",
                "label": "Book with a dental specialist",
                "text": "See your new smile before you decide.",
            },
        ),
    ],
}
