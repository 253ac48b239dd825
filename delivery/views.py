"""Plain Django views of the API: answers for URLs that no endpoint matches."""

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .errors import error_body


@csrf_exempt  # nothing here to protect: a PUT to an unknown path is a 404 like a GET, not a CSRF refusal
def api_not_found(request, rest=""):
    """Unknown API paths get the API's JSON error, not the site's HTML 404 page."""
    return JsonResponse(error_body("not_found", f"No API endpoint at {request.path}."), status=404)
