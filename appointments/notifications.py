"""The two e-mails of a request: the specialty's front desk is told, the patient is confirmed.

An outbox (``AppointmentEmail``) written with the request, then one django-tasks task per e-mail once
the request has committed and its answer has been sent (``after_response``). With the default
``ImmediateBackend`` the first attempt runs then, in the worker, bounded by ``EMAIL_TIMEOUT``; a
failure is recorded and the e-mail retried after ``APPOINTMENTS_EMAIL_RETRY_DELAY`` × 3ⁿ seconds
by ``manage.py send_appointment_emails`` (cron, every minute), or by the task backend itself when
it can defer. After ``APPOINTMENTS_EMAIL_MAX_ATTEMPTS`` the e-mail is ``failed`` and the front desk
still has the request in the admin.

Privacy: the front desk's e-mail names the patient and how to reach them, never the message (it may
be health information: it stays in the admin, behind the front desk's sign-in). Logs and the outbox
name the reference and the kind of error, never an address or a name. The HTML part is rendered with
autoescaping, so what a patient typed is text, not markup.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from delivery.after_response import after_response

from .models import AppointmentEmail

logger = logging.getLogger(__name__)

BACKOFF_FACTOR = 3


def front_desk_address(specialty):
    return specialty.front_desk_email or settings.APPOINTMENTS_FRONT_DESK_EMAIL


def create_outbox(appointment):
    """The e-mails this request needs, as pending rows due now."""
    now = timezone.now()
    kinds = []
    if front_desk_address(appointment.specialty):
        kinds.append(AppointmentEmail.Kind.FRONT_DESK)
    else:
        logger.warning("Appointment %s: no front-desk address for its specialty", appointment.reference)
    if appointment.email:
        kinds.append(AppointmentEmail.Kind.PATIENT)
    return [AppointmentEmail.objects.create(request=appointment, kind=kind, next_attempt_at=now) for kind in kinds]


def send_after_commit(emails):
    """Hand each e-mail to the task backend once the request is committed and the patient has their answer.

    While the mail server is known to be unreachable (``mail_server_resting``), the web process leaves
    them to ``send_appointment_emails``: one hanging server must not hold every worker in turn.
    """
    for email in emails:
        transaction.on_commit(lambda pk=email.pk: after_response(lambda: enqueue_unless_resting(pk)))


def enqueue_unless_resting(email_pk):
    if mail_server_resting():
        logger.info("Appointment e-mail %s left to the next run: the mail server was unreachable", email_pk)
        return
    enqueue(email_pk)


def enqueue(email_pk, run_after=None):
    try:
        if run_after is not None:
            send_appointment_email.using(run_after=run_after).enqueue(email_pk)
        else:
            send_appointment_email.enqueue(email_pk)
    except Exception:  # noqa: BLE001 - the row stays pending and due: the command sends it
        logger.exception("Could not enqueue appointment e-mail %s", email_pk)


@task()
def send_appointment_email(email_pk):
    attempt(email_pk)


# --- The mail server's health ----------------------------------------------------------------------------

RESTING_KEY = "appointments:mail-server-resting"
UNREACHABLE = (ConnectionError, TimeoutError, smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected)


def mail_server_resting():
    return bool(cache.get(RESTING_KEY))


def note_unreachable(error):
    """After a failure to reach the server (not a refused recipient), pause web-process attempts a while."""
    if isinstance(error, UNREACHABLE):
        cache.set(RESTING_KEY, True, timeout=settings.APPOINTMENTS_EMAIL_PAUSE)


# --- One attempt ---------------------------------------------------------------------------------------


def claim(email, now):
    """Take the next attempt, with a lease; False when another runner holds it or took it first.

    One conditional UPDATE moves ``next_attempt_at`` past the longest an attempt can take: a second
    runner (the command while the task still waits on a slow server) finds the e-mail not due.
    """
    lease_until = now + timedelta(seconds=2 * settings.EMAIL_TIMEOUT + 60)
    claimed = AppointmentEmail.objects.filter(
        pk=email.pk, status=AppointmentEmail.Status.PENDING, attempts=email.attempts, next_attempt_at__lte=now
    ).update(attempts=F("attempts") + 1, next_attempt_at=lease_until)
    if claimed:
        email.attempts += 1
    return bool(claimed)


def attempt(email_pk, *, now=None):
    """One attempt at a pending, due e-mail; recorded, and the next one scheduled on failure. Never raises."""
    now = now or timezone.now()
    pending = AppointmentEmail.objects.filter(pk=email_pk, status=AppointmentEmail.Status.PENDING)
    email = pending.select_related("request__specialty").first()
    if email is None or not claim(email, now):
        return None
    if email.request.anonymised_at:
        record(email, now, error="anonymised", give_up=True)
        return email
    error = deliver(email)
    record(email, now, error, give_up=email.attempts >= settings.APPOINTMENTS_EMAIL_MAX_ATTEMPTS)
    (logger.info if not error else logger.warning)(
        "Appointment %s: %s e-mail, attempt %s: %s",
        email.request.reference,
        email.kind,
        email.attempts,
        error or "sent",
    )
    if email.status == AppointmentEmail.Status.PENDING and task_backend_can_defer():
        enqueue(email.pk, run_after=email.next_attempt_at)
    return email


def record(email, now, error, give_up):
    """Sent; or failed for good; or pending again, due after the back-off."""
    if not error:
        email.status, email.sent_at, email.next_attempt_at = AppointmentEmail.Status.SENT, now, None
    elif give_up:
        email.status, email.next_attempt_at = AppointmentEmail.Status.FAILED, None
    else:
        email.next_attempt_at = now + timedelta(seconds=retry_delay(email.attempts))
    email.last_error = error
    email.save(update_fields=["status", "sent_at", "next_attempt_at", "last_error"])


def deliver(email):
    """Build and send; the error's kind (and SMTP code) on failure — never its text, which may quote an address.

    Any exception counts, a template's included: raised, it would leave the attempt claimed but neither
    recorded nor scheduled.
    """
    try:
        build_message(email).send()
    except Exception as error:  # noqa: BLE001 - any failure is a failed attempt, retried later
        note_unreachable(error)
        code = getattr(error, "smtp_code", None)
        return f"{type(error).__name__}{f' {code}' if code else ''}"
    return ""


def retry_delay(attempts):
    return settings.APPOINTMENTS_EMAIL_RETRY_DELAY * BACKOFF_FACTOR ** (attempts - 1)


def task_backend_can_defer():
    return send_appointment_email.get_backend().supports_defer


def send_due(*, now=None, limit=500):
    """Attempt every pending e-mail whose time has come (``manage.py send_appointment_emails``)."""
    now = now or timezone.now()
    due = AppointmentEmail.objects.filter(status=AppointmentEmail.Status.PENDING, next_attempt_at__lte=now)
    pks = list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:limit])
    return [email for email in (attempt(pk, now=now) for pk in pks) if email is not None]


# --- The messages --------------------------------------------------------------------------------------


def build_message(email):
    appointment = email.request
    if email.kind == AppointmentEmail.Kind.FRONT_DESK:
        language, recipient = settings.APPOINTMENTS_FRONT_DESK_LANGUAGE, front_desk_address(appointment.specialty)
        template, reply_to = "front_desk", [appointment.email] if appointment.email else []
    else:
        language, recipient = appointment.language, appointment.email
        template, reply_to = "patient", []
    with translation.override(language):
        context = message_context(appointment, language)
        subject = " ".join(render_to_string(f"appointments/emails/{template}_subject.txt", context).split())
        text = render_to_string(f"appointments/emails/{template}.txt", context)
        html = render_to_string(f"appointments/emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject, text, to=[recipient], reply_to=reply_to, connection=get_connection(timeout=settings.EMAIL_TIMEOUT)
    )
    message.attach_alternative(html, "text/html")
    return message


def message_context(appointment, language):
    specialty = appointment.specialty
    localized = (
        type(specialty)
        .objects.filter(translation_key=specialty.translation_key, locale__language_code=language)
        .first()
    )
    return {
        "appointment": appointment,
        "specialty": localized or specialty,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("appointment_requests:inspect", args=[appointment.pk]),
    }
