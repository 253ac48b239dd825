"""``POST /api/v1/appointments/`` as the frontend meets it: stored with its consent, or refused field by field."""

import re
from datetime import timedelta

import pytest
from django import forms
from django.core import mail, signing
from django.utils import timezone, translation
from wagtail.models import Page

from appointments.consent import address_hash
from appointments.form_tokens import SALT
from appointments.models import AppointmentEmail, AppointmentRequest
from home.models import ClinicSettings
from tests.api_helpers import api_get, api_post, openapi_document

from .conftest import PATIENT

URL = "/api/v1/appointments/"
REFERENCE = re.compile(r"^CL-[0-9A-HJKMNP-TV-Z]{8}$")


def spanish(message):
    """The Spanish catalogue's text of a message (a source string or a lazy one)."""
    with translation.override("es"):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def privacy_notice_in(language_code):
    return ClinicSettings.base_queryset().first().privacy_notice_in(language_code)


# --- A request that is stored -------------------------------------------------------------------------


def test_a_spanish_request_is_stored_with_its_consent_evidence(client, request_body, specialty, spanish_treatment):
    in_a_month = (timezone.localdate() + timedelta(days=30)).isoformat()
    response = api_post(client, URL, request_body(treatment=spanish_treatment.pk, preferred_dates=[in_a_month]))

    assert response.status_code == 201, response.json()
    answer = response.json()
    assert REFERENCE.match(answer["reference"]) and answer["status"] == "new"
    assert answer["reference"] in answer["message"]
    assert "no-store" in response["Cache-Control"]

    stored = AppointmentRequest.objects.get(reference=answer["reference"])
    notice = privacy_notice_in("es")
    assert (stored.specialty, stored.language, stored.status) == (specialty, "es", "new")
    assert (stored.name, stored.email, stored.message) == (PATIENT["name"], PATIENT["email"], PATIENT["message"])
    assert stored.phone == "+526645550199"  # E.164, whatever spacing the patient typed
    assert stored.treatment_id == spanish_treatment.pk and stored.treatment_title == spanish_treatment.title
    assert stored.preferred_dates == [in_a_month]
    version = stored.privacy_notice  # the Spanish notice, as it read when it was accepted
    assert (version.revision_id, version.page_id, version.language) == (notice.live_revision_id, notice.pk, "es")
    assert version.content["title"] == notice.title and version.content["body"] == notice.specific.body
    assert stored.privacy_consent_at and stored.health_data_consent_at
    assert stored.client_address_hash == address_hash("127.0.0.1") != "127.0.0.1"


def test_the_address_hash_tells_clients_apart_without_holding_the_address(client, request_body):
    first = api_post(client, URL, request_body(), headers={})
    second = client.post(URL, request_body(), content_type="application/json", REMOTE_ADDR="203.0.113.9")

    hashes = [
        AppointmentRequest.objects.get(reference=r.json()["reference"]).client_address_hash for r in (first, second)
    ]
    assert hashes[0] != hashes[1]
    assert all("203.0.113.9" not in value for value in hashes)


def test_references_are_unique_and_unguessable(client, request_body):
    references = {api_post(client, URL, request_body()).json()["reference"] for _ in range(5)}
    assert len(references) == 5


def test_a_request_without_message_needs_no_health_consent(client, request_body):
    response = api_post(client, URL, request_body(message="", health_data_consent=False))

    assert response.status_code == 201
    assert AppointmentRequest.objects.get(reference=response.json()["reference"]).health_data_consent_at is None


def test_an_english_request_accepts_the_english_notice(client, request_body):
    response = api_post(client, URL, request_body(locale="en"))

    stored = AppointmentRequest.objects.get(reference=response.json()["reference"])
    assert stored.language == "en"
    assert stored.privacy_notice.revision_id == privacy_notice_in("en").live_revision_id


# --- Refused, field by field, in the patient's language ------------------------------------------------


def test_every_field_in_error_is_named_in_spanish_and_nothing_is_stored(client, request_body):
    body = request_body(name="", phone="+52 12", email="", preferred_channel="fax", privacy_consent=False)

    response = api_post(client, URL, body)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert set(error["fields"]) >= {"name", "phone", "preferred_channel", "privacy_consent"}
    assert error["fields"]["name"] == [spanish(forms.Field.default_error_messages["required"])]
    assert error["fields"]["phone"] == [
        spanish("Enter the number in international format, with the country code, e.g. +52 664 123 4567.")
    ]
    assert error["field"] in error["fields"]
    assert error["privacy_notice_url"] == "/es/aviso-de-privacidad/"
    assert "no-store" in response["Cache-Control"]
    assert not AppointmentRequest.objects.exists() and not mail.outbox


