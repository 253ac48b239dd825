"""One public address for every absolute URL: canonical, hreflang, sitemap, JSON-LD, API pages and images."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site


def set_site_url(url):
    output = io.StringIO()
    call_command("set_site_url", url, stdout=output)
    return output.getvalue()


def test_the_default_site_takes_the_public_address(treatment):
    assert "http://localhost" in set_site_url("https://clinic.example")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("clinic.example", 443, "https://clinic.example")
    set_site_url("http://127.0.0.1:8123")
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8123"


def test_every_absolute_url_names_it(client, settings, treatment, image):
    set_site_url("http://127.0.0.1:8123")
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"  # what SITE_URL gives it by default

    page = client.get("/api/v1/pages/by-path/?path=/en/treatments/micro-needling/").json()
    assert page["seo"]["canonical_url"] == "http://127.0.0.1:8123/en/treatments/micro-needling/"
    assert page["hero"]["renditions"]
    assert all(rendition["url"].startswith("http://127.0.0.1:8123/media/") for rendition in page["hero"]["renditions"])
    sitemap = client.get("/api/v1/sitemap/?locale=en").content.decode()
    assert "http://127.0.0.1:8123/en/treatments/micro-needling/" in sitemap and "localhost" not in sitemap
    html = client.get("/en/treatments/micro-needling/").content.decode()
    assert 'rel="canonical" href="http://127.0.0.1:8123/en/treatments/micro-needling/"' in html
    assert "http://localhost" not in html


@pytest.mark.parametrize(
    "url, reason",
    [
        ("clinic.example", r"not an http\(s\) address"),
        ("ftp://clinic.example", r"not an http\(s\) address"),
        ("https://clinic.example:8443", "only on port 443"),
        ("https://clinic.example/cms/", "has a path"),
    ],
)
def test_an_address_wagtail_cannot_serve_is_refused_with_the_reason(home, url, reason):
    with pytest.raises(CommandError, match=reason):
        set_site_url(url)
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
