"""The clinic's details for ClinicSettings.

The address is the one on the legacy website; the phone numbers, e-mail and permit number are invented.
"""

CLINIC = {
    "name": "Clínica Zona Río",
    "street_address": "Blvd. General Sánchez Taboada 9589, Suite 102",
    "neighbourhood": "Zona Urbana Río",
    "city": "Tijuana",
    "region": "B.C.",
    "postal_code": "22010",
    "country": "MX",
    "phone": "+526646342100",
    "whatsapp": "+526641559820",
    "email": "contacto@clinica.example",
    "latitude": "32.521500",
    "longitude": "-117.015400",
    # A placeholder, not a real COFEPRIS permit: replace it before the site goes public.
    "advertising_permit": "DEMO-2026-0000",
}

OPENING_HOURS = [
    ("period", {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00:00", "closes": "19:00:00"}),
    ("period", {"days": ["sat"], "opens": "09:00:00", "closes": "14:00:00"}),
]

SOCIAL_LINKS = [
    ("link", {"network": "facebook", "url": "https://www.facebook.com/clinica.example"}),
    ("link", {"network": "instagram", "url": "https://www.instagram.com/clinica.example/"}),
]

# The clinic's own sentences (the translatable ClinicText snippet that ClinicSettings.texts points to).
CLINIC_TEXT = {
    "tagline": "Aesthetic medicine, dentistry, nutrition and cosmetology under one roof in Zona Río, Tijuana.",
    "opening_hours_note": "Closed on Sundays and public holidays.",
    "medical_disclaimer": (
        "The treatment articles on this site are general information, checked by a licensed professional of "
        "each specialty. They do not replace a consultation: a doctor or specialist must assess you before any "
        "treatment, and results vary from person to person."
    ),
    "privacy_summary": (
        "We use your details only to book and provide your care; the privacy notice explains how to access, "
        "correct or delete them."
    ),
}
