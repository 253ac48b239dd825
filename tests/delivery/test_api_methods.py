"""Every error of the API is JSON, wrong methods included; HEAD answers like GET without a body."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_method_the_api_does_not_take_is_a_json_405(client, home, method):
    response = getattr(client, method)("/api/v1/concerns/?locale=en")

    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


@pytest.mark.django_db
def test_head_has_the_headers_of_get_and_no_body(client, home):
    get = client.get("/api/v1/concerns/?locale=en")
    head = client.head("/api/v1/concerns/?locale=en")

    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]
    assert head["Content-Length"] == str(len(get.content))


@pytest.mark.django_db
def test_head_of_a_missing_api_page_is_a_404(client, home):
    assert client.head("/api/v1/pages/by-path/?path=/en/nowhere/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/", 404),  # Django Ninja's API root answers an HTML 404 of its own
        ("/api/v1/%0A", 404),  # no URL pattern matches a newline: Django's HTML 404
        ("/api/v1/nothing-here/", 404),
    ],
)
def test_every_error_under_the_api_is_json(client, home, path, status):
    response = client.get(path)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/openapi.json", "/api/v1/docs"])
def test_writing_to_the_document_is_a_json_405_not_a_csrf_refusal(home, path):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).put(path, "{}", content_type="application/json")

    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v1/"])
def test_writing_to_an_unknown_api_path_is_a_json_404(home, path):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).put(path, "{}", content_type="application/json")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_head_where_only_post_is_taken_is_a_405_that_does_not_offer_head(client, home):
    response = client.head("/api/v1/appointments/")

    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert response["Allow"] == "POST"
    assert response.content == b""


@pytest.mark.django_db
def test_a_server_error_under_the_api_is_json(client, home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("home.api.site_answer", broken)
    client.raise_request_exception = False

    response = client.get("/api/v1/site/")

    assert response.status_code == 500
    assert response.json()["error"]["code"] == "server_error"
    assert "boom" not in response.content.decode()
