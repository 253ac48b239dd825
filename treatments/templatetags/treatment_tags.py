"""Template helpers that turn the numbers and codes stored in treatment blocks into readable text.

Blocks store durations as numbers with a unit code and body areas as codes, so that every language
and the API format them their own way; these filters are the server-rendered site's way.
"""

from django import template
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.models import Locale

from delivery.visibility import public_pages
from treatments.models import TreatmentIndexPage

register = template.Library()

# "%(amount)s" is a number or a range such as "45–60"; "count" chooses the plural form.
QUANTITIES = {
    "minutes": ngettext_lazy("%(amount)s minute", "%(amount)s minutes", "count"),
    "hours": ngettext_lazy("%(amount)s hour", "%(amount)s hours", "count"),
    "days": ngettext_lazy("%(amount)s day", "%(amount)s days", "count"),
    "weeks": ngettext_lazy("%(amount)s week", "%(amount)s weeks", "count"),
    "months": ngettext_lazy("%(amount)s month", "%(amount)s months", "count"),
    "sessions": ngettext_lazy("%(amount)s session", "%(amount)s sessions", "count"),
}

# A point or stretch of the aftercare timeline: (one point, a stretch, open-ended).
TIMELINE_POINTS = {
    "minutes": (_("Minute %(start)s"), _("Minute %(start)s–%(end)s"), _("From minute %(start)s")),
    "hours": (_("Hour %(start)s"), _("Hour %(start)s–%(end)s"), _("From hour %(start)s")),
    "days": (_("Day %(start)s"), _("Day %(start)s–%(end)s"), _("From day %(start)s")),
    "weeks": (_("Week %(start)s"), _("Week %(start)s–%(end)s"), _("From week %(start)s")),
    "months": (_("Month %(start)s"), _("Month %(start)s–%(end)s"), _("From month %(start)s")),
}


def format_quantity(low, unit, high=None):
    """ "45–60 minutes" for a range, "1 session" for a single value; plural chosen by the larger number."""
    if low is None:
        return ""
    if high is not None and high != low:
        amount, count = f"{low}–{high}", high
    else:
        amount, count = str(low), low
    phrase = QUANTITIES.get(unit)
    if phrase is None:
        return f"{amount} {unit}"
    return phrase % {"count": count, "amount": amount}


@register.filter
def quantity(amount, unit):
    """``{{ item.lead_time|quantity:item.lead_time_unit }}`` → "7 days"."""
    return format_quantity(amount, unit)


@register.filter
def key_fact_value(fact):
    """A ``TreatmentPage.key_facts`` entry as text, e.g. "120 minutes" or "1–3 sessions"."""
    return format_quantity(fact.low, fact.unit, fact.high if fact.is_range else None)


@register.filter
def timeline_point(entry):
    """When an aftercare entry applies: "Day 0–2", "Day 3", or "From week 2" when it has no end."""
    start, end = entry.get("starts_after"), entry.get("ends_after")
    if start is None:
        return ""
    unit = entry.get("unit")
    single, stretch, open_ended = TIMELINE_POINTS.get(unit, ("%(start)s", "%(start)s–%(end)s", "%(start)s+"))
    if end is None:
        phrase = open_ended
    elif end == start:
        phrase = single
    else:
        phrase = stretch
    return phrase % {"start": start, "end": end}


@register.filter
def total_minutes(steps):
    """The sum of the steps' durations, or None when no step gives one (so no total is shown)."""
    durations = [step.get("duration_minutes") for step in steps]
    given = [minutes for minutes in durations if minutes]
    return sum(given) if given else None


@register.filter
def choice_label(struct_value, field_name):
    """The display label of a choice field in a struct block value: ``{{ item|choice_label:"area" }}`` → "Thighs".

    The label comes from the block definition, so body areas, time units and entry kinds stay in step
    with ``treatments/blocks.py`` and are translated into the active language.
    """
    code = struct_value.get(field_name)
    try:
        choices = struct_value.block.child_blocks[field_name].field.choices
    except (AttributeError, KeyError):
        return code
    return dict(choices).get(code, code)


@register.simple_tag(takes_context=True)
def treatment_index_page(context):
    """The live treatment index in the current page's language (or the active language), or None."""
    page = context.get("page")
    locale = getattr(page, "locale", None) or Locale.get_active()
    return public_pages(TreatmentIndexPage.objects.filter(locale=locale)).first()


@register.filter
def with_slug(items, slug):
    """The first of ``items`` (specialties, concerns…) whose slug is ``slug``, or None."""
    if not slug:
        return None
    return next((item for item in items if item.slug == slug), None)
