"""HTTP methods on the API: HEAD answers like GET, and any other method gets a JSON 405.

Django Ninja routes HEAD to nothing and answers an unknown method with a plain-text 405; a CDN's HEAD
probe or a client's POST would then break the API's promise that every error is JSON.
"""

from django.http import JsonResponse

from .errors import error_body

API_PREFIX = "/api/"


class ApiMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "HEAD":
            return head_response(self.get_response, request)
        response = self.get_response(request)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith("application/json"):
            return method_not_allowed(request, response)
        return response


def head_response(get_response, request):
    """The GET answer's status and headers (Content-Length included), without its body."""
    request.method = "GET"
    response = get_response(request)
    if not response.streaming:
        length = len(response.content)
        response.content = b""
        response["Content-Length"] = str(length)
    return response


def method_not_allowed(request, response):
    allowed = response.get("Allow", "GET")
    message = f"{request.method} is not allowed here. Allowed: {allowed}, HEAD."
    answer = JsonResponse(error_body("method_not_allowed", message), status=405)
    answer["Allow"] = f"{allowed}, HEAD"
    return answer
