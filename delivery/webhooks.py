"""Publish notifications: tell the frontend which localized paths to revalidate.

For every content change (``delivery.invalidation``) and every URL in ``FRONTEND_WEBHOOK_URLS``, a
``WebhookDelivery`` row is created once the transaction has committed and a django-tasks task,
``deliver_webhook``, POSTs the JSON payload::

    {"event": "page.published", "scope": "pages", "paths": ["/es/tratamientos/microagujas/", ...],
     "locale": "es", "page_id": 42, "object": null, "tags": ["l2", "p42", "p7"],
     "occurred_at": "2026-03-01T17:04:05.123456+00:00"}

with the headers ``X-Clinica-Event``, ``X-Clinica-Delivery`` (the row's UUID, the same on every retry)
and ``X-Clinica-Signature: sha256=<hex>`` — an HMAC-SHA256 of the exact body bytes with
``FRONTEND_WEBHOOK_SECRET``. A receiver recomputes it over the raw body and compares in constant time.
``scope: "site"`` (settings, site-wide snippets) means: revalidate everything; ``paths`` then lists
each locale's home. ``tags`` are those of the API answers the change drops (their ``Cache-Tag``
header, ``delivery.dependencies``): a frontend whose fetch cache is tagged with them (Next.js's
``revalidateTag``) revalidates exactly those answers.

Retries. A 2xx answer is a delivery; anything else (another status, a redirect, a timeout, a refused
connection) is retried after ``FRONTEND_WEBHOOK_RETRY_DELAY`` × 3ⁿ seconds (10 s, 30 s, 90 s, 270 s)
until ``FRONTEND_WEBHOOK_MAX_ATTEMPTS`` attempts (5) have failed; then the row is ``failed``. Every
attempt is logged on the row and shown in the admin. How the next attempt runs depends on the task
backend:

- a backend that can defer tasks (a worker: django-tasks-db, RQ, Celery…) gets the retry enqueued
  with ``run_after=next_attempt_at``;
- the default ``ImmediateBackend`` cannot wait, so the first attempt runs right after the commit, in
  the request, bounded by ``FRONTEND_WEBHOOK_TIMEOUT`` (3 s) per URL, and later attempts are made by
  ``manage.py deliver_webhooks`` — run it every minute from cron. The command is also the safety net
  with a worker: it picks up any pending delivery whose time has come.

Two runners never send the same attempt: an attempt is claimed by a conditional UPDATE on the
attempt counter first. Nothing here ever raises into a publish.
"""

import hashlib
import hmac
import json
import logging
import time
from datetime import timedelta

import requests
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from .models import WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Clinica-Signature"
EVENT_HEADER = "X-Clinica-Event"
DELIVERY_HEADER = "X-Clinica-Delivery"
USER_AGENT = "ClinicaCMS-Webhooks/1.0"
BACKOFF_FACTOR = 3
ERROR_EXCERPT = 500


def webhook_urls():
    return list(getattr(settings, "FRONTEND_WEBHOOK_URLS", []))


def max_attempts():
    return getattr(settings, "FRONTEND_WEBHOOK_MAX_ATTEMPTS", 5)


def retry_delay(attempts):
    """Seconds to wait after the ``attempts``-th failed attempt: 10, 30, 90, 270 by default."""
    return getattr(settings, "FRONTEND_WEBHOOK_RETRY_DELAY", 10) * BACKOFF_FACTOR ** (attempts - 1)


