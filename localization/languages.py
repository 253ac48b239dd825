"""The content languages as settings define them, read without a query."""

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant


def default_language_code():
    """The source language every translation is made from (``LANGUAGE_CODE``, as a content language)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)
