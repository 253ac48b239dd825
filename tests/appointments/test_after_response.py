"""With real commits, as in a server: the e-mails are attempted after the patient's answer, never inside it."""

import json

import pytest

import appointments.api
from appointments import notifications
from appointments.form_tokens import issue_form_token
from appointments.models import AppointmentEmail, AppointmentRequest
from home.models import ClinicSettings, StandardPage
from tests import factories

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


@pytest.fixture
def clinic(settings):
    settings.APPOINTMENTS_MIN_FILL_SECONDS = 0
    settings.APPOINTMENTS_FRONT_DESK_EMAIL = "recepcion@clinica.example"
    home = factories.make_home()
    notice = home.add_child(instance=StandardPage(title="Privacy notice", slug="privacy", body="<p>Kept safe.</p>"))
    notice.save_revision().publish()  # a notice version is a revision
    ClinicSettings.objects.create(
        street_address="Av. Revolución 1",
        city="Tijuana",
        region="B.C.",
        postal_code="22000",
        privacy_notice_page=notice,
    )
    return factories.make_specialty()


def test_the_first_attempt_comes_after_the_view_has_answered(client, clinic, monkeypatch):
    attempts = []
    monkeypatch.setattr(notifications, "enqueue", lambda pk, run_after=None: attempts.append(pk))
    store_request = appointments.api.store_request
    notifications_seen_by_view = None

    def store_and_look(*args, **kwargs):
        nonlocal notifications_seen_by_view
        appointment = store_request(*args, **kwargs)  # committed here: no transaction around the request
        notifications_seen_by_view = list(attempts)
        return appointment

    monkeypatch.setattr(appointments.api, "store_request", store_and_look)
    body = {
        "specialty": "aesthetics",
        "name": "Ana",
        "email": "ana@example.com",
        "preferred_channel": "email",
        "locale": "en",
        "privacy_consent": True,
        "form_token": issue_form_token(),
    }

    response = client.post("/api/v1/appointments/", json.dumps(body), content_type="application/json")

    assert response.status_code == 201
    stored = AppointmentRequest.objects.get(reference=response.json()["reference"])
    assert notifications_seen_by_view == []  # nothing was attempted while the answer was being made
    assert sorted(attempts) == sorted(stored.emails.values_list("pk", flat=True))  # both, once it was sent
    assert AppointmentEmail.objects.count() == 2
