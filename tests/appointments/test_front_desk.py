"""The front desk in the admin: only they (and superusers) read requests; they move them along and export them."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from appointments.models import AppointmentRequest
from appointments.permissions import FRONT_DESK_GROUP
from tests import factories
from tests.api_helpers import api_post

from .conftest import PATIENT

LISTING = "/admin/appointment_requests/"


@pytest.fixture
def appointment(client, request_body):
    response = api_post(client, "/api/v1/appointments/", request_body())
    assert response.status_code == 201
    return AppointmentRequest.objects.get(reference=response.json()["reference"])


@pytest.fixture
def front_desk(demo):
    return factories.user_in(FRONT_DESK_GROUP, "recepcion")


def signed_in(client, user):
    client.force_login(user)
    return client


def test_the_front_desk_lists_filters_and_reads_a_request(client, appointment, front_desk, specialty):
    signed_in(client, front_desk)

    listing = client.get(LISTING)
    assert listing.status_code == 200
    assert appointment.reference in listing.text and PATIENT["name"] in listing.text
    assert appointment.reference in client.get(LISTING, {"status": "new", "specialty": specialty.pk}).text
    assert appointment.reference not in client.get(LISTING, {"status": "booked"}).text
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert appointment.reference not in client.get(LISTING, {"created_at_from": tomorrow}).text
    assert appointment.reference in client.get(LISTING, {"created_at_to": tomorrow}).text
    assert appointment.reference in client.get(LISTING, {"q": appointment.reference}).text

    detail = client.get(f"{LISTING}inspect/{appointment.pk}/")
    assert detail.status_code == 200
    for shown in (PATIENT["message"], PATIENT["email"], "+526645550199", "Aviso de privacidad"):
        assert shown in detail.text


def test_a_status_change_records_who_and_when(client, appointment, front_desk):
    signed_in(client, front_desk)

    response = client.post(
        f"{LISTING}edit/{appointment.pk}/", {"status": "contacted", "front_desk_notes": "Llamó el lunes."}
    )

    assert response.status_code == 302
    appointment.refresh_from_db()
    assert (appointment.status, appointment.status_changed_by) == ("contacted", front_desk)
    assert appointment.front_desk_notes == "Llamó el lunes."
    entry = ModelLogEntry.objects.get(action="appointments.status_changed", object_id=str(appointment.pk))
    assert (entry.user, entry.data) == (front_desk, {"from": "new", "to": "contacted"})
    assert entry.label == appointment.reference  # the history names no patient
    history = client.get(f"{LISTING}history/{appointment.pk}/")
    assert "Status changed from “New” to “Contacted”" in history.text


def test_saving_without_a_status_change_records_none(client, appointment, front_desk):
    signed_in(client, front_desk)

    client.post(f"{LISTING}edit/{appointment.pk}/", {"status": "new", "front_desk_notes": "Sin respuesta."})

    appointment.refresh_from_db()
    assert appointment.status_changed_by is None
    assert not ModelLogEntry.objects.filter(action="appointments.status_changed").exists()


def test_the_csv_export_holds_the_requests_but_not_their_messages(client, appointment, front_desk):
    signed_in(client, front_desk)

    response = client.get(LISTING, {"export": "csv"})

    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    header, *rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = dict(zip(header, next(row for row in rows if appointment.reference in row), strict=True))
    assert (row["Status"], row["Preferred contact"], row["Language"]) == ("New", "WhatsApp", "Spanish")
    received = timezone.localtime(appointment.created_at).strftime("%Y-%m-%d %H:%M")
    assert row["Received at"] == received  # the clinic's time, as the listing shows it
    assert PATIENT["message"] not in str(rows) and "Message" not in header


def test_nobody_adds_or_deletes_a_request_here(client, appointment, demo):
    admin = get_user_model().objects.create_superuser("root", "root@example.com", "pw")
    signed_in(client, admin)

    assert client.get(LISTING).status_code == 200
    assert client.get(f"{LISTING}new/").status_code in (302, 403)
    assert client.post(f"{LISTING}delete/{appointment.pk}/").status_code in (302, 403)
    assert AppointmentRequest.objects.filter(pk=appointment.pk).exists()


@pytest.mark.parametrize(
    "group", ["Editors", "Moderators", "Medical reviewers", "Translators (Spanish)"], ids=lambda name: name.split()[0]
)
def test_editors_reviewers_and_translators_cannot_see_requests(client, appointment, group):
    signed_in(client, factories.user_in(group, "someone"))

    dashboard = client.get("/admin/")
    assert LISTING not in dashboard.text
    for url in (
        LISTING,
        f"{LISTING}inspect/{appointment.pk}/",
        f"{LISTING}edit/{appointment.pk}/",
        f"{LISTING}?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert PATIENT["name"] not in response.content.decode(errors="replace")
    assert client.post(f"{LISTING}edit/{appointment.pk}/", {"status": "closed"}).status_code in (302, 403)
    appointment.refresh_from_db()
    assert appointment.status == "new"


def test_signed_out_visitors_are_sent_to_sign_in(client, appointment):
    response = client.get(f"{LISTING}inspect/{appointment.pk}/")

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_formula_typed_as_a_name_reaches_the_spreadsheet_as_text(client, request_body, front_desk):
    api_post(client, "/api/v1/appointments/", request_body(name='=HYPERLINK("http://evil.example","Ver")'))
    signed_in(client, front_desk)

    response = client.get(LISTING, {"export": "csv"})

    header, row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    record = dict(zip(header, row, strict=True))
    assert record["Name"] == """'=HYPERLINK("http://evil.example","Ver")"""
    assert record["Phone"] == "'+526645550199"


def test_an_anonymised_request_can_be_read_but_not_edited(client, appointment, front_desk):
    call_command("purge_appointments", "--older-than=1d", stdout=io.StringIO())  # nothing is that old yet
    AppointmentRequest.objects.filter(pk=appointment.pk).update(anonymised_at=timezone.now(), name="")
    signed_in(client, front_desk)

    assert client.get(f"{LISTING}inspect/{appointment.pk}/").status_code == 200
    assert client.post(
        f"{LISTING}edit/{appointment.pk}/", {"status": "new", "front_desk_notes": "Lucía"}
    ).status_code in (302, 403)
    appointment.refresh_from_db()
    assert appointment.front_desk_notes == ""


def test_the_listing_costs_the_same_queries_for_one_request_or_many(client, request_body, front_desk):
    signed_in(client, front_desk)
    api_post(client, "/api/v1/appointments/", request_body())
    client.get(LISTING)  # warm per-session work (menu, permissions)

    with CaptureQueriesContext(connection) as one:
        assert client.get(LISTING).status_code == 200
    for specialty in ("dental", "nutrition", "cosmetology", "aesthetics"):
        api_post(client, "/api/v1/appointments/", request_body(specialty=specialty))
    with CaptureQueriesContext(connection) as five:
        assert client.get(LISTING).status_code == 200

    assert len(five) == len(one)
