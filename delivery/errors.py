"""Every API error has one shape: {"error": {"code", "message", "field"}}.

Frontends handle a single format, whatever went wrong: a bad parameter, a missing page, an unknown
locale, or a validation error raised by Django Ninja itself.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import Field


class ErrorDetail(Schema):
    code: str = Field(examples=["invalid_parameter"])
    message: str = Field(examples=["Unknown locale 'fr'. Use one of: en, es."])
    field: str | None = Field(None, examples=["locale"])


class ErrorResponse(Schema):
    error: ErrorDetail


def responses(success, *statuses, revalidated=True):
    """An endpoint's ``response=`` table: ``success`` for 200, then ``ErrorResponse`` for each error status.

    Every endpoint takes parameters, so every one documents the 400 of a bad parameter; ``statuses``
    adds the others it can answer (401, 404). An error whose body says more than ``ErrorResponse``
    overrides its status in the table (the 404 of a page lists the page's other languages). Public
    answers carry validators, so a conditional request may get a 304 without a body (``revalidated``).
    """
    not_modified = {304: None} if revalidated else {}
    return {200: success, **not_modified, **{status: ErrorResponse for status in (400, *statuses)}}


class ApiError(Exception):
    """Raise from an endpoint to answer with a JSON error."""

    def __init__(self, status, code, message, field=None, extra=None):
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.extra = status, code, message, field, extra or {}


def bad_parameter(field, message):
    return ApiError(400, "invalid_parameter", message, field)


def not_found(message="No page matches this request.", extra=None):
    return ApiError(404, "not_found", message, extra=extra)


def error_body(code, message, field=None, **extra):
    return {"error": {"code": code, "message": message, "field": field, **extra}}


def register_error_handlers(api):
    @api.exception_handler(ApiError)
    def on_api_error(request, exc):
        return api.create_response(
            request, error_body(exc.code, exc.message, exc.field, **exc.extra), status=exc.status
        )

    @api.exception_handler(NinjaValidationError)
    def on_validation_error(request, exc):
        first = exc.errors[0] if exc.errors else {}
        location = [str(part) for part in first.get("loc", ())]
        if location and location[0] in ("query", "path", "body"):
            location = location[1:]  # where the parameter came from, not its name
        field = ".".join(location) or None
        message = first.get("msg", "Invalid request.")
        return api.create_response(request, error_body("invalid_parameter", message, field), status=400)

    @api.exception_handler(Http404)
    def on_not_found(request, exc):
        return api.create_response(request, error_body("not_found", str(exc) or "Not found."), status=404)

    @api.exception_handler(Throttled)
    def on_throttled(request, exc):
        # Django Ninja adds Retry-After (seconds) to this answer.
        message = _("Too many requests from your connection. Wait a while and try again.")
        return api.create_response(request, error_body("rate_limited", message), status=429)

    @api.exception_handler(HttpError)
    def on_http_error(request, exc):
        return api.create_response(request, error_body("http_error", str(exc)), status=exc.status_code)
