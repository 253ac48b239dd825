"""The server-rendered search page of the fallback site: /en/search/, /es/buscar/."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .query import MAX_QUERY_LENGTH, without_control_characters
from .service import page_summary, run_search

RESULTS_PER_PAGE = 10
MAX_PAGE_NUMBER = 100


def search_page(request):
    """Results in the language of the URL; an empty query shows the form, a bad one says why."""
    locale = Locale.get_active()
    text = without_control_characters(request.GET.get("q", "")).strip()
    number = page_number(request.GET.get("page"))
    context = {"query": text, "page_number": number, "results": [], "total": 0, "error": ""}
    if len(text) > MAX_QUERY_LENGTH:
        context["error"] = _("Please shorten your search to %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH}
    elif text:
        outcome = run_search(text, locale, limit=RESULTS_PER_PAGE, offset=(number - 1) * RESULTS_PER_PAGE)
        context.update(
            total=outcome.total,
            corrections=outcome.corrections,
            results=[
                {
                    "page": item.page,
                    "url": item.page.get_url(request),
                    "summary": page_summary(item.page),
                    "excerpt": item.hit.excerpt,
                }
                for item in outcome.found
            ],
            has_previous=number > 1,
            has_next=number * RESULTS_PER_PAGE < outcome.total,
        )
    return render(request, "search/search_page.html", context, status=400 if context["error"] else 200)


def page_number(value):
    """?page= as a number from 1 to 100; anything else is the first page."""
    try:
        return min(max(int(value), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1
