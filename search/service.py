"""One search, as both the API and the server-rendered page run it."""

from dataclasses import dataclass, field

from wagtail.models import Page

from delivery import dependencies
from delivery.visibility import public_pages
from treatments.models import TreatmentPage

from .engines import get_engine
from .engines.base import Hit
from .query import parse_query
from .text import split_words


@dataclass
class Found:
    """A hit with its page, checked live and public."""

    page: Page
    hit: Hit


@dataclass
class SearchOutcome:
    total: int = 0
    found: list[Found] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)


def run_search(text, locale, specialty=None, limit=10, offset=0):
    depends_on_index(locale)
    engine = get_engine()
    query = parse_query(text, locale, engine)
    if query.is_empty:
        return SearchOutcome(corrections=query.corrections)
    results = engine.search(query, locale, specialty, limit, offset)
    pages = visible_pages([hit.page_id for hit in results.hits])
    found = [Found(pages[hit.page_id], hit) for hit in results.hits if hit.page_id in pages]
    return SearchOutcome(total=results.total, found=found, corrections=query.corrections)


def run_completion(text, locale, limit):
    """Completions for a prefix; when none, the same with the last word corrected ("botx" → "botox")."""
    depends_on_index(locale)
    engine = get_engine()
    prefix = " ".join(split_words(text))
    completions = engine.complete(prefix, locale, limit)
    if not completions:
        completions = engine.complete(corrected_prefix(prefix, locale, engine), locale, limit)
    pages = visible_pages([item.page_id for item in completions if item.page_id])
    return [(item, pages.get(item.page_id)) for item in completions if item.page_id is None or item.page_id in pages]


def depends_on_index(locale):
    """An answer from the index changes with the language's live pages and with re-indexing (synonyms)."""
    dependencies.depends_on_live_content(locale)
    dependencies.depends_on(dependencies.SEARCH)


def corrected_prefix(prefix, locale, engine):
    *head, last = prefix.split(" ") if prefix else [""]
    if len(last) < 4:
        return ""
    closest = engine.closest_terms(last, locale, limit=1)
    return " ".join([*head, closest[0]]) if closest else ""


def visible_pages(page_ids):
    """The hits' pages, checked again as live and public: the index never has the last word on visibility."""
    if not page_ids:
        return {}
    visible = public_pages(Page.objects.filter(pk__in=page_ids))
    treatments = TreatmentPage.objects.filter(pk__in=visible.values("pk")).defer_streamfields()  # not shown
    found = {page.pk: page for page in treatments.select_related("specialty")}
    if set(page_ids) - set(found):
        found.update((page.pk, page) for page in visible.exclude(pk__in=list(found)).specific())
    return found


def page_summary(page):
    return getattr(page, "summary", "") or page.search_description
