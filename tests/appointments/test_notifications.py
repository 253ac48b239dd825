"""The front desk is told, the patient is confirmed in their language, a failing mail server loses nothing."""

import io
import logging
import smtplib
import sys
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation
from django.views.debug import ExceptionReporter

from appointments import notifications
from appointments.models import AppointmentEmail, AppointmentRequest
from delivery.models import WebhookDelivery
from tests.api_helpers import api_post

from .conftest import PATIENT

URL = "/api/v1/appointments/"


def post(client, body):
    response = api_post(client, URL, body)
    assert response.status_code == 201, response.json()
    return AppointmentRequest.objects.get(reference=response.json()["reference"])


def message_to(address):
    return next(message for message in mail.outbox if message.to == [address])


def test_the_front_desk_and_the_patient_get_their_e_mails_after_the_commit(
    client, request_body, specialty, django_capture_on_commit_callbacks
):
    specialty.front_desk_email = "estetica@clinica.example"
    specialty.save()

    with django_capture_on_commit_callbacks(execute=True):
        appointment = post(client, request_body(name="Ana <script>alert(1)</script>"))

    desk = message_to("estetica@clinica.example")
    assert appointment.reference in desk.subject
    assert desk.reply_to == [PATIENT["email"]]
    assert "Ana <script>alert(1)</script>" in desk.body  # plain text is text
    html = desk.alternatives[0][0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert PATIENT["message"] not in desk.body + html  # health information stays behind the admin sign-in
    assert f"/admin/appointment_requests/inspect/{appointment.pk}/" in desk.body

    patient = message_to(PATIENT["email"])
    with translation.override("es"):
        assert patient.subject == translation.gettext("We received your appointment request %(reference)s") % {
            "reference": appointment.reference
        }
    assert patient.subject.startswith("Recibimos")  # the Spanish catalogue, not the English source
    assert set(appointment.emails.values_list("status", flat=True)) == {AppointmentEmail.Status.SENT}


def test_the_clinic_address_stands_in_for_a_specialty_without_one(client, request_body, specialty):
    specialty.front_desk_email = ""
    specialty.save()

    post(client, request_body())

    assert AppointmentEmail.objects.filter(kind=AppointmentEmail.Kind.FRONT_DESK).exists()
    assert notifications.front_desk_address(specialty) == "recepcion@clinica.example"


def test_without_a_front_desk_address_the_request_is_still_stored(client, request_body, settings, specialty):
    settings.APPOINTMENTS_FRONT_DESK_EMAIL = ""
    specialty.front_desk_email = ""
    specialty.save()

    appointment = post(client, request_body())

    assert list(appointment.emails.values_list("kind", flat=True)) == [AppointmentEmail.Kind.PATIENT]


class RefusingServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({PATIENT["email"]: (550, b"no such user lucia.perez@example.com")})

    def open(self):
        pass

    def close(self):
        pass


def test_a_failing_mail_server_neither_loses_nor_blocks_a_request_and_the_command_retries(
    client, request_body, settings, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.appointments.test_notifications.RefusingServer"
    caplog.set_level(logging.DEBUG)

    with django_capture_on_commit_callbacks(execute=True):
        appointment = post(client, request_body())

    emails = list(appointment.emails.all())
    assert [email.status for email in emails] == [AppointmentEmail.Status.PENDING] * 2
    assert all(email.attempts == 1 and email.last_error == "SMTPRecipientsRefused" for email in emails)
    assert all(email.next_attempt_at > timezone.now() for email in emails)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    appointment.emails.update(next_attempt_at=timezone.now())  # the retry delay has passed
    output = io.StringIO()
    call_command("send_appointment_emails", stdout=output)  # what cron runs every minute
    assert output.getvalue().strip() == "2 appointment e-mail(s) attempted, 2 sent."
    assert set(appointment.emails.values_list("status", flat=True)) == {AppointmentEmail.Status.SENT}
    assert {tuple(message.to) for message in mail.outbox} == {(PATIENT["email"],), ("aesthetics@clinica.example",)}

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert appointment.reference in logged
    for personal in (PATIENT["name"], PATIENT["email"], PATIENT["phone"], "+526645550199", PATIENT["message"]):
        assert personal not in logged


def test_an_e_mail_gives_up_after_the_last_attempt(client, request_body, settings):
    settings.EMAIL_BACKEND = "tests.appointments.test_notifications.RefusingServer"
    settings.APPOINTMENTS_EMAIL_MAX_ATTEMPTS = 2
    appointment = post(client, request_body(email="", preferred_channel="phone"))
    email = appointment.emails.get()

    for day in range(1, 4):
        notifications.send_due(now=timezone.now() + timedelta(days=day))

    email.refresh_from_db()
    assert (email.status, email.attempts) == (AppointmentEmail.Status.FAILED, 2)
    assert AppointmentRequest.objects.filter(pk=appointment.pk).exists()


def test_two_runners_never_send_the_same_attempt(client, request_body, settings):
    settings.EMAIL_BACKEND = "tests.appointments.test_notifications.RefusingServer"
    appointment = post(client, request_body(email="", preferred_channel="phone"))
    stale = appointment.emails.get()
    later = timezone.now() + timedelta(days=1)

    assert notifications.attempt(stale.pk, now=later) is not None
    assert not notifications.claim(stale, later)  # the copy read before the first runner's attempt


def test_no_webhook_carries_an_appointment(client, request_body, settings, django_capture_on_commit_callbacks):
    settings.FRONTEND_WEBHOOK_URLS = ["https://frontend.example/hook"]
    settings.FRONTEND_WEBHOOK_SECRET = "secret"

    with django_capture_on_commit_callbacks(execute=True):
        post(client, request_body())

    assert not WebhookDelivery.objects.exists()


def test_an_error_report_of_a_failing_request_holds_none_of_the_patients_data(
    client, request_body, monkeypatch, caplog
):
    def broken_store(data, request, notice):
        raise RuntimeError("database went away")

    monkeypatch.setattr("appointments.api.store_request", broken_store)
    client.raise_request_exception = False
    caplog.set_level(logging.ERROR, logger="django.request")

    response = client.post(
        URL,
        request_body(),
        content_type="application/json",
        REMOTE_ADDR="192.0.2.44",
        HTTP_X_FORWARDED_FOR="198.51.100.4",
    )

    assert response.status_code == 500
    record = next(record for record in caplog.records if record.exc_info)
    report = ExceptionReporter(record.request, *record.exc_info, is_email=True)
    text = report.get_traceback_text() + report.get_traceback_html()
    assert "database went away" in text  # the report is still useful
    for personal in (
        PATIENT["name"],
        PATIENT["email"],
        "+526645550199",
        PATIENT["message"],
        "192.0.2.44",
        "198.51.100.4",
    ):
        assert personal not in text
    assert sys.exc_info() == (None, None, None)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_patient_confirmation_is_in_their_language(
    client, request_body, language, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        appointment = post(client, request_body(locale=language))

    patient = message_to(PATIENT["email"])
    with translation.override(language):
        hello = translation.gettext("Hello %(name)s,") % {"name": PATIENT["name"]}
    assert hello in patient.body
    assert appointment.reference in patient.body


def test_an_e_mail_that_cannot_be_built_fails_like_one_that_cannot_be_sent(client, request_body, settings, monkeypatch):
    settings.APPOINTMENTS_EMAIL_MAX_ATTEMPTS = 2
    appointment = post(client, request_body(email="", preferred_channel="phone"))

    def broken_template(email):
        raise ValueError("template missing")

    monkeypatch.setattr(notifications, "build_message", broken_template)
    for day in range(1, 4):
        notifications.send_due(now=timezone.now() + timedelta(days=day))

    email = appointment.emails.get()
    assert (email.status, email.attempts, email.last_error) == (AppointmentEmail.Status.FAILED, 2, "ValueError")


def test_a_second_runner_arriving_mid_send_finds_nothing_to_send(client, request_body, monkeypatch):
    appointment = post(client, request_body(email="", preferred_channel="phone"))
    email = appointment.emails.get()
    second_runner = []

    def slow_send(email_being_sent):
        second_runner.append(notifications.attempt(email.pk, now=timezone.now() + timedelta(seconds=30)))
        return ""

    monkeypatch.setattr(notifications, "deliver", slow_send)
    notifications.attempt(email.pk)

    email.refresh_from_db()
    assert second_runner == [None]
    assert (email.status, email.attempts) == (AppointmentEmail.Status.SENT, 1)


class UnreachableServer(RefusingServer):
    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def test_after_the_mail_server_could_not_be_reached_requests_leave_their_e_mails_to_the_command(
    client, request_body, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.appointments.test_notifications.UnreachableServer"

    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, request_body())
    with django_capture_on_commit_callbacks(execute=True):
        second = post(client, request_body())

    # One wait on the unreachable server, then none: not for the same request's other e-mail, nor the next request's.
    assert sorted(first.emails.values_list("attempts", "last_error")) == [(0, ""), (1, "ConnectionRefusedError")]
    assert set(second.emails.values_list("attempts", flat=True)) == {0}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    notifications.send_due(now=timezone.now() + timedelta(minutes=5))
    assert set(AppointmentEmail.objects.values_list("status", flat=True)) == {AppointmentEmail.Status.SENT}


def test_a_refused_recipient_does_not_pause_the_others(
    client, request_body, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.appointments.test_notifications.RefusingServer"

    with django_capture_on_commit_callbacks(execute=True):
        post(client, request_body())

    assert not notifications.mail_server_resting()


def test_the_front_desk_reads_its_e_mails_in_its_own_language(
    client, request_body, settings, django_capture_on_commit_callbacks
):
    settings.APPOINTMENTS_FRONT_DESK_LANGUAGE = "es"

    with django_capture_on_commit_callbacks(execute=True):
        appointment = post(client, request_body(locale="en"))

    desk = message_to("aesthetics@clinica.example")
    assert desk.subject == f"Nueva solicitud de cita {appointment.reference} (Medicina estética)"
