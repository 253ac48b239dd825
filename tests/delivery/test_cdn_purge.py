"""A publish purges the CDN by the same tags the API's answers carry, over HTTP, as a CDN receives it.

A local HTTP server stands in for Varnish (``PURGE`` with ``xkey-purge``) and for Cloudflare's
``purge_cache`` endpoint; the backends are the ones ``cms.settings`` configures.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import transaction

from delivery.cdn import CloudflareTagBackend
from tests import translation_helpers as th

CDN = {}


class RecordingCDN(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.received.append(("PURGE", self.path, self.headers.get("xkey-purge", ""), None))
        self.send_response(200)
        self.end_headers()

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append(("POST", self.path, self.headers.get("Authorization"), body))
        answer = json.dumps({"success": True, "errors": [], "result": {}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn():
    server = HTTPServer(("127.0.0.1", 0), RecordingCDN)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class LocalCloudflare(CloudflareTagBackend):
    """Cloudflare's backend as configured, talking to the local server instead of api.cloudflare.com."""

    def __init__(self, params):
        super().__init__(params)
        self.cloudflare_purge_endpoint_url = CDN["url"]

    def _purge_urls(self, urls):
        """Wagtail's URL purge names api.cloudflare.com itself (tests/delivery/test_webhooks.py covers the URLs)."""


@pytest.fixture
def published(client, treatment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        treatment.save_revision().publish()
    return treatment


def answer_tags(client, url):
    return set(client.get(url)["Cache-Tag"].split(","))


def publish_again(page, capture):
    page.title = "Micro-needling with PRP"
    with capture(execute=True):
        page.save_revision().publish()


def test_varnish_gets_one_purge_with_the_tags_of_every_answer_that_showed_the_page(
    client, settings, cdn, published, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "delivery.cdn.HTTPTagBackend", "LOCATION": f"http://127.0.0.1:{cdn.server_port}"}
    }
    page_tags = answer_tags(client, f"/api/v1/pages/{published.pk}/")
    listing_tags = answer_tags(client, "/api/v1/treatments/?locale=en")

    publish_again(published, django_capture_on_commit_callbacks)

    keys = [set(keys.split(" ")) for method, path, keys, _ in cdn.received if method == "PURGE" and keys]
    assert len(keys) == 1
    assert f"p{published.pk}" in keys[0] and f"p{published.pk}" in page_tags
    assert keys[0] & listing_tags  # the language's listings
    assert "site" not in keys[0]  # not everything


def test_cloudflare_gets_the_tags_in_its_purge_cache_call(
    client, settings, cdn, published, django_capture_on_commit_callbacks
):
    CDN["url"] = f"http://127.0.0.1:{cdn.server_port}/client/v4/zones/zone-1/purge_cache"
    settings.WAGTAILFRONTENDCACHE = {
        "cloudflare": {"BACKEND": f"{__name__}.LocalCloudflare", "ZONEID": "zone-1", "BEARER_TOKEN": "cf-token"}
    }
    publish_again(published, django_capture_on_commit_callbacks)

    by_tag = [body for method, _path, auth, body in cdn.received if method == "POST" and "tags" in body]
    assert by_tag and all(auth == "Bearer cf-token" for method, _p, auth, _b in cdn.received if method == "POST")
    purged = set().union(*(body["tags"] for body in by_tag))
    assert {f"p{published.pk}", f"l{published.locale_id}"} <= purged


def test_a_cdn_that_is_down_never_breaks_a_publish(settings, published, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "delivery.cdn.HTTPTagBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    publish_again(published, django_capture_on_commit_callbacks)
    published.refresh_from_db()
    assert published.title == "Micro-needling with PRP" and published.live


def test_a_translator_filling_many_strings_at_once_purges_the_cdn_once(
    settings, cdn, home, treatment_index, treatment, django_capture_on_commit_callbacks
):
    """Each string translated drops the answers showing the translation; the CDN hears of them once."""
    with django_capture_on_commit_callbacks(execute=True):
        th.submit(home, treatment_index, treatment)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "delivery.cdn.HTTPTagBackend", "LOCATION": f"http://127.0.0.1:{cdn.server_port}"}
    }
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        filled = th.translate(th.translation_for(treatment))  # as machine translation does, in one request
    assert filled > 20
    purges = [keys for method, _path, keys, _ in cdn.received if method == "PURGE"]
    assert len(purges) == 1
    spanish = treatment.get_translation(th.spanish())
    assert f"s{spanish.pk}" in purges[0].split(" ")  # the answers showing its translation status
