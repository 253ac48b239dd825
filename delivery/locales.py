"""Which language a request is about: from the path prefix (/es/...) or the `locale` parameter."""

from django.conf import settings
from wagtail.models import Locale

from .errors import bad_parameter


def language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def resolve_locale(code, field="locale"):
    """The Locale for a language code, or a 400 naming the field and the accepted codes."""
    if code is None or code == "":
        return Locale.get_default()
    if code not in language_codes() or not Locale.objects.filter(language_code=code).exists():
        raise bad_parameter(field, f"Unknown locale '{code}'. Use one of: {', '.join(language_codes())}.")
    return Locale.objects.get(language_code=code)
