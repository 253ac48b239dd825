"""gunicorn's sync worker, refusing what it cannot read in the API's JSON error shape instead of HTML.

A request line over gunicorn's limit (4094 bytes: a long query string), oversized or malformed headers
and garbled request lines never reach Django, so neither Django nor ``delivery.middleware`` can answer
them; gunicorn writes a small HTML page. A frontend that reads every error as ``{"error": {...}}`` would
then fail on it. The request line is not readable at that point, so every such refusal is JSON, whatever
the path; faults of the server itself keep gunicorn's handling.
"""

import json

from gunicorn import util
from gunicorn.http.errors import (
    ConfigurationProblem,
    ForbiddenProxyRequest,
    LimitRequestHeaders,
    LimitRequestLine,
    ParseException,
    UnsupportedTransferCoding,
)
from gunicorn.workers.sync import SyncWorker

#: gunicorn's statuses for the refusals that are not a plain 400.
REFUSAL_STATUSES = {
    LimitRequestHeaders: (431, "Request Header Fields Too Large", "request_too_large"),
    UnsupportedTransferCoding: (501, "Not Implemented", "bad_request"),
    ForbiddenProxyRequest: (403, "Forbidden", "forbidden"),
    LimitRequestLine: (400, "Bad Request", "request_too_large"),
}


def refusal(exc):
    """(status, reason, error code) for a request the client got wrong; None for a fault of the server."""
    if not isinstance(exc, ParseException) or isinstance(exc, ConfigurationProblem):
        return None
    return REFUSAL_STATUSES.get(type(exc), (400, "Bad Request", "bad_request"))


def json_error_answer(status, reason, code, message):
    body = json.dumps({"error": {"code": code, "message": message, "field": None}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class JsonErrorWorker(SyncWorker):
    def handle_error(self, req, client, addr, exc):
        answer = refusal(exc)
        if answer is None:
            return super().handle_error(req, client, addr, exc)
        status, reason, code = answer
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        try:
            util.write_nonblock(client, json_error_answer(status, reason, code, str(exc)))
        except Exception:
            self.log.debug("Failed to send error message.")
