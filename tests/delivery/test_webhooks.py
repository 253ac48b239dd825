"""Publish notifications: signed POSTs with the affected paths, retried with backoff, logged in the admin."""

import datetime
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import requests
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import default_task_backend
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from delivery import webhooks
from delivery.models import WebhookDelivery
from home.models import ClinicSettings
from tests import factories
from tests import translation_helpers as th

RECEIVER = "https://frontend.example/api/revalidate"
SECRET = "webhook-test-secret"
TREATMENT_PATH = "/en/treatments/micro-needling/"


class FakeResponse:
    def __init__(self, status_code, text=""):
        self.status_code, self.text = status_code, text


class FakeTransport:
    """Stands in for ``requests.post``: records each request and answers from a script."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests = []

    def __call__(self, url, data, headers, timeout, allow_redirects):
        self.requests.append({"url": url, "body": data, "headers": headers, "timeout": timeout})
        answer = self.answers.pop(0) if self.answers else 200
        if isinstance(answer, Exception):
            raise answer
        return FakeResponse(answer, "" if answer < 300 else "Internal Server Error")

    def payloads(self):
        return [json.loads(request["body"]) for request in self.requests]

    def events(self):
        return [payload["event"] for payload in self.payloads()]


@pytest.fixture
def transport(monkeypatch):
    fake = FakeTransport()
    monkeypatch.setattr(webhooks.requests, "post", fake)
    return fake


@pytest.fixture
def receiver(settings):
    settings.FRONTEND_WEBHOOK_URLS = [RECEIVER]
    settings.FRONTEND_WEBHOOK_SECRET = SECRET


@pytest.fixture
def published(treatment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        treatment.save_revision().publish()
    return treatment


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def expected_signature(body):
    return "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


# What is sent ------------------------------------------------------------------------------------------


def test_a_publish_posts_a_signed_payload_with_the_affected_paths(receiver, transport, published):
    assert len(transport.requests) == 1
    sent = transport.requests[0]
    assert sent["url"] == RECEIVER
    assert sent["timeout"] == 3
    assert sent["headers"]["X-Clinica-Signature"] == expected_signature(sent["body"])
    assert sent["headers"]["X-Clinica-Event"] == "page.published"
    assert sent["headers"]["Content-Type"] == "application/json"

    payload = json.loads(sent["body"])
    assert payload["event"] == "page.published"
    assert payload["scope"] == "pages"
    assert payload["locale"] == "en"
    assert payload["page_id"] == published.pk
    assert payload["paths"] == [TREATMENT_PATH, "/en/treatments/", "/en/"]
    assert {f"p{published.pk}", f"l{published.locale_id}"} <= set(payload["tags"])  # as in its Cache-Tag
    assert datetime.datetime.fromisoformat(payload["occurred_at"]).tzinfo is not None

    delivery = WebhookDelivery.objects.get()
    assert sent["headers"]["X-Clinica-Delivery"] == str(delivery.delivery_id)
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert (delivery.attempts, delivery.last_status_code, delivery.last_error) == (1, 200, "")
    assert delivery.next_attempt_at is None
    assert delivery.payload == payload
    assert [entry["status_code"] for entry in delivery.attempt_log] == [200]


def test_a_tampered_body_does_not_match_its_signature(receiver, transport, published):
    sent = transport.requests[0]
    assert webhooks.signature_matches(sent["body"], sent["headers"]["X-Clinica-Signature"], SECRET)
    tampered = sent["body"].replace(b"page.published", b"page.deleted")
    assert not webhooks.signature_matches(tampered, sent["headers"]["X-Clinica-Signature"], SECRET)
    assert not webhooks.signature_matches(sent["body"], sent["headers"]["X-Clinica-Signature"], "another-secret")


@pytest.mark.parametrize("header", [None, "", "sha256=", "sha256=é", "sha256=" + "ü" * 64, "\x00"])
def test_a_forged_signature_header_is_refused_whatever_its_characters(header):
    """The header comes from whoever calls the receiver: a non-ASCII one is a mismatch, not an exception."""
    assert webhooks.signature_matches(b'{"event":"page.published"}', header, SECRET) is False


class Receiver(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append((dict(self.headers), body))
        valid = hmac.compare_digest(expected_signature(body), self.headers.get("X-Clinica-Signature", ""))
        self.send_response(204 if valid else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_real_http_receiver_verifies_the_signature_over_the_raw_body(
    settings, treatment, django_capture_on_commit_callbacks
):
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Receiver.received = []
    try:
        settings.FRONTEND_WEBHOOK_URLS = [f"http://127.0.0.1:{server.server_port}/revalidate"]
        settings.FRONTEND_WEBHOOK_SECRET = SECRET
        publish(treatment, django_capture_on_commit_callbacks)
    finally:
        server.shutdown()
        server.server_close()
    [(headers, body)] = Receiver.received
    assert json.loads(body)["paths"][0] == TREATMENT_PATH
    assert headers["X-Clinica-Event"] == "page.published"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_status_code) == (WebhookDelivery.Status.DELIVERED, 204)


def test_each_url_gets_its_own_delivery(settings, transport, treatment, django_capture_on_commit_callbacks):
    settings.FRONTEND_WEBHOOK_URLS = [RECEIVER, "https://preview.example/revalidate"]
    settings.FRONTEND_WEBHOOK_SECRET = SECRET
    publish(treatment, django_capture_on_commit_callbacks)
    assert sorted(request["url"] for request in transport.requests) == sorted(settings.FRONTEND_WEBHOOK_URLS)
    assert WebhookDelivery.objects.filter(status=WebhookDelivery.Status.DELIVERED).count() == 2


def test_nothing_is_sent_or_logged_without_urls(settings, transport, treatment, django_capture_on_commit_callbacks):
    settings.FRONTEND_WEBHOOK_URLS = []
    publish(treatment, django_capture_on_commit_callbacks)
    assert transport.requests == []
    assert not WebhookDelivery.objects.exists()


def test_nothing_is_sent_before_the_commit_nor_after_a_rollback(
    receiver, transport, treatment, django_capture_on_commit_callbacks
):
    treatment.save_revision().publish()  # the test's transaction never commits
    assert transport.requests == []
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                treatment.save_revision().publish()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert transport.requests == []
    assert not WebhookDelivery.objects.exists()


# Events ------------------------------------------------------------------------------------------------


def test_unpublish_move_and_delete_are_notified_with_old_and_new_paths(
    receiver, transport, home, published, django_capture_on_commit_callbacks
):
    other = factories.make_index(home, title="Procedures", slug="procedures")
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).move(other, pos="last-child")
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).unpublish()
    Page.objects.get(pk=published.pk).specific.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).delete()

    page_events = [payload for payload in transport.payloads() if payload["page_id"] == published.pk]
    moved, unpublished, deleted = page_events[1:]
    assert moved["event"] == "page.moved"
    assert moved["paths"][:2] == ["/en/procedures/micro-needling/", TREATMENT_PATH]
    assert {"/en/procedures/micro-needling/", TREATMENT_PATH, "/en/procedures/", "/en/treatments/"} <= set(
        moved["paths"]
    )
    assert unpublished["event"] == "page.unpublished"
    assert unpublished["paths"][0] == "/en/procedures/micro-needling/"
    # A live page deleted: one "deleted", not also the "unpublished" Wagtail sends on the way.
    assert deleted["event"] == "page.deleted"
    assert deleted["page_id"] == published.pk
    assert deleted["paths"][0] == "/en/procedures/micro-needling/"


def test_a_published_translation_names_both_languages_paths(
    receiver, transport, home, treatment_index, published, django_capture_on_commit_callbacks
):
    th.submit(home, treatment_index, published)
    th.translate_everything(lambda text: {"home": "inicio", "treatments": "tratamientos"}.get(text, f"ES {text}"))
    with django_capture_on_commit_callbacks(execute=True):
        for page in (home, treatment_index, published):
            th.translation_for(page).save_target(publish=True)
    spanish = published.get_translation(th.spanish())
    [payload] = [p for p in transport.payloads() if p["page_id"] == spanish.pk]
    assert payload["event"] == "page.published"
    assert payload["locale"] == "es"
    assert payload["paths"][0] == spanish.url
    assert TREATMENT_PATH in payload["paths"]  # the English page's alternates changed
    assert "/es/tratamientos/" in payload["paths"]


def test_a_snippet_change_names_the_pages_that_show_it(
    receiver, transport, published, reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.credentials = "MD, board-certified dermatologist"
        reviewer.save()
    payload = transport.payloads()[-1]
    assert payload["event"] == "snippet.changed"
    assert payload["object"] == {"type": "treatments.reviewer", "id": reviewer.pk}
    assert payload["scope"] == "pages"
    assert payload["paths"] == [TREATMENT_PATH, "/en/treatments/", "/en/"]


def test_an_image_on_a_page_names_that_page(receiver, transport, published, image, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image.title = "Cheek after treatment"
        image.save()
    payload = transport.payloads()[-1]
    assert payload["event"] == "image.changed"
    assert TREATMENT_PATH in payload["paths"]


def test_a_settings_change_is_site_wide(receiver, transport, home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ClinicSettings.objects.create(
            name="Clínica", street_address="Blvd. 1", city="Tijuana", region="B.C.", postal_code="22014"
        )
    [payload] = transport.payloads()
    assert payload["event"] == "settings.changed"
    assert payload["scope"] == "site"
    assert payload["paths"] == ["/en/"]


def test_a_redirect_names_its_old_path(receiver, transport, published, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Redirect.objects.create(old_path="/en/treatments/dermapen", redirect_page=published)
    payload = transport.payloads()[-1]
    assert payload["event"] == "redirect.changed"
    assert payload["paths"] == ["/en/treatments/dermapen", "/en/treatments/dermapen/"]


# Retries -------------------------------------------------------------------------------------------------


def test_a_failed_delivery_is_retried_with_growing_delays_until_delivered(
    receiver, transport, treatment, django_capture_on_commit_callbacks
):
    transport.answers = [500, requests.ConnectionError("refused"), 200]
    publish(treatment, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert "HTTP 500" in delivery.last_error
    first_retry = delivery.next_attempt_at
    assert first_retry - datetime.datetime.fromisoformat(delivery.attempt_log[0]["at"]) == datetime.timedelta(
        seconds=10
    )

    assert webhooks.deliver_due(now=first_retry - datetime.timedelta(seconds=1)) == []  # not due yet
    [delivery] = webhooks.deliver_due(now=first_retry)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 2, None)
    assert "ConnectionError: refused" in delivery.last_error
    assert delivery.next_attempt_at - first_retry == datetime.timedelta(seconds=30)

    [delivery] = webhooks.deliver_due(now=delivery.next_attempt_at)
    assert (delivery.status, delivery.attempts, delivery.last_status_code, delivery.last_error) == (
        "delivered",
        3,
        200,
        "",
    )
    assert delivery.next_attempt_at is None
    assert [entry["status_code"] for entry in delivery.attempt_log] == [500, None, 200]
    bodies = {request["body"] for request in transport.requests}
    assert len(bodies) == 1  # every attempt sends the same signed body and delivery id
    assert len({request["headers"]["X-Clinica-Delivery"] for request in transport.requests}) == 1


def test_a_delivery_that_keeps_failing_is_given_up_after_the_last_attempt(
    receiver, transport, treatment, django_capture_on_commit_callbacks
):
    transport.answers = [503] * 10
    publish(treatment, django_capture_on_commit_callbacks)
    delays = []
    delivery = WebhookDelivery.objects.get()
    while delivery.status == WebhookDelivery.Status.PENDING:
        attempted_at = delivery.next_attempt_at
        delivery = webhooks.attempt_delivery(delivery.pk, now=attempted_at) or delivery
        if delivery.next_attempt_at:
            delays.append((delivery.next_attempt_at - attempted_at).total_seconds())
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 5
    assert delivery.next_attempt_at is None
    assert len(delivery.attempt_log) == len(transport.requests) == 5
    assert delays == [30, 90, 270]  # after the first (10 s, made at publish time), the 2nd, 3rd and 4th


def test_an_unexpected_error_while_sending_is_a_failed_attempt_not_a_delivery_stuck_pending(
    receiver, transport, treatment, django_capture_on_commit_callbacks
):
    """Were it raised, the attempt would be counted but never logged nor scheduled: retried every run, forever."""
    transport.answers = [ValueError("Invalid header value")]
    publish(treatment, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert "ValueError: Invalid header value" in delivery.last_error
    assert [entry["status_code"] for entry in delivery.attempt_log] == [None]
    assert delivery.next_attempt_at is not None


def test_retry_delays_and_attempts_come_from_the_settings(settings):
    settings.FRONTEND_WEBHOOK_RETRY_DELAY = 5
    assert [webhooks.retry_delay(attempt) for attempt in (1, 2, 3)] == [5, 15, 45]


def test_the_command_sends_due_deliveries(receiver, transport, treatment, django_capture_on_commit_callbacks, capsys):
    transport.answers = [500, 200]
    publish(treatment, django_capture_on_commit_callbacks)
    WebhookDelivery.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))
    call_command("deliver_webhooks")
    assert "1 attempted: 1 delivered" in capsys.readouterr().out
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.DELIVERED


def test_two_runners_never_send_the_same_attempt(receiver, transport, treatment, django_capture_on_commit_callbacks):
    transport.answers = [500]
    publish(treatment, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    stale_copy = WebhookDelivery.objects.get()
    assert webhooks.claim(delivery, timezone.now())
    assert not webhooks.claim(stale_copy, timezone.now())


def webhook_tasks():
    return [result for result in default_task_backend.results if result.task.func is webhooks.deliver_webhook.func]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_a_worker_backend_gets_the_retry_enqueued_for_later(
    receiver, transport, treatment, django_capture_on_commit_callbacks
):
    transport.answers = [500]
    publish(treatment, django_capture_on_commit_callbacks)
    [first] = webhook_tasks()
    assert transport.requests == []  # queued for the worker, not sent in the request

    delivery = WebhookDelivery.objects.get()
    webhooks.deliver_webhook.call(*first.args)  # the worker runs it
    delivery.refresh_from_db()
    assert delivery.attempts == 1
    retry = webhook_tasks()[-1]
    assert retry.task.run_after == delivery.next_attempt_at
    assert retry.args == [delivery.pk]
    default_task_backend.clear()


def test_a_network_failure_never_breaks_a_publish(receiver, transport, treatment, django_capture_on_commit_callbacks):
    transport.answers = [requests.Timeout("read timed out")]
    publish(treatment, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=treatment.pk).live
    assert WebhookDelivery.objects.get().last_error.startswith("Timeout")


# Frontend cache purge --------------------------------------------------------------------------------------


class RecordingPurgeBackend(BaseBackend):
    purged = []

    def purge(self, url):
        RecordingPurgeBackend.purged.append(url)


def test_the_api_urls_of_the_changed_paths_are_purged_when_a_frontend_cache_is_configured(
    settings, transport, published, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingPurgeBackend"}}
    settings.API_PUBLIC_URL = "https://cms.clinica.example"
    RecordingPurgeBackend.purged = []
    publish(published, django_capture_on_commit_callbacks)
    purged = set(RecordingPurgeBackend.purged)
    assert f"https://cms.clinica.example/api/v1/pages/by-path/?path={TREATMENT_PATH}" in purged
    assert "https://cms.clinica.example/api/v1/pages/by-path/?path=%2Fen%2Ftreatments%2Fmicro-needling%2F" in purged
    assert f"https://cms.clinica.example/api/v1/pages/{published.pk}/" in purged
    assert "http://localhost/en/treatments/micro-needling/" in purged  # Wagtail's own purge of the HTML page


def test_nothing_is_purged_without_a_frontend_cache(
    settings, monkeypatch, published, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    called = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", lambda urls, *a: called.extend(urls)
    )
    publish(published, django_capture_on_commit_callbacks)
    assert not [url for url in called if "/api/" in url]


# The admin log -----------------------------------------------------------------------------------------------


@pytest.fixture
def deliveries(db):
    common = {"url": RECEIVER, "payload": {"event": "page.published", "paths": ["/en/"]}}
    return [
        WebhookDelivery.objects.create(
            event="page.published", status="delivered", attempts=1, last_status_code=200, **common
        ),
        WebhookDelivery.objects.create(
            event="page.deleted",
            status="failed",
            attempts=5,
            last_status_code=500,
            last_error="HTTP 500: boom",
            **common,
        ),
    ]


def test_superusers_see_the_delivery_log_filter_it_and_inspect_a_delivery(admin_client, deliveries):
    index = admin_client.get(reverse("webhook_deliveries:index"))
    assert index.status_code == 200
    content = index.content.decode()
    assert "page.published" in content and "page.deleted" in content
    assert reverse("webhook_deliveries:index") in admin_client.get(reverse("wagtailadmin_home")).content.decode()

    failed = admin_client.get(reverse("webhook_deliveries:index"), {"status": "failed"}).content.decode()
    assert "page.deleted" in failed and "page.published" not in failed

    detail = admin_client.get(reverse("webhook_deliveries:inspect", args=[deliveries[1].pk]))
    assert detail.status_code == 200
    assert "HTTP 500: boom" in detail.content.decode()


def test_the_log_is_read_only_even_for_superusers(admin_client, deliveries):
    content = admin_client.get(reverse("webhook_deliveries:index")).content.decode()
    assert "/admin/webhook_deliveries/new/" not in content
    assert "/admin/webhook_deliveries/edit/" not in content
    assert admin_client.get("/admin/webhook_deliveries/new/").status_code == 404
    assert admin_client.get(f"/admin/webhook_deliveries/delete/{deliveries[0].pk}/").status_code == 404


def test_editors_are_refused_the_delivery_log(client, django_user_model, deliveries):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for url in (reverse("webhook_deliveries:index"), reverse("webhook_deliveries:inspect", args=[deliveries[0].pk])):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "page.deleted" not in response.content.decode()
    assert reverse("webhook_deliveries:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
