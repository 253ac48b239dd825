"""The micro-needling article: every fact of the legacy page, rewritten, in typed blocks.

Written from /work/shared/reference/legacy-article-micro-needling.txt without its sentences and without
its slips (a benefit listed twice, a tattoo in the aftercare, "no pain" next to a numbing cream).
"""

MICRO_NEEDLING = {
    "title": "Micro-needling",
    "slug": "micro-needling",
    "summary": (
        "Fine, sterile needles prompt the skin to repair itself and make new collagen, softening scars, lines, "
        "enlarged pores, dark spots and stretch marks with only a few days of redness."
    ),
    "specialty": "aesthetics",
    "reviewer": "dermatologist",
    "reviewed_days_ago": 35,
    "hero_image": "micro-needling-hero",
    "hero_alt_text": (
        "Illustration of skin marked with a disc of tiny, evenly spaced points beside a micro-needling pen."
    ),
    "concerns": [
        "acne-scars",
        "fine-lines-and-wrinkles",
        "enlarged-pores",
        "hyperpigmentation",
        "uneven-skin-tone",
        "loss-of-elasticity",
        "stretch-marks",
        "hair-loss",
    ],
    "key_facts": {
        "session_minutes": 120,
        "numbing_minutes_min": 45,
        "numbing_minutes_max": 60,
        "downtime_days_min": 1,
        "downtime_days_max": 3,
        "sessions_min": 3,
        "sessions_max": 6,
    },
    "body": [
        (
            "section",
            {
                "heading": "What is micro-needling?",
                "body": (
                    "<p>Micro-needling is a minimally invasive treatment that makes tiny, controlled punctures in "
                    "the skin with very fine, sterile needles. The needles come in different lengths, chosen for "
                    "the area and the concern being treated.</p>"
                    "<p>Its popularity has grown quickly: it refreshes the skin and makes it look fuller and "
                    "healthier, recovery is short compared with many other treatments, and each plan is adjusted "
                    "to the person.</p>"
                    "<p>Most treatments are on the face, but other parts of the body can be treated too, for "
                    "example stretch marks on the thighs or abdomen.</p>"
                ),
            },
        ),
        (
            "image",
            {
                "image": "skin-layers",
                "alt_text": (
                    "Diagram of three skin layers with a row of fine needles reaching from the surface into the "
                    "middle layer, where wavy collagen fibres lie."
                ),
                "caption": "The needles reach the dermis, the layer of the skin where collagen is made.",
            },
        ),
        (
            "section",
            {
                "heading": "How it works",
                "body": (
                    "<p>Every needle leaves a minute injury at a precise point. The skin answers each pinprick as "
                    "it would any wound: it starts repairing, renews its cells and produces fresh collagen, the "
                    "protein that keeps skin firm and smooth.</p>"
                    "<p>Collagen is lost naturally with age and after injuries. The tissue that grows back tends "
                    "to be more even in colour and texture, and the added collagen can leave the skin firmer. "
                    "Studies cited by the American Academy of Dermatology Association found that micro-needling "
                    "can speed up the skin's healing and improve its elasticity, which is why it counts among the "
                    "most promising anti-ageing treatments.</p>"
                    "<p>Micro-needling can be combined with topical serums, radiofrequency or platelet-rich "
                    "plasma (PRP). Whether a combination is right for you is decided together with an experienced "
                    "dermatologist at your consultation.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {
                        "title": "Softer scars, including acne scars",
                        "detail": "Dips and marks left by acne and other scars become less noticeable.",
                    },
                    {
                        "title": "Fewer visible fine lines and wrinkles",
                        "detail": "New collagen fills out the skin beneath the creases.",
                    },
                    {"title": "Smaller-looking pores", "detail": "Enlarged pores look tighter and less open."},
                    {
                        "title": "Faded dark spots",
                        "detail": "Areas of hyperpigmentation blend in with the skin around them.",
                    },
                    {"title": "A more even skin tone", "detail": "Blotchy or uneven patches even out."},
                    {"title": "Better elasticity", "detail": "The skin feels firmer and springs back more readily."},
                    {"title": "Less visible stretch marks", "detail": "Including on the thighs and abdomen."},
                    {
                        "title": "Hair growth in alopecia",
                        "detail": "Treating the scalp can help hair grow back in people with alopecia.",
                    },
                ],
            },
        ),
        (
            "target_areas",
            {
                "heading": "Treatment areas",
                "areas": [
                    {"area": "face", "note": "Acne and other scars, fine lines, enlarged pores and dark spots"},
                    {"area": "thighs", "note": "Stretch marks"},
                    {"area": "abdomen", "note": "Stretch marks"},
                    {"area": "scalp", "note": "Hair loss (alopecia)"},
                ],
            },
        ),
        (
            "preparation",
            {
                "heading": "Before your appointment",
                "intro": (
                    "Some medicines and skin-care products make a reaction more likely. The times below are a "
                    "guide: your doctor sets the exact timing for you."
                ),
                "items": [
                    {
                        "kind": "consultation",
                        "subject": "Your medicines and skin-care routine",
                        "instruction": (
                            "Go through everything you take and everything you put on your skin with your doctor at "
                            "the consultation, so that nothing causes an unexpected reaction."
                        ),
                        "lead_time": 14,
                        "lead_time_unit": "days",
                    },
                    {
                        "kind": "medication",
                        "subject": "Ibuprofen",
                        "instruction": (
                            "Stop taking it ahead of the session. Your doctor will tell you when, and what you can "
                            "take instead if you need pain relief."
                        ),
                        "lead_time": 7,
                        "lead_time_unit": "days",
                    },
                    {
                        "kind": "medication",
                        "subject": "Isotretinoin (Accutane)",
                        "instruction": (
                            "Tell your doctor if you take it or took it recently. It has to be stopped long before "
                            "micro-needling; your doctor decides when it is safe to go ahead."
                        ),
                        "lead_time": 6,
                        "lead_time_unit": "months",
                    },
                    {
                        "kind": "product",
                        "subject": "Retinoids and exfoliating acids",
                        "instruction": (
                            "Pause products that make the skin more sensitive, such as retinol creams and glycolic "
                            "or salicylic acid."
                        ),
                        "lead_time": 7,
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
                        "title": "Cleansing and skin check",
                        "description": "The area is cleaned and the doctor looks over your skin.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Numbing cream",
                        "description": (
                            "A topical anaesthetic goes on 45 to 60 minutes before the needling, so the treatment "
                            "is comfortable."
                        ),
                        "duration_minutes": 60,
                    },
                    {
                        "title": "Serum",
                        "description": (
                            "A serum that supports the skin's repair and eases discomfort is spread over the area, "
                            "and the device glides over it."
                        ),
                        "duration_minutes": 5,
                    },
                    {
                        "title": "Micro-needling",
                        "description": (
                            "The doctor moves the device evenly across the skin, which keeps the result even. The "
                            "punctures are so small that you may barely feel them; staying as still as you can "
                            "keeps it comfortable."
                        ),
                        "duration_minutes": 30,
                    },
                    {
                        "title": "Soothing and aftercare advice",
                        "description": (
                            "A soothing serum calms the skin and you go home with aftercare instructions. The whole "
                            "visit takes about two hours."
                        ),
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
                        "starts_after": 0,
                        "ends_after": 3,
                        "unit": "days",
                        "text": (
                            "Redness, irritation and some itching, rather like a mild sunburn, especially after the "
                            "first session. It is the skin's normal response to the punctures and settles in a few "
                            "days."
                        ),
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 3,
                        "unit": "days",
                        "text": "Pigmented make-up such as foundation or concealer, until the skin has fully healed.",
                    },
                    {
                        "kind": "avoid",
                        "starts_after": 0,
                        "ends_after": 7,
                        "unit": "days",
                        "text": (
                            "Direct sun and harsh products such as peels, scrubs and exfoliating acids, for about "
                            "a week."
                        ),
                    },
                    {
                        "kind": "do",
                        "starts_after": 0,
                        "unit": "days",
                        "text": "Put on sunscreen every day: treated skin burns more easily than usual.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 1,
                        "unit": "days",
                        "text": "Go back to work or school once you feel comfortable; most need little time off.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 3,
                        "unit": "days",
                        "text": "Once the skin has healed, mineral camouflage make-up can cover any redness left.",
                    },
                    {
                        "kind": "expect",
                        "starts_after": 1,
                        "ends_after": 4,
                        "unit": "weeks",
                        "text": "New tissue forms over the following weeks, so results build up gradually.",
                    },
                    {
                        "kind": "do",
                        "starts_after": 4,
                        "unit": "weeks",
                        "text": (
                            "Come back for the follow-up sessions you planned with your doctor. Further sessions, "
                            "sometimes with complementary treatments, make the results last longer."
                        ),
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
                        "effect": "Redness, swelling and tenderness",
                        "frequency": "very_common",
                        "detail": (
                            "Expected after every session, much like a mild sunburn; it usually settles within one to "
                            "three days."
                        ),
                    },
                    {
                        "effect": "Dark spots (hyperpigmentation)",
                        "frequency": "uncommon",
                        "detail": (
                            "More likely on darker skin or if treated skin gets sun. They usually fade over a few "
                            "months; daily sunscreen lowers the chance, and your doctor can treat them if they appear."
                        ),
                    },
                    {
                        "effect": "Infection",
                        "frequency": "rare",
                        "detail": (
                            "Call the clinic straight away if the skin becomes hot, more painful or swollen, oozes or "
                            "crusts, or you have a fever."
                        ),
                    },
                    {
                        "effect": "Scarring",
                        "frequency": "rare",
                        "detail": (
                            "More likely if the skin becomes infected or is picked while it heals. Tell your doctor "
                            "about any spot that heals slowly."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "Active acne, cold sores or a skin infection in the area",
                        "note": "The needles could spread it; treatment waits until the skin has healed.",
                    },
                    {
                        "condition": "A tendency to form raised scars (keloids)",
                        "note": "The needles could trigger new scars; your doctor will talk you through other options.",
                    },
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "Treatment is put off until afterwards, as a precaution.",
                    },
                ],
                "pauses": [
                    {
                        "subject": "Isotretinoin (Accutane)",
                        "stop_before": 6,
                        "unit": "months",
                        "note": (
                            "It slows the skin's healing and raises the risk of scarring; your doctor decides when you "
                            "can go ahead."
                        ),
                    },
                    {
                        "subject": "Ibuprofen",
                        "stop_before": 7,
                        "unit": "days",
                        "note": (
                            "It can make bleeding and bruising more likely. If a doctor prescribed it, ask them before "
                            "you stop it."
                        ),
                    },
                ],
            },
        ),
        (
            "comparison",
            {
                "alternative_name": "Home derma rollers",
                "intro": "Rollers for home use are sold as a cheaper option. They are not the same treatment.",
                "rows": [
                    {
                        "aspect": "Who does it",
                        "this_treatment": "A doctor, in a medical office",
                        "alternative": "You, at home",
                    },
                    {
                        "aspect": "Depth reached",
                        "this_treatment": "Deep enough to reach the layer where collagen is made",
                        "alternative": "Only the top layers; the skin is not actually punctured",
                    },
                    {
                        "aspect": "Sterility",
                        "this_treatment": "Sterile needles",
                        "alternative": "Reused needles that are hard to keep clean and soon go blunt",
                    },
                    {
                        "aspect": "Results",
                        "this_treatment": "New collagen and lasting renewal",
                        "alternative": "A temporary glow at best",
                    },
                    {"aspect": "Cost", "this_treatment": "Higher per session", "alternative": "Low"},
                ],
                "verdict": (
                    "A roller can brighten the skin for a short while, but it does not go deep enough to start the "
                    "repair that produces collagen. For scars, lines, pores or stretch marks, micro-needling by a "
                    "doctor is the option that gets results."
                ),
            },
        ),
        (
            "comparison",
            {
                "alternative_name": "Laser therapy",
                "intro": "",
                "rows": [
                    {"aspect": "Cost", "this_treatment": "Considerably lower", "alternative": "Higher"},
                    {
                        "aspect": "Effect on skin colour",
                        "this_treatment": "Does not act on the skin's pigment",
                        "alternative": "Can lighten or darken the skin",
                    },
                    {
                        "aspect": "Who it suits",
                        "this_treatment": "Works better than laser for some patients",
                        "alternative": "Suits other patients and concerns",
                    },
                ],
                "verdict": (
                    "Both improve scars and skin texture. Micro-needling costs less and does not risk the changes in "
                    "skin colour that laser can cause, which makes it a sensible first choice for many people; your "
                    "dermatologist will tell you which fits your skin and goals."
                ),
            },
        ),
        (
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    {
                        "question": "Does micro-needling hurt?",
                        "answer": (
                            "<p>Very little. The numbing cream goes on up to an hour beforehand, and the punctures "
                            "are so fine that many people hardly feel them; most notice light scratching or "
                            "pressure.</p>"
                        ),
                    },
                    {
                        "question": "How many sessions will I need?",
                        "answer": (
                            "<p>Usually three to six. Your doctor plans the number with you, based on your skin and "
                            "what you want to achieve.</p>"
                        ),
                    },
                    {
                        "question": "Will I need time off work?",
                        "answer": (
                            "<p>Rarely more than a day or two. The skin is usually red for one to three days, and "
                            "you can go back to work or school as soon as you feel comfortable.</p>"
                        ),
                    },
                    {
                        "question": "Are there any risks?",
                        "answer": (
                            "<p>Like any treatment that breaks the skin, it can occasionally leave scars or dark "
                            "spots, or become infected. Sterile needles, an experienced doctor and careful aftercare "
                            "keep that risk low.</p>"
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
                    "<p>This article is general information and does not replace a consultation. Whether "
                    "micro-needling suits you, and how your treatment is planned, is decided with a doctor who "
                    "has examined your skin.</p>"
                ),
            },
        ),
        (
            "references",
            {
                "heading": "References",
                "items": [
                    {
                        "title": "Microneedling: experienced hands can improve the face",
                        "publisher": "American Academy of Dermatology Association",
                        "year": 2018,
                        "url": "https://www.aad.org/news/microneedling",
                    },
                    {
                        "title": "Microneedling: a review and practical guide",
                        "publisher": "Dermatologic Surgery",
                        "year": 2018,
                        "url": "https://pubmed.ncbi.nlm.nih.gov/?term=Microneedling%3A+a+review+and+practical+guide",
                    },
                    {
                        "title": "Microneedling for the treatment of scars: an update for clinicians",
                        "publisher": "Clinical, Cosmetic and Investigational Dermatology",
                        "year": 2020,
                        "url": "https://doi.org/10.2147/CCID.S267192",
                    },
                ],
            },
        ),
        (
            "booking_cta",
            {
                "specialty": "aesthetics",
                "label": "Book with an aesthetics specialist",
                "text": "Find out whether micro-needling suits your skin.",
            },
        ),
        (
            "booking_cta",
            {"specialty": "dental", "label": "Book with a dental specialist", "text": "Looking after your smile too?"},
        ),
        (
            "booking_cta",
            {
                "specialty": "nutrition",
                "label": "Book with a nutritionist",
                "text": "Want an eating plan that fits your life?",
            },
        ),
        (
            "booking_cta",
            {
                "specialty": "cosmetology",
                "label": "Book with a cosmetologist",
                "text": "Facials and skin-care treatments.",
            },
        ),
    ],
}
