"""The server's floor: the fastest answer this project's server gives, to measure warm answers against.

``make bench-scale`` compares the API's warm page answers with this view on the same gunicorn, settings
and middleware: it returns 8 KB of bytes held in memory, with no cache, database or template. What a warm
answer costs above it is the API's own code (``bench/README.md``, "Scale").
"""

import json

from django.http import HttpResponse

FLOOR_SIZE = 8 * 1024


def held_body(size=FLOOR_SIZE):
    """A JSON document of exactly ``size`` bytes."""
    padding = size - len(json.dumps({"padding": ""}))
    return json.dumps({"padding": "x" * padding}).encode()


FLOOR_BODY = held_body()


def floor(request):
    return HttpResponse(FLOOR_BODY, content_type="application/json; charset=utf-8")
