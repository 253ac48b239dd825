"""A patient's request as the frontend sends it, on the demo content (loaded once per module)."""

import pytest
from django.core import mail

from appointments.form_tokens import issue_form_token
from treatments.models import Specialty, TreatmentPage

PATIENT = {
    "name": "Lucía Pérez",
    "email": "lucia.perez@example.com",
    "phone": "+52 664 555 0199",
    "message": "Tengo melasma desde el embarazo.",
}


@pytest.fixture
def demo(db, demo_loaded_once):
    return demo_loaded_once


@pytest.fixture(autouse=True)
def appointment_settings(settings):
    """No waiting for the minimum fill time (its own tests set it), a known front desk, a generous limit."""
    settings.APPOINTMENTS_MIN_FILL_SECONDS = 0
    settings.APPOINTMENTS_FRONT_DESK_EMAIL = "recepcion@clinica.example"
    settings.APPOINTMENTS_RATE_LIMIT = "1000/h"
    mail.outbox = []
    return settings


@pytest.fixture
def specialty(demo):
    return Specialty.objects.get(slug="aesthetics", locale__language_code="en")


@pytest.fixture
def spanish_treatment(specialty):
    return (
        TreatmentPage.objects.live()
        .filter(locale__language_code="es", specialty__translation_key=specialty.translation_key)
        .first()
    )


@pytest.fixture
def request_body(specialty):
    """A complete Spanish request; tests change what they are about."""

    def build(**changes):
        body = {
            "specialty": specialty.slug,
            **PATIENT,
            "preferred_channel": "whatsapp",
            "preferred_dates": [],
            "preferred_time_of_day": "morning",
            "locale": "es",
            "privacy_consent": True,
            "health_data_consent": True,
            "form_token": issue_form_token(),
            "website": "",
        }
        body.update(changes)
        return {name: value for name, value in body.items() if value is not ...}

    return build
