"""Storing a validated request with its consent evidence, then handing its e-mails to the outbox.

The row and its outbox rows are written in one transaction; the e-mails are attempted only after it
has committed. A mail server that fails or hangs can therefore delay nothing but the e-mail, and
``send_appointment_emails`` retries what is still pending.
"""

from django.db import transaction
from django.utils import timezone

from .consent import accepted_version, address_hash, client_address
from .form_tokens import release, spend
from .models import AppointmentRequest
from .notifications import create_outbox, send_after_commit
from .references import create_with_reference


class PrivacyNoticeUnavailable(Exception):
    """No live privacy notice in the patient's language: consent to it cannot be given, so nothing is stored."""


class FormTokenSpent(Exception):
    """Another request was stored with this form token (sent twice at once, or replayed)."""


def store_request(data, request, notice):
    """Store a request from the form's ``cleaned_data``; ``notice`` is the privacy notice page accepted."""
    if notice is None or notice.live_revision_id is None:
        raise PrivacyNoticeUnavailable
    if not spend(data["form_token"]):
        raise FormTokenSpent
    try:
        appointment, emails = store(data, request, notice)
    except Exception:
        release(data["form_token"])  # nothing was stored: the patient may send the form again
        raise
    send_after_commit(emails)
    return appointment


def store(data, request, notice):
    """The request with its consent evidence, and its outbox rows, in one transaction."""
    now = timezone.now()
    treatment = data["treatment"]
    with transaction.atomic():
        appointment = create_with_reference(
            AppointmentRequest,
            specialty=data["specialty"],
            treatment=treatment,
            treatment_title=treatment.title if treatment else "",
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            preferred_channel=data["preferred_channel"],
            preferred_dates=data["preferred_dates"],
            preferred_time_of_day=data["preferred_time_of_day"],
            message=data["message"],
            language=data["locale"],
            privacy_consent_at=now,
            privacy_notice=accepted_version(notice),
            health_data_consent_at=now if data["health_data_consent"] else None,
            client_address_hash=address_hash(client_address(request)),
        )
        return appointment, create_outbox(appointment)
