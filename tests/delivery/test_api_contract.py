"""The OpenAPI document says what the server does: language enums, query and path rules, 304s.

A client generated from the document (the frontend's TypeScript types, a validating client, schemathesis
in `make fuzz`) must be able to trust it: a value the document rules out is refused, and every status a
public answer can have is listed for its operation.
"""

import re
import sys

import pytest
from django.conf import settings

from search.query import without_control_characters, without_format_characters
from tests.api_helpers import api_get, openapi_document

LANGUAGE_PARAMETERS = ("locale", "fallback")


def get_operations():
    return {path: operations["get"] for path, operations in openapi_document()["paths"].items() if "get" in operations}


def parameter(path, name):
    return next(item for item in get_operations()[path]["parameters"] if item["name"] == name)


def language_parameters():
    return [
        (path, item["name"])
        for path, operation in get_operations().items()
        for item in operation.get("parameters", [])
        if item["name"] in LANGUAGE_PARAMETERS
    ]


def test_every_language_parameter_lists_the_content_languages():
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert len(language_parameters()) >= 9
    for path, name in language_parameters():
        assert parameter(path, name)["schema"]["enum"] == codes, (path, name)


def a_valid_request(path, home):
    """Query parameters that make `path` answer 200 on the minimal site."""
    required = {"/api/v1/search/": {"q": "acne"}, "/api/v1/search/suggest/": {"q": "ac"}}
    return path.replace("{page_id}", str(home.pk)), {"path": "/en/"} if "by-path" in path else required.get(path, {})


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["", "fr", "EN"])
def test_a_language_outside_the_enum_is_a_400_naming_the_parameter(client, home, value):
    for path, name in language_parameters():
        url, params = a_valid_request(path, home)
        response = api_get(client, url, {**params, name: value})
        assert response.status_code == 400, (path, name, value)
        assert response.json()["error"]["field"] == name


@pytest.mark.django_db
def test_every_public_answer_can_be_revalidated_as_its_operation_documents(client, home):
    """Each GET with validators answers a conditional request with a 304, and its operation lists 304."""
    revalidated = [path for path, operation in get_operations().items() if "304" in operation["responses"]]
    assert set(get_operations()) - set(revalidated) == {"/api/v1/preview/", "/api/v1/appointments/form-token/"}
    for path in revalidated:
        url, params = a_valid_request(path, home)
        first = api_get(client, url, params)
        assert first.status_code == 200, (path, first.content)
        again = api_get(client, url, params, headers={"If-None-Match": first["ETag"]})
        assert again.status_code == 304, path


def test_the_query_pattern_is_the_servers_idea_of_an_empty_query():
    """For every character, the documented `q` pattern matches it when the server would search for it.

    The two differ only beyond the Basic Multilingual Plane, where the pattern lets the few invisible
    characters through (written as escapes, it must read alike in every dialect) and the server refuses.
    """
    schema = parameter("/api/v1/search/", "q")["schema"]
    assert parameter("/api/v1/search/suggest/", "q")["schema"] == schema
    pattern = re.compile(schema["pattern"])
    assert pattern.pattern.isascii()  # no literal character a dialect could read otherwise
    disagreements = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if bool(pattern.search(chr(code)))
        != bool(without_format_characters(without_control_characters(chr(code))).strip())
    ]
    assert disagreements and all(int(code, 16) > 0xFFFF for code in disagreements)


@pytest.mark.django_db
def test_invisible_characters_beyond_the_plane_are_an_empty_query_too(client, home):
    response = api_get(client, "/api/v1/search/", q="\U000e0041\U000e0042\U0001d173")

    assert response.status_code == 400 and response.json()["error"]["field"] == "q"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q",
    ["", " \t", "\u200b\u2066\ufeff", "\u2060\u00ad", "a" + "\u200b" * 200, "x" * 201],
)
def test_a_query_the_document_rules_out_is_refused(client, home, q):
    schema = parameter("/api/v1/search/", "q")["schema"]
    assert not (schema["minLength"] <= len(q) <= schema["maxLength"] and re.search(schema["pattern"], q))

    for path in ("/api/v1/search/", "/api/v1/search/suggest/"):
        response = api_get(client, path, q=q)
        assert response.status_code == 400 and response.json()["error"]["field"] == "q"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["en/", "%252Fen%252F", " /en/", "/en/?draft=1", "/en/#top", "/en\\x/", "/en/\x7f"])
def test_a_path_the_document_rules_out_is_a_400_naming_path(client, home, path):
    schema = parameter("/api/v1/pages/by-path/", "path")["schema"]
    assert not re.search(schema["pattern"], path)

    response = api_get(client, "/api/v1/pages/by-path/", path=path)

    assert response.status_code == 400 and response.json()["error"]["field"] == "path"
