"""Purge the CDN by the tags its cached API answers carry (``Cache-Tag`` / ``Surrogate-Key``).

Wagtail's frontend-cache backends purge URLs. A URL purge misses answers the CDN keeps under URLs nobody
can list (every filter and page of a listing, every search); a tag purge reaches all of them, and only
them. These backends are Wagtail's, with ``purge_tags`` added; ``WAGTAILFRONTENDCACHE`` names them
(``cms.settings``). A backend without it (CloudFront) gets the URL purge alone.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

import requests
from wagtail.contrib.frontend_cache.backends import CloudflareBackend, HTTPBackend

logger = logging.getLogger(__name__)


class CloudflareTagBackend(CloudflareBackend):
    """Cloudflare: ``purge_cache`` with ``tags`` (the zone's plan must offer purge by tag)."""

    def purge_tags(self, tags):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        for start in range(0, len(tags), self.CHUNK_SIZE):
            chunk = tags[start : start + self.CHUNK_SIZE]
            try:
                response = requests.post(
                    self.cloudflare_purge_endpoint_url, json={"tags": chunk}, headers=headers, timeout=30
                )
                succeeded = response.ok and response.json().get("success", False)
            except (requests.RequestException, ValueError):
                succeeded = False
            if not succeeded:
                logger.error("Could not purge the tags %s from Cloudflare", ", ".join(chunk))


class HTTPTagBackend(HTTPBackend):
    """Varnish with the xkey module, or any cache that purges by key: one ``PURGE`` to its ``LOCATION``
    with the keys in ``xkey-purge`` (the VCL passes that header to ``xkey.purge``)."""

    def purge_tags(self, tags):
        request = Request(
            f"{self.cache_scheme}://{self.cache_netloc}/",
            method="PURGE",
            headers={"xkey-purge": " ".join(tags)},
        )
        try:
            urlopen(request, timeout=30).close()  # noqa: S310 - the scheme comes from the configured LOCATION
        except (URLError, OSError):
            logger.exception("Could not purge the tags %s from the HTTP cache", " ".join(tags))


def purge_tags(tags):
    """Purge these tags from every configured frontend cache that purges by tag."""
    from wagtail.contrib.frontend_cache.utils import get_backends

    tags = sorted(tags)
    for backend in get_backends().values():
        if hasattr(backend, "purge_tags"):
            backend.purge_tags(tags)
