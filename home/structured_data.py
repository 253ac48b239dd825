"""The clinic in schema.org JSON-LD: the ``MedicalClinic`` every page's graph names as its publisher.

Registered with the delivery API's structured data (``delivery.structured_data.register_publisher``)
when the app is ready, so that the shared layer needs to know nothing of the clinic's settings.
"""

from delivery.structured_data import SCHEMA_ORG, node

from .models import ClinicSettings

WEEKDAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def postal_address(clinic):
    street = ", ".join(part for part in (clinic.street_address, clinic.neighbourhood) if part)
    return node(
        "PostalAddress",
        streetAddress=street,
        addressLocality=clinic.city,
        addressRegion=clinic.region,
        postalCode=clinic.postal_code,
        addressCountry=clinic.country,
    )


def opening_hours(clinic):
    specifications = []
    for period in clinic.opening_hours:
        value = period.value
        specifications.append(
            node(
                "OpeningHoursSpecification",
                dayOfWeek=[f"{SCHEMA_ORG}/{WEEKDAY_NAMES[day]}" for day in value["days"] if day in WEEKDAY_NAMES],
                opens=value["opens"].strftime("%H:%M") if value["opens"] else None,
                closes=value["closes"].strftime("%H:%M") if value["closes"] else None,
            )
        )
    return specifications


def clinic_node(context, *, node_id, url):
    """The clinic from its settings, as every page's publisher; None when the settings were never saved."""
    clinic = ClinicSettings.objects.first()
    if clinic is None:
        return None
    geo = None
    if clinic.latitude is not None and clinic.longitude is not None:
        geo = node("GeoCoordinates", latitude=float(clinic.latitude), longitude=float(clinic.longitude))
    return node(
        "MedicalClinic",
        **{"@id": node_id},
        name=clinic.name,
        url=url,
        telephone=clinic.phone,
        email=clinic.email,
        address=postal_address(clinic),
        geo=geo,
        openingHoursSpecification=opening_hours(clinic),
        sameAs=[link.value["url"] for link in clinic.social_links],
        identifier=permit(clinic.advertising_permit),
    )


def permit(number):
    """The COFEPRIS advertising permit the clinic's health advertising is published under, as an identifier."""
    if not number:
        return None
    return node("PropertyValue", propertyID="COFEPRIS permiso de publicidad", value=number)
