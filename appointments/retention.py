"""Anonymising requests past the retention period: the row stays, the person is gone.

What is kept is what the clinic may still need without knowing who it was: the reference, status,
specialty, treatment, the preferred channel and time of day, when it was received, and the consent
timestamps with the notice version (which text was in force). Names, contact details, the message,
preferred dates, notes and the address hash are erased.
"""

import re
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import AppointmentEmail, AppointmentRequest

AGE = re.compile(r"^(\d{1,5})d$")
ERASED = {
    "name": "",
    "email": "",
    "phone": "",
    "message": "",
    "preferred_dates": [],
    "front_desk_notes": "",
    "client_address_hash": "",
}


def parse_age(text):
    """``"365d"`` → 365 days; ``ValueError`` with a one-line reason otherwise."""
    match = AGE.match(text or "")
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"'{text}' is not an age in days such as 365d")
    return timedelta(days=int(match.group(1)))


def due_for_anonymising(age, *, now=None):
    cutoff = (now or timezone.now()) - age
    return AppointmentRequest.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True)


def anonymise(queryset, *, now=None):
    """Erase the personal data of every request in ``queryset``; returns how many were anonymised."""
    now = now or timezone.now()
    with transaction.atomic():
        AppointmentEmail.objects.filter(request__in=queryset, status=AppointmentEmail.Status.PENDING).update(
            status=AppointmentEmail.Status.FAILED, last_error="anonymised", next_attempt_at=None
        )
        return queryset.update(anonymised_at=now, updated_at=now, **ERASED)
