"""Template helpers for the site frame: the home page of the current language and opening-hours text."""

from django import template
from wagtail.models import Locale

from home.models import WEEKDAYS, HomePage

register = template.Library()

WEEKDAY_ORDER = [code for code, _label in WEEKDAYS]
WEEKDAY_LABELS = dict(WEEKDAYS)


@register.filter
def weekday_names(codes):
    """Day codes as names, three or more consecutive days as a range: "Monday–Friday, Sunday"."""
    positions = sorted({WEEKDAY_ORDER.index(code) for code in codes or [] if code in WEEKDAY_LABELS})
    runs = []
    for position in positions:
        if runs and position == runs[-1][1] + 1:
            runs[-1][1] = position
        else:
            runs.append([position, position])
    names = []
    for first, last in runs:
        if last - first >= 2:
            names.append(f"{WEEKDAY_LABELS[WEEKDAY_ORDER[first]]}–{WEEKDAY_LABELS[WEEKDAY_ORDER[last]]}")
        else:
            names.extend(str(WEEKDAY_LABELS[WEEKDAY_ORDER[p]]) for p in range(first, last + 1))
    return ", ".join(names)


@register.simple_tag(takes_context=True)
def locale_home_page(context):
    """The live home page in the current page's language (or the active language), or None."""
    page = context.get("page")
    locale = getattr(page, "locale", None) or Locale.get_active()
    return HomePage.objects.live().filter(locale=locale).first()
