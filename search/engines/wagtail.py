"""Search through Wagtail's configured backend: OpenSearch/Elasticsearch at scale, or its database backend.

Chosen with ``SEARCH_ENGINE=wagtail`` (the default when ``OPENSEARCH_URL`` is set). Wagtail's backends
analyse every locale with one configuration, so this engine adds the locale filter, and keeps typo
correction from the lexicon (trigrams on PostgreSQL, difflib elsewhere). Excerpts are the escaped
summary: Wagtail's backends return no highlights; completions are Wagtail's autocomplete on titles.
It is also the baseline the search benchmark compares with.
"""

from django.db import connection
from django.utils.html import escape
from wagtail.search.backends import get_search_backend

from treatments.models import visible_treatments

from .base import Completion, Hit, Results, SearchEngine
from .portable import PortableEngine
from .postgres import PostgresEngine


class WagtailEngine(SearchEngine):
    name = "wagtail"

    def __init__(self):
        self.lexicon = PostgresEngine() if connection.vendor == "postgresql" else PortableEngine()

    def closest_terms(self, word, locale, limit=2):
        return self.lexicon.closest_terms(word, locale, limit)

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        pages = visible_treatments(locale)
        if specialty is not None:
            pages = pages.filter(specialty=specialty)
        words = [word for term in query.terms for word in term.alternatives] + query.expansions
        results = get_search_backend().search(" ".join(words) or query.text, pages, operator="or")
        total = results.count()
        window = list(results.annotate_score("_score")[offset : offset + limit])
        hits = [Hit(page_id=page.pk, score=float(page._score or 0), excerpt=escape(page.summary)) for page in window]
        return Results(total=total, hits=hits)

    def complete(self, prefix, locale, limit=10):
        if not prefix:
            return []
        pages = get_search_backend().autocomplete(prefix, visible_treatments(locale))[:limit]
        return [Completion(text=page.title, kind="treatment", page_id=page.pk) for page in pages]
