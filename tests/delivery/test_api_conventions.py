"""API conventions every endpoint shares: JSON errors, no locale redirect, an OpenAPI document."""


def test_unknown_api_path_is_a_json_404_not_a_locale_redirect(client, db):
    response = client.get("/api/v1/no-such-endpoint/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_openapi_document_and_docs_are_served(client, db):
    document = client.get("/api/v1/openapi.json")
    assert document.status_code == 200
    assert document.json()["openapi"].startswith("3.1")
    assert client.get("/api/v1/docs").status_code == 200


def test_public_site_still_redirects_to_a_language(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
