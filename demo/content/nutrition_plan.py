"""A short nutrition article: a personalised eating plan with follow-up visits."""

NUTRITION_PLAN = {
    "title": "Personalised nutrition plan",
    "slug": "personalised-nutrition-plan",
    "summary": (
        "A nutritionist builds an eating plan around your health, your goals and your routine, and adjusts it at "
        "follow-up visits."
    ),
    "specialty": "nutrition",
    "reviewer": "nutritionist",
    "reviewed_days_ago": 83,
    "hero_image": "nutrition-plan-hero",
    "hero_alt_text": "Illustration of a plate divided into portions of vegetables, grains and protein.",
    "concerns": ["weight-management"],
    "key_facts": {"session_minutes": 60, "sessions_min": 3, "sessions_max": 6},
    "body": [
        (
            "section",
            {
                "heading": "What is a personalised nutrition plan?",
                "body": (
                    "<p>At a first visit a licensed nutritionist goes over your health, habits and goals, measures "
                    "your body composition and then writes an eating plan that fits your tastes, budget and "
                    "timetable.</p>"
                    "<p>Follow-up visits check your progress and adjust the plan, so that the changes are ones you "
                    "can keep.</p>"
                ),
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "items": [
                    {"title": "A plan built around food you like"},
                    {"title": "Steady, realistic progress", "detail": "Changes are small enough to last."},
                    {"title": "Support at every follow-up", "detail": "The plan changes as your needs do."},
                ],
            },
        ),
        (
            "preparation",
            {
                "heading": "Before your first visit",
                "items": [
                    {
                        "kind": "consultation",
                        "subject": "A food diary",
                        "instruction": "Write down what you eat and drink for three days, including a weekend day.",
                        "lead_time": 3,
                        "lead_time_unit": "days",
                    },
                    {
                        "kind": "consultation",
                        "subject": "Recent blood tests and medicines",
                        "instruction": "Bring any recent test results and a list of the medicines you take.",
                        "lead_time": 0,
                        "lead_time_unit": "days",
                    },
                ],
            },
        ),
        (
            "procedure_steps",
            {
                "heading": "Your first visit, step by step",
                "steps": [
                    {
                        "title": "Health and habits",
                        "description": "A conversation about your health, your routine and what you usually eat.",
                        "duration_minutes": 25,
                    },
                    {
                        "title": "Body composition",
                        "description": "Weight, waist and body composition are measured as a starting point.",
                        "duration_minutes": 10,
                    },
                    {
                        "title": "Goals and plan",
                        "description": "You agree on goals together and go through the outline of your plan.",
                        "duration_minutes": 20,
                    },
                    {
                        "title": "Next steps",
                        "description": "You book your first follow-up; the full plan is sent to you afterwards.",
                        "duration_minutes": 5,
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
                        "effect": "Hunger, tiredness or headaches while you adjust",
                        "frequency": "common",
                        "detail": (
                            "They usually ease within the first weeks; tell the nutritionist, who can adjust the plan."
                        ),
                    },
                    {
                        "effect": "Bloating or changes in bowel habits",
                        "frequency": "common",
                        "detail": "More fibre takes time to get used to, so the plan increases it gradually.",
                    },
                    {
                        "effect": "Low blood sugar if you take medicines for diabetes",
                        "frequency": "uncommon",
                        "detail": (
                            "Eating differently can change the dose you need. Your doctor should check your medicines "
                            "when the plan starts; do not change them on your own."
                        ),
                    },
                ],
                "contraindications": [
                    {
                        "condition": "An eating disorder, now or in the past",
                        "note": (
                            "A plan that cuts calories is not suitable; care is coordinated with your doctor or "
                            "therapist."
                        ),
                    },
                    {
                        "condition": "Pregnancy or breastfeeding",
                        "note": "No weight-loss plan is started; the plan focuses on what you and your baby need.",
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
                        "question": "Is this a diet for losing weight?",
                        "answer": (
                            "<p>Not necessarily. The plan follows your goal, whether that is losing, gaining or "
                            "keeping weight, or eating well with a health condition.</p>"
                        ),
                    },
                    {
                        "question": "How often are the follow-up visits?",
                        "answer": (
                            "<p>Usually every two to four weeks at first, then less often as the new habits settle "
                            "in.</p>"
                        ),
                    },
                    {
                        "question": "Can I follow a plan if I have diabetes or another condition?",
                        "answer": (
                            "<p>Yes. Tell the nutritionist at the first visit; when a condition affects what you can "
                            "eat, the plan is coordinated with your doctor.</p>"
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
                    "<p>This page is general information. If you have a medical condition or take medicines, talk "
                    "to your doctor before changing what you eat.</p>"
                ),
            },
        ),
        (
            "booking_cta",
            {"specialty": "nutrition", "label": "Book with a nutritionist", "text": "Start with a first visit."},
        ),
    ],
}
