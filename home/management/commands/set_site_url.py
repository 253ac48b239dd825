"""Point the default Wagtail Site at the public address, so every absolute URL names it.

Canonical links, hreflang alternates, the sitemap, JSON-LD and the API's page URLs come from the Site
(hostname and port); image and document URLs and the admin's e-mails from WAGTAILADMIN_BASE_URL, which
defaults to SITE_URL. Running this after deploying (`make run` and `make serve` do) makes them one address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(url):
    """(hostname, port) for Wagtail's Site, which derives the scheme from the port (443 is https)."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise CommandError(f"{url!r} is not an http(s) address such as https://clinic.example")
    if parts.path not in ("", "/") or parts.query:
        raise CommandError(f"{url!r} has a path; the site must be served at the root of its host")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise CommandError(f"{url!r}: Wagtail serves https only on port 443 (its Site has no scheme)")
    if parts.scheme == "http" and port == 443:
        raise CommandError(f"{url!r}: port 443 means https for Wagtail's Site")
    return parts.hostname, port


class Command(BaseCommand):
    help = "Set the default site's hostname and port from a URL (default: the SITE_URL setting)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="The public address, e.g. https://clinic.example")

    def handle(self, *args, url=None, **options):
        url = url or settings.SITE_URL
        hostname, port = site_address(url)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("there is no default site yet: run `manage.py load_demo_content` or create one")
        before = site.root_url
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Default site: {site.root_url}" + (f" (was {before})" if before != site.root_url else ""))