def encode_payload(payload):
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def sign(body: bytes, secret: str) -> str:
    """The signature header value for a body: ``sha256=<hex HMAC-SHA256 of the raw bytes>``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, header: str | None, secret: str) -> bool:
    """What a receiver does (shown here for the frontend's developers, and used by the tests).

    Compared in constant time, as bytes: ``compare_digest`` refuses ``str`` with non-ASCII characters
    with a ``TypeError``, and the header is whatever the caller sent.
    """
    return hmac.compare_digest(sign(body, secret).encode(), (header or "").encode("utf-8", "surrogateescape"))


def request_headers(delivery, body):
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: delivery.event,
        DELIVERY_HEADER: str(delivery.delivery_id),
    }
    secret = getattr(settings, "FRONTEND_WEBHOOK_SECRET", "")
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    return headers


# Sending -------------------------------------------------------------------------------------------


def send_notifications(changes):
    """One delivery per change and URL, each handed to the task backend. Called after the commit."""
    urls = webhook_urls()
    if not urls:
        return []
    now = timezone.now()
    deliveries = [
        WebhookDelivery.objects.create(url=url, event=change.event, payload=change.payload(), next_attempt_at=now)
        for change in changes
        for url in urls
    ]
    for delivery in deliveries:
        enqueue(delivery.pk)
    return deliveries


def can_defer():
    return deliver_webhook.get_backend().supports_defer


def enqueue(delivery_pk, run_after=None):
    try:
        if run_after is not None:
            deliver_webhook.using(run_after=run_after).enqueue(delivery_pk)
        else:
            deliver_webhook.enqueue(delivery_pk)
    except Exception:
        # The row stays pending and due: `deliver_webhooks` will send it.
        logger.exception("Could not enqueue webhook delivery %s", delivery_pk)


@task()
def deliver_webhook(delivery_pk):
    """The django-tasks task: one attempt, then a retry scheduled if it failed."""
    attempt_delivery(delivery_pk)


def post(delivery, body):
    """POST the body; returns (status code or None, error message or "").

    Any exception is a failed attempt, not only ``requests``' own: raised, it would leave the attempt
    claimed but neither logged nor scheduled, and the delivery would be retried on every run, forever.
    """
    timeout = getattr(settings, "FRONTEND_WEBHOOK_TIMEOUT", 3)
    try:
        response = requests.post(
            delivery.url, data=body, headers=request_headers(delivery, body), timeout=timeout, allow_redirects=False
        )
    except Exception as error:
        return None, f"{type(error).__name__}: {error}"[:ERROR_EXCERPT]
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}: {response.text[:ERROR_EXCERPT]}".strip()


def claim(delivery, now):
    """Take the next attempt of a due, pending delivery; False when another runner took it first."""
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.PENDING, attempts=delivery.attempts
    ).update(attempts=F("attempts") + 1, updated_at=now)
    if claimed:
        delivery.attempts += 1
    return bool(claimed)


def attempt_delivery(delivery_pk, *, now=None):
    """Make one attempt at a pending delivery that is due; record it; schedule the next on failure.

    Returns the delivery, or None when there was nothing to do (delivered, given up, not yet due, or
    claimed by another runner).
    """
    now = now or timezone.now()
    delivery = WebhookDelivery.objects.filter(pk=delivery_pk, status=WebhookDelivery.Status.PENDING).first()
    if delivery is None or (delivery.next_attempt_at and delivery.next_attempt_at > now):
        return None
    if not claim(delivery, now):
        return None

    body = encode_payload(delivery.payload)
    started = time.monotonic()
    status_code, error = post(delivery, body)
    elapsed_ms = round((time.monotonic() - started) * 1000)

    delivery.last_status_code = status_code
    delivery.last_error = error
    delivery.attempt_log = [
        *delivery.attempt_log,
        {"at": now.isoformat(), "status_code": status_code, "error": error, "duration_ms": elapsed_ms},
    ]
    if not error:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.next_attempt_at = None
    elif delivery.attempts >= max_attempts():
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
    delivery.save(
        update_fields=["status", "last_status_code", "last_error", "attempt_log", "next_attempt_at", "updated_at"]
    )
    log = logger.info if not error else logger.warning
    log(
        "Webhook %s %s to %s, attempt %s: %s",
        delivery.event,
        delivery.delivery_id,
        delivery.url,
        delivery.attempts,
        delivery.status if not error else error,
    )

    if delivery.status == WebhookDelivery.Status.PENDING and can_defer():
        enqueue(delivery.pk, run_after=delivery.next_attempt_at)
    return delivery


def deliver_due(*, now=None, limit=500):
    """Attempt every pending delivery whose time has come (the ``deliver_webhooks`` command)."""
    now = now or timezone.now()
    due = (
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    attempted = [attempt_delivery(pk, now=now) for pk in list(due)]
    return [delivery for delivery in attempted if delivery is not None]
