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
