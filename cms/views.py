"""The project's error views that need more than Django's defaults."""

from django.shortcuts import render


def bad_request(request, exception):
    """The 400 page in the site's frame and language (Django's default renders it without the request)."""
    return render(request, "400.html", status=400)
