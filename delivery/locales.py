"""Which language a request is about: from the path prefix (/es/...) or the `locale` parameter."""

from typing import Annotated

from django.conf import settings
from pydantic import WithJsonSchema
from wagtail.models import Locale

from localization.languages import default_language_code

from .errors import bad_parameter


def language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


LOCALE_HELP = "Language code; the default language when absent. Unknown codes are a 400."

#: An optional language-code parameter, documented as one of the content languages. The value is checked
#: by ``requested_language`` rather than by pydantic, so that a wrong one gets the API's own 400 (naming the
#: field and the accepted codes); absent means the default language, and an empty value is a wrong one.
#: (A parameter's example is ``example``: Django Ninja copies a schema's ``examples`` list to the parameter,
#: where OpenAPI wants a map of named examples.)
OptionalLanguageCode = Annotated[
    str | None, WithJsonSchema({"type": "string", "enum": language_codes(), "example": language_codes()[-1]})
]


def unknown_locale(field, code):
    return bad_parameter(field, f"Unknown locale '{code}'. Use one of: {', '.join(language_codes())}.")


def requested_language(code, field="locale"):
    """The language code a request names (the default language when there is none), or a 400.

    Checked against the settings alone, without a query, so an endpoint can check it before it looks
    in the cache: an unknown code must never reach ``delivery.caching``, where every distinct value
    would become a cache key of its own that never expires.
    """
    if code is None:
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
