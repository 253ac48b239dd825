"""A Content-Security-Policy everywhere: strict on the public site and the API docs, Wagtail's needs in the admin."""

import re

import pytest
from django.urls import reverse


def policy(response):
    header = response.get("Content-Security-Policy", "")
    return {directive.split()[0]: directive.split()[1:] for directive in header.split(";") if directive.strip()}


@pytest.fixture
def site(home):
    return home


def test_public_pages_allow_only_this_origin_and_no_inline_code(client, site):
    directives = policy(client.get("/en/"))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]


def test_api_answers_and_errors_carry_the_policy(client, site):
    assert policy(client.get("/api/v1/site/"))["default-src"] == ["'self'"]
    assert policy(client.get("/api/v1/pages/by-path/?path=/en/nowhere/"))["script-src"] == ["'self'"]


def test_admin_gets_inline_scripts_and_styles_and_nothing_from_elsewhere(admin_client, site):
    directives = policy(admin_client.get(reverse("wagtailadmin_home")))
    assert "'unsafe-inline'" in directives["script-src"] and "'self'" in directives["script-src"]
    assert "'unsafe-inline'" in directives["style-src"]
    assert not [source for source in directives["script-src"] if source.startswith("http")]


def test_api_docs_load_swagger_from_this_site_only(client, site):
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"#]+)"', docs.content.decode())
    assert any(asset.endswith("swagger-ui-bundle.js") for asset in assets), assets
    assert all(asset.startswith("/static/") for asset in assets), assets
    directives = policy(docs)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" in directives["style-src"]


def test_the_500_page_may_use_its_own_inline_styles_and_nothing_else(rf):
    from django.http import HttpResponse, HttpResponseServerError

    from cms.middleware import ContentSecurityPolicyMiddleware

    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())
    error = middleware.process_response(rf.get("/en/"), HttpResponseServerError("<style></style>"))
    ok = middleware.process_response(rf.get("/en/"), HttpResponse("<p>ok</p>"))
    assert "'unsafe-inline'" in policy(error)["style-src"]
    assert policy(error)["script-src"] == ["'self'"]
    assert policy(ok)["style-src"] == ["'self'"]
