"""A specialty as the API names it wherever it appears: on cards, articles and booking buttons."""


def specialty_summary(specialty):
    return {"slug": specialty.slug, "name": specialty.name}


def booking_channels(specialty):
    """Where to book with the specialty; an empty field is null."""
    return {
        "url": specialty.booking_url or None,
        "phone": specialty.phone or None,
        "whatsapp": specialty.whatsapp or None,
        "whatsapp_url": specialty.whatsapp_url or None,
    }
