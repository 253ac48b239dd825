"""gunicorn workers that refuse what they cannot read in the API's JSON error shape instead of HTML.

A request line over gunicorn's limit (4094 bytes: a long query string), oversized or malformed headers
and garbled request lines never reach Django, so neither Django nor ``delivery.middleware`` can answer
them; gunicorn writes a small HTML page. A frontend that reads every error as ``{"error": {...}}`` would
then fail on it. The request line is not readable at that point, so every such refusal is JSON, whatever
the path. Faults after the request was read (an application's bad response header) keep gunicorn's own
handling. ``gunicorn.conf.py`` picks the sync worker; with ``--threads``, name the threaded one.
"""

import json
from datetime import timedelta

from gunicorn import util
from gunicorn.http.errors import (
    ConfigurationProblem,
    ForbiddenProxyRequest,
    LimitRequestHeaders,
    LimitRequestLine,
    ParseException,
    UnsupportedTransferCoding,
)
from gunicorn.http.wsgi import Response, default_environ
from gunicorn.workers.gthread import ThreadWorker
from gunicorn.workers.sync import SyncWorker

#: gunicorn's statuses for the refusals that are not a plain 400, with the API's error codes.
REFUSALS = {
    LimitRequestHeaders: (431, "Request Header Fields Too Large", "request_too_large"),
    UnsupportedTransferCoding: (501, "Not Implemented", "not_implemented"),
    ForbiddenProxyRequest: (403, "Forbidden", "forbidden"),
    LimitRequestLine: (400, "Bad Request", "request_too_large"),
}


def refusal(req, exc):
    """(status, reason, error code) for a request gunicorn could not read; None for anything else."""
    if req is not None or not isinstance(exc, ParseException) or isinstance(exc, ConfigurationProblem):
        return None
    return REFUSALS.get(type(exc), (400, "Bad Request", "bad_request"))


def json_error_answer(status, reason, code, message):
    body = json.dumps({"error": {"code": code, "message": message, "field": None}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class JsonRefusals:
    """The part of gunicorn's ``Worker.handle_error`` for unreadable requests, answering JSON."""

    def handle_error(self, req, client, addr, exc):
        answer = refusal(req, exc)
        if answer is None:
            return super().handle_error(req, client, addr, exc)
        status, reason, code = answer
        addr = addr or ("", -1)  # a unix socket
        self.log.warning("Invalid request from ip=%s: %s", addr[0], exc)
        body = json_error_answer(status, reason, code, str(exc))
        if (partly_read := getattr(exc, "req", None)) is not None:  # bad headers: log the request as gunicorn does
            self.log_refusal(partly_read, client, addr, f"{status} {reason}", len(body))
        try:
            util.write_nonblock(client, body)
        except Exception:
            self.log.debug("Failed to send error message.")

    def log_refusal(self, req, client, addr, status, length):
        environ = default_environ(req, client, self.cfg)
        environ["REMOTE_ADDR"], environ["REMOTE_PORT"] = addr[0], str(addr[1])
        response = Response(req, client, self.cfg)
        response.status, response.response_length = status, length
        self.log.access(response, req, environ, timedelta(0))  # refused as soon as read


class JsonErrorWorker(JsonRefusals, SyncWorker):
    """The sync worker (gunicorn's default). gunicorn ignores ``--threads`` for it: its name is not "sync"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.cfg.threads > 1:
            raise RuntimeError(
                "--threads needs the threaded worker: --worker-class cms.gunicorn_worker.JsonErrorThreadWorker"
            )


class JsonErrorThreadWorker(JsonRefusals, ThreadWorker):
    """gunicorn's threaded worker (``--threads N``) with the same refusals."""
