"""What gunicorn refuses before Django is still answered in the API's error shape.

A query string of a few thousand characters (a pasted text in the search box, a fuzzer) makes the
request line longer than gunicorn reads; oversized or broken headers likewise never reach Django.
"""

import json
import socket
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.server


def raw_exchange(base, request_bytes):
    """Send bytes as they are and return (status, headers, body) of the answer."""
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=20) as connection:
        connection.sendall(request_bytes)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in header_lines)
    return int(status_line.split()[1]), headers, body


def request(target, headers=()):
    lines = [f"GET {target} HTTP/1.1", "Host: 127.0.0.1", "X-Forwarded-Proto: https", *headers, "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def assert_json_error(answer, status, code):
    got_status, headers, body = answer
    assert got_status == status
    assert headers["Content-Type"] == "application/json"
    error = json.loads(body)["error"]
    assert error["code"] == code and error["message"] and error["field"] is None
    return error


def test_a_request_line_too_long_for_the_server_is_a_json_400(production_site):
    base, _env = production_site
    error = assert_json_error(raw_exchange(base, request("/api/v1/search/?q=" + "a" * 6000)), 400, "request_too_large")
    assert "too large" in error["message"]


def test_headers_too_large_are_a_json_431(production_site):
    base, _env = production_site
    huge_header = "X-Padding: " + "b" * 9000
    assert_json_error(raw_exchange(base, request("/api/v1/site/", [huge_header])), 431, "request_too_large")


def test_a_garbled_request_line_is_a_json_400(production_site):
    base, _env = production_site
    assert_json_error(raw_exchange(base, b"GET /api/v1/site/ HTTP/9\r\nHost: x\r\n\r\n"), 400, "bad_request")


def test_a_request_just_under_the_limit_reaches_the_api(production_site):
    base, _env = production_site
    status, headers, body = raw_exchange(base, request("/api/v1/search/?q=" + "a" * 4000))  # a 4031-byte line
    assert status == 400 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["error"]["field"] == "q"  # the API's own answer: over 200 characters