def test_errors_follow_accept_language_when_the_body_names_no_language(client, request_body):
    body = request_body(name="", locale=...)

    response = api_post(client, URL, body, headers={"Accept-Language": "es"})

    assert response.json()["error"]["fields"]["name"] == [spanish(forms.Field.default_error_messages["required"])]
    assert response.json()["error"]["privacy_notice_url"] == "/es/aviso-de-privacidad/"


def test_without_a_locale_the_request_is_stored_in_the_language_its_notice_was_shown_in(client, request_body):
    response = api_post(client, URL, request_body(locale=...), headers={"Accept-Language": "es"})

    stored = AppointmentRequest.objects.get(reference=response.json()["reference"])
    assert (stored.language, stored.privacy_notice.language) == ("es", "es")


def test_a_message_without_express_health_consent_is_refused(client, request_body):
    response = api_post(client, URL, request_body(health_data_consent=False))

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["health_data_consent"]


@pytest.mark.parametrize("consent", ["true", 1, "yes", None, False])
def test_only_json_true_is_consent(client, request_body, consent):
    response = api_post(client, URL, request_body(privacy_consent=consent))

    assert response.status_code == 400
    assert "privacy_consent" in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "", "phone": ""}, "email"),
        ({"preferred_channel": "email", "email": ""}, "email"),
        ({"preferred_channel": "phone", "phone": ""}, "phone"),
        ({"email": "not-an-address"}, "email"),
        ({"phone": "6641234567"}, "phone"),  # no country code
        ({"specialty": "astrology"}, "specialty"),
        ({"treatment": 999_999}, "treatment"),
        ({"name": 42}, "name"),
        ({"name": "Ana\x00"}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"message": "x" * 2001}, "message"),
        ({"preferred_dates": ["2000-01-01"]}, "preferred_dates"),
        ({"preferred_dates": ["2999-01-01"]}, "preferred_dates"),
        ({"preferred_dates": ["tomorrow"]}, "preferred_dates"),
        ({"preferred_dates": "2030-01-01"}, "preferred_dates"),
        ({"preferred_time_of_day": "midnight"}, "preferred_time_of_day"),
        ({"locale": "fr"}, "locale"),
        ({"website": "   "}, "website"),
        # What the document rules out is refused, not converted: a number as text, a boolean as a string.
        ({"treatment": "12"}, "treatment"),
        ({"treatment": True}, "treatment"),
        ({"health_data_consent": "yes"}, "health_data_consent"),
        ({"preferred_dates": ""}, "preferred_dates"),
    ],
)
def test_invalid_values_are_refused_with_their_field(client, request_body, changes, field):
    response = api_post(client, URL, request_body(**changes))

    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not AppointmentRequest.objects.exists()


def test_a_treatment_of_another_specialty_is_refused(client, request_body, spanish_treatment):
    response = api_post(client, URL, request_body(specialty="dental", treatment=spanish_treatment.pk))

    assert response.json()["error"]["fields"]["treatment"]


@pytest.mark.parametrize("body", ["[1, 2]", "{", "null", ""])
def test_a_body_that_is_not_a_json_object_is_a_json_400(client, demo, body):
    response = client.post(URL, body, content_type="application/json")

    assert response.status_code == 400 and response.json()["error"]["message"]
    assert not AppointmentRequest.objects.exists()


# --- Bots -----------------------------------------------------------------------------------------------


def test_the_honeypot_refuses_a_filled_in_website(client, request_body):
    response = api_post(client, URL, request_body(website="https://spam.example"))

    assert response.status_code == 400 and "website" in response.json()["error"]["fields"]
    assert not AppointmentRequest.objects.exists()


def test_a_form_sent_faster_than_a_person_can_fill_it_is_refused(client, request_body, settings):
    settings.APPOINTMENTS_MIN_FILL_SECONDS = 30
    token = api_get(client, f"{URL}form-token/").json()

    response = api_post(client, URL, request_body(form_token=token["token"]))

    assert token["min_fill_seconds"] == 30
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["form_token"] == [
        spanish("The form was sent too quickly. Wait a few seconds and send it again.")
    ]


@pytest.mark.parametrize(
    "token",
    ["", "forged:token", signing.TimestampSigner(salt="other").sign("1")],
    ids=["missing", "forged", "signed-for-something-else"],  # a signed value changes with the second it is made
)
def test_a_missing_or_forged_form_token_is_refused(client, request_body, token):
    response = api_post(client, URL, request_body(form_token=token))

    assert response.status_code == 400 and "form_token" in response.json()["error"]["fields"]


