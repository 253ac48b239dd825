"""Specialties, concerns and reviewers (English), looked up by slug or licence number."""

SPECIALTIES = [
    {
        "slug": "aesthetics",
        "name": "Aesthetics",
        "description": "Medical aesthetics led by dermatologists: scars, lines, pigmentation and skin quality.",
        "booking_url": "https://clinica.example/book/aesthetics/",
        "front_desk_email": "aesthetics@clinica.example",
        "phone": "+526646342101",
        "whatsapp": "+526641559821",
        "sort_order": 1,
    },
    {
        "slug": "dental",
        "name": "Dental",
        "description": "General and cosmetic dentistry: check-ups, cleaning, whitening and restorations.",
        "booking_url": "https://clinica.example/book/dental/",
        "front_desk_email": "dental@clinica.example",
        "phone": "+526646342102",
        "whatsapp": "+526641559822",
        "sort_order": 2,
    },
    {
        "slug": "nutrition",
        "name": "Nutrition",
        "description": "Eating plans built around your health, your goals and the food you actually like.",
        "booking_url": "https://clinica.example/book/nutrition/",
        "front_desk_email": "nutrition@clinica.example",
        "phone": "+526646342103",
        "whatsapp": "+526641559823",
        "sort_order": 3,
    },
    {
        "slug": "cosmetology",
        "name": "Cosmetology",
        "description": "Facials and skin-care treatments by licensed cosmetologists.",
        "booking_url": "https://clinica.example/book/cosmetology/",
        "front_desk_email": "cosmetology@clinica.example",
        "phone": "+526646342104",
        "whatsapp": "+526641559824",
        "sort_order": 4,
    },
]

CONCERNS = [
    {
        "slug": "acne-scars",
        "name": "Acne scars",
        "description": "Marks and dips left in the skin after acne has healed.",
        "also_known_as": "pitted scars, pockmarks, ice-pick scars",
    },
    {
        "slug": "fine-lines-and-wrinkles",
        "name": "Fine lines and wrinkles",
        "description": "Creases that deepen as the skin loses collagen with age and sun exposure.",
        "also_known_as": "expression lines, crow's feet",
    },
    {
        "slug": "enlarged-pores",
        "name": "Enlarged pores",
        "description": "Pores that look wide or open, most often on the nose and cheeks.",
        "also_known_as": "open pores, large pores",
    },
    {
        "slug": "hyperpigmentation",
        "name": "Hyperpigmentation",
        "description": "Patches of skin darker than the skin around them.",
        "also_known_as": "dark spots, sun spots, melasma",
    },
    {
        "slug": "uneven-skin-tone",
        "name": "Uneven skin tone",
        "description": "Skin whose colour or texture varies from one area to the next.",
        "also_known_as": "blotchy skin, dull skin",
    },
    {
        "slug": "loss-of-elasticity",
        "name": "Loss of elasticity",
        "description": "Skin that feels less firm and springs back more slowly than it used to.",
        "also_known_as": "sagging skin, loose skin",
    },
    {
        "slug": "stretch-marks",
        "name": "Stretch marks",
        "description": "Lines left where the skin stretched quickly, for example in pregnancy or growth spurts.",
        "also_known_as": "striae",
    },
    {
        "slug": "hair-loss",
        "name": "Hair loss",
        "description": "Thinning hair or patches where hair no longer grows.",
        "also_known_as": "alopecia, thinning hair, balding",
    },
    {
        "slug": "tooth-discoloration",
        "name": "Tooth discoloration",
        "description": "Teeth that have turned yellow or grey, or carry stains from food, drink or tobacco.",
        "also_known_as": "stained teeth, yellow teeth",
    },
    {
        "slug": "weight-management",
        "name": "Weight management",
        "description": "Reaching or keeping a healthy weight in a way that lasts.",
        "also_known_as": "weight loss, weight gain",
    },
    {
        "slug": "dehydrated-skin",
        "name": "Dehydrated skin",
        "description": "Skin that feels tight and looks dull because it lacks water.",
        "also_known_as": "dry skin, dull skin, tight skin",
    },
    {
        "slug": "acne-breakouts",
        "name": "Acne breakouts",
        "description": "Pimples, blackheads and inflamed spots on oily skin, on the face, chest or back.",
        "also_known_as": "pimples, blackheads, spots, oily skin",
    },
    {
        "slug": "volume-loss",
        "name": "Volume loss",
        "description": "Cheeks, temples or lips that look flatter or thinner than they used to.",
        "also_known_as": "hollow cheeks, thin lips, under-eye hollows, deep folds",
    },
    {
        "slug": "excessive-sweating",
        "name": "Excessive sweating",
        "description": "Sweating far more than the body needs to cool down, most often in the armpits.",
        "also_known_as": "hyperhidrosis, sweaty armpits, sweaty underarms",
    },
    {
        "slug": "chipped-teeth",
        "name": "Chipped or worn teeth",
        "description": "Teeth with broken corners, worn edges or small gaps that change the look of a smile.",
        "also_known_as": "broken teeth, cracked teeth, uneven teeth, gaps between teeth",
    },
    {
        "slug": "unwanted-hair",
        "name": "Unwanted hair",
        "description": "Body or facial hair you would rather not shave, wax or pluck again and again.",
        "also_known_as": "body hair, facial hair, ingrown hairs, razor bumps",
    },
]

# Invented people with invented licence numbers (cédulas profesionales): demo data only.
REVIEWERS = [
    {
        "key": "dermatologist",
        "name": "Dra. Mariana Castillo Vega",
        "credentials": "MD, dermatologist certified by the Consejo Mexicano de Dermatología",
        "licence_number": "10482736",
        "institution": "Universidad Autónoma de Baja California",
        "specialties": ["aesthetics", "cosmetology"],
        "username": "reviewer",
        "bio": (
            "Dr. Castillo has treated scars, pigmentation and ageing skin for more than twelve years. She leads the "
            "clinic's aesthetics team and reviews every skin treatment article before it is published."
        ),
    },
    {
        "key": "dentist",
        "name": "Dr. Luis Alberto Ferrer Ríos",
        "credentials": "DDS, cosmetic dentistry",
        "licence_number": "9275314",
        "institution": "Universidad Nacional Autónoma de México",
        "specialties": ["dental"],
        "username": "dentist",
        "bio": (
            "Dr. Ferrer practises general and cosmetic dentistry and heads the clinic's dental team. He reviews the "
            "clinic's dental articles."
        ),
    },
    {
        "key": "nutritionist",
        "name": "L.N. Daniela Ortiz Salazar",
        "credentials": "Licensed nutritionist (Licenciatura en Nutrición)",
        "licence_number": "11630458",
        "institution": "Universidad Autónoma de Guadalajara",
        "specialties": ["nutrition"],
        "username": "nutritionist",
        "bio": (
            "Daniela designs eating plans for adults with busy lives and reviews the clinic's articles on nutrition."
        ),
    },
]
