"""Which language a request is about: from the path prefix (/es/...) or the `locale` parameter."""

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .errors import bad_parameter


def language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def default_language_code():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def unknown_locale(field, code):
    return bad_parameter(field, f"Unknown locale '{code}'. Use one of: {', '.join(language_codes())}.")


def requested_language(code, field="locale"):
    """The language code a request names (the default language when ``code`` is empty), or a 400.

    Checked against the settings alone, without a query, so an endpoint can check it before it looks
    in the cache: an unknown code must never reach ``delivery.caching``, where every distinct value
    would become a cache key of its own that never expires.
    """
    if code is None or code == "":
        return default_language_code()
    if code not in language_codes():
        raise unknown_locale(field, code)
    return code


def resolve_locale(code, field="locale"):
    """The Locale for a language code, or a 400 naming the field and the accepted codes."""
    code = requested_language(code, field)
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:  # configured in the settings but not created in the database
        raise unknown_locale(field, code)
    return locale
