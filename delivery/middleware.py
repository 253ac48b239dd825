"""Every answer under /api/ speaks the API's language: HEAD answers like GET, every error is JSON.

Django Ninja routes HEAD to nothing and answers an unknown method with a plain-text 405; Django answers
its own failures — a CSRF refusal, a path no pattern matches (an encoded newline), Ninja's API root, a
server error — with HTML pages. A CDN's HEAD probe or a client's PUT would then break the promise that
every error is ``{"error": {"code", "message", "field"}}``; this middleware keeps it, whatever failed.
"""

from http import HTTPStatus

from django.http import JsonResponse

from .errors import error_body

API_PREFIX = "/api/"


class ApiMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        method = request.method
        if method == "HEAD":
            request.method = "GET"  # answered as GET is, then its body left out
        response = self.get_response(request)
        if response.status_code >= 400 and not is_json(response):
            response = method_not_allowed(method, response) if response.status_code == 405 else as_json_error(response)
        return without_body(response) if method == "HEAD" else response


def without_body(response):
    """The answer's status and headers (Content-Length included), without its body: HEAD's answer."""
    if not response.streaming:
        length = len(response.content)
        response.content = b""
        response["Content-Length"] = str(length)
    return response


def is_json(response):
    return response.get("Content-Type", "").startswith("application/json")


ERROR_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 413: "payload_too_large", 429: "rate_limited"}
KEPT_HEADERS = ("Retry-After", "Allow", "Cache-Control", "Vary")


def as_json_error(response):
    """The same status (and its Retry-After, Allow, caching headers) in the API's error shape."""
    status = response.status_code
    code = ERROR_CODES.get(status, "server_error" if status >= 500 else "http_error")
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    answer = JsonResponse(error_body(code, f"{phrase}."), status=status)
    for header in KEPT_HEADERS:
        if header in response:
            answer[header] = response[header]
    return answer


def method_not_allowed(method, response):
    allowed = [name.strip() for name in response.get("Allow", "GET").split(",")]
    if "GET" in allowed and "HEAD" not in allowed:
        allowed.append("HEAD")  # answered here like GET
    message = f"{method} is not allowed here. Allowed: {', '.join(allowed)}."
    answer = JsonResponse(error_body("method_not_allowed", message), status=405)
    answer["Allow"] = ", ".join(allowed)
    return answer
