"""``purge_appointments``: old requests lose the person, keep the facts; a bad argument changes nothing."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from appointments.models import AppointmentEmail, AppointmentRequest
from tests.api_helpers import api_post

from .conftest import PATIENT


@pytest.fixture
def old_and_new(client, request_body):
    references = [api_post(client, "/api/v1/appointments/", request_body()).json()["reference"] for _ in range(2)]
    old = AppointmentRequest.objects.get(reference=references[0])
    AppointmentRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
    return old, AppointmentRequest.objects.get(reference=references[1])


def run(*args):
    output = io.StringIO()
    call_command("purge_appointments", *args, stdout=output)
    return output.getvalue()


def test_dry_run_says_how_many_and_changes_nothing(old_and_new):
    assert run("--older-than", "365d", "--dry-run").startswith("1 appointment request(s) older than 365 days would")
    assert not AppointmentRequest.objects.filter(anonymised_at__isnull=False).exists()


def test_old_requests_are_anonymised_and_keep_their_consent_evidence(old_and_new):
    old, new = old_and_new

    assert run("--older-than", "365d").startswith("1 appointment request(s)")

    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.message, old.client_address_hash) == ("", "", "", "", "")
    assert old.anonymised_at and old.privacy_consent_at and old.privacy_notice_id
    assert old.reference and old.specialty_id
    assert not old.emails.filter(status=AppointmentEmail.Status.PENDING).exists()
    new.refresh_from_db()
    assert (new.name, new.email) == (PATIENT["name"], PATIENT["email"])
    assert run("--older-than", "365d").startswith("0 appointment request(s)")  # idempotent


@pytest.mark.parametrize("age", ["365", "1y", "-3d", "0d", "abc"])
def test_a_bad_age_is_a_one_line_error(old_and_new, age):
    with pytest.raises(CommandError, match="is not an age in days such as 365d"):
        run(f"--older-than={age}")
    assert not AppointmentRequest.objects.filter(anonymised_at__isnull=False).exists()


def test_without_an_age_the_retention_setting_applies(old_and_new, settings):
    settings.APPOINTMENTS_RETENTION_DAYS = 500

    assert run("--dry-run").startswith("0 appointment request(s) older than 500 days")