def test_an_expired_form_token_is_refused(client, request_body, settings):
    settings.APPOINTMENTS_FORM_TOKEN_MAX_AGE = -1
    token = signing.TimestampSigner(salt=SALT).sign("0")

    response = api_post(client, URL, request_body(form_token=token))

    assert response.json()["error"]["fields"]["form_token"] == [
        spanish("This form has expired. Reload the page and send it again.")
    ]


def test_the_form_token_is_never_cached(client, demo):
    response = api_get(client, f"{URL}form-token/")

    assert "no-store" in response["Cache-Control"]


def test_one_client_sending_too_many_gets_429_with_retry_after(client, request_body, settings):
    settings.APPOINTMENTS_RATE_LIMIT = "2/h"
    answers = [api_post(client, URL, request_body()) for _ in range(3)]

    assert [answer.status_code for answer in answers] == [201, 201, 429]
    limited = answers[-1]
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 0 < int(limited["Retry-After"]) <= 3600
    assert AppointmentRequest.objects.count() == 2


def test_the_limit_is_per_client_and_a_forged_forwarded_header_does_not_escape_it(client, request_body, settings):
    settings.APPOINTMENTS_RATE_LIMIT = "1/h"
    assert api_post(client, URL, request_body()).status_code == 201

    forged = client.post(URL, request_body(), content_type="application/json", HTTP_X_FORWARDED_FOR="198.51.100.7")
    other_client = client.post(URL, request_body(), content_type="application/json", REMOTE_ADDR="198.51.100.8")

    assert forged.status_code == 429
    assert other_client.status_code == 201


# --- Closed without a notice; CORS; the document -------------------------------------------------------


def test_without_a_live_notice_in_the_language_nothing_is_stored(client, request_body):
    privacy_notice_in("es").unpublish()

    response = api_post(client, URL, request_body())

    assert response.status_code == 503 and response.json()["error"]["code"] == "privacy_notice_unavailable"
    assert not AppointmentRequest.objects.exists() and not AppointmentEmail.objects.exists()


def test_the_frontend_origin_may_post_and_others_may_not(client, settings, demo):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.clinica.example"]
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}

    allowed = client.options(URL, headers={"Origin": "https://www.clinica.example", **preflight})
    refused = client.options(URL, headers={"Origin": "https://evil.example", **preflight})

    assert allowed["Access-Control-Allow-Origin"] == "https://www.clinica.example"
    assert "POST" in allowed["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in refused


def test_the_document_describes_the_request_and_every_answer():
    operation = openapi_document()["paths"]["/api/v1/appointments/"]["post"]
    schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = openapi_document()["components"]["schemas"][schema_ref.rsplit("/", 1)[1]]

    assert set(operation["responses"]) == {"201", "400", "429", "503"}
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    assert set(body["required"]) == {"specialty", "name", "preferred_channel", "privacy_consent", "form_token"}
    assert body["properties"]["preferred_channel"]["enum"] == ["email", "phone", "whatsapp"]
    assert body["properties"]["locale"]["enum"] == ["en", "es", "", None]  # empty or null: Accept-Language
    limits = {name: spec["maxLength"] for name, spec in body["properties"].items() if "maxLength" in spec}
    assert limits == {
        "specialty": 80,
        "name": 120,
        "email": 254,
        "phone": 30,
        "message": 2000,
        "form_token": 200,
        "website": 0,
    }


@pytest.mark.parametrize(("field", "limit"), [("name", 120), ("message", 2000), ("specialty", 80)])
def test_the_documented_length_is_the_one_enforced(client, request_body, field, limit):
    at_limit = api_post(client, URL, request_body(**{field: "a" * limit}))
    over = api_post(client, URL, request_body(**{field: "a" * (limit + 1)}))

    too_long = f"{limit} caracteres (tiene {limit + 1})"  # Django's Spanish length message
    assert not any(too_long in message for message in at_limit.json().get("error", {}).get("fields", {}).get(field, []))
    assert too_long in over.json()["error"]["fields"][field][0]


def test_the_page_a_request_names_must_be_live(client, request_body, spanish_treatment):
    Page.objects.get(pk=spanish_treatment.pk).unpublish()

    response = api_post(client, URL, request_body(treatment=spanish_treatment.pk))

    assert "treatment" in response.json()["error"]["fields"]


def test_the_accepted_notice_outlives_its_page(client, request_body):
    appointment = AppointmentRequest.objects.get(reference=api_post(client, URL, request_body()).json()["reference"])
    notice = privacy_notice_in("es")
    text = notice.specific.body

    notice.delete()

    appointment.refresh_from_db()
    assert appointment.privacy_notice.content["body"] == text
