"""Every API request of the test suite goes through ``api_get``: its answer must match the OpenAPI document.

The document is the one the API serves (``/api/v1/openapi.json``); the response is checked with
openapi-core against the operation's documented answer for its status code: an undocumented status,
a missing field, a wrong type or a body item outside the ``type`` union fails the test that received it.
"""

import json
from functools import lru_cache

from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse


@lru_cache(maxsize=1)
def openapi_document():
    """The API's OpenAPI document as served (JSON: status codes are strings), built once per test run."""
    from django.core.serializers.json import DjangoJSONEncoder

    from cms.api import api

    return json.loads(json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder))


@lru_cache(maxsize=1)
def openapi():
    return OpenAPI.from_dict(openapi_document())


def api_get(client, url, params=None, /, *, headers=None, **query):
    """GET ``url`` with query parameters (a dict and/or keywords) and check the answer against the document."""
    response = client.get(url, {**(params or {}), **query}, headers=headers)
    assert_documented(response)
    return response


def assert_documented(response):
    """Fail unless the response is one the OpenAPI document describes for its operation and status (304s too)."""
    request = DjangoOpenAPIRequest(response.wsgi_request)
    try:
        openapi().validate_response(request, DjangoOpenAPIResponse(response))
    except Exception as error:  # openapi-core raises one class per kind of mismatch
        details = "; ".join(str(cause) for cause in getattr(error, "schema_errors", ()) or [error.__cause__] if cause)
        raise AssertionError(
            f"{response.wsgi_request.get_full_path()} answered {response.status_code}, which the OpenAPI "
            f"document does not describe: {error!r} {details}\n{response.content[:2000]!r}"
        ) from error


def api_post(client, url, body, /, *, headers=None):
    """POST ``body`` as JSON and check the answer against the document."""
    response = client.post(url, json.dumps(body), content_type="application/json", headers=headers)
    assert_documented(response)
    return response
