"""PostgreSQL full-text search, analysed per language, with trigram typo correction.

Each document's `search_vector` is built with its locale's configuration (``clinic_english``,
``clinic_spanish``: unaccent, then the Snowball stemmer — created by migration 0002) and weighted A–D
by field. A query becomes ``plainto_tsquery`` pieces combined with AND/OR, so no input is ever parsed as
tsquery syntax. Ranking is ``ts_rank`` with the field weights; excerpts are ``ts_headline`` marked with
control characters that cannot occur in stored text, then escaped and turned into ``<mark>``. Pages
that match every word of the query rank above pages that match only some of them.
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Q, TextField, Value
from django.db.models.functions import Concat

from ..models import SearchDocument, SearchTerm
from .base import COMPLETE_MATCH_BONUS, WEIGHTS, Hit, Results, SearchEngine
from .portable import complete_from_suggestions, marked_html

CONFIGURATIONS = {"en": "clinic_english", "es": "clinic_spanish"}
DEFAULT_CONFIGURATION = "clinic_simple"
MARK_START, MARK_END = "\x02", "\x03"
TRIGRAM_CORRECTION_SQL = """
    SELECT term FROM search_searchterm
    WHERE locale_id = %s AND term %% %s
    ORDER BY similarity(term, %s) DESC, term
    LIMIT %s
"""


def configuration(language):
    return CONFIGURATIONS.get(language, DEFAULT_CONFIGURATION)


class PostgresEngine(SearchEngine):
    name = "postgres"

    def after_store(self, document, weighted, language):
        config = configuration(language)
        vector = reduce(
            lambda left, right: left + right,
            (SearchVector(Value(text), config=config, weight=weight.upper()) for weight, text in weighted.items()),
        )
        SearchDocument.objects.filter(pk=document.pk).update(search_vector=vector)

    def known_terms(self, words, locale):
        if not words:
            return set()
        return set(SearchTerm.objects.filter(locale=locale, term__in=words).values_list("term", flat=True))

    def closest_terms(self, word, locale, limit=2):
        with connection.cursor() as cursor:
            cursor.execute(TRIGRAM_CORRECTION_SQL, [locale.pk, word, word, limit])
            return [row[0] for row in cursor.fetchall()]

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        config = configuration(locale.language_code)
        documents = SearchDocument.objects.filter(locale=locale, page__live=True)
        if specialty is not None:
            documents = documents.filter(specialty=specialty)
        every_term, any_term = match_queries(query, config)
        matching = documents.filter(search_vector=any_term)
        total = matching.count()
        if not total:
            return Results(total=0)
        return Results(total=total, hits=ranked_hits(matching, every_term, any_term, config, limit, offset))

    def complete(self, prefix, locale, limit=10):
        return complete_from_suggestions(prefix, locale, limit)


def match_queries(query, config):
    """Pages with every term (or a glossary phrase) come first; pages with only some of them follow."""
    terms = [term_query(term, config) for term in query.terms]
    expansions = [SearchQuery(phrase, config=config, search_type="plain") for phrase in query.expansions]
    every_term = reduce(or_, expansions, reduce(and_, terms)) if terms else reduce(or_, expansions)
    any_term = reduce(or_, terms + expansions)
    return every_term, any_term


def term_query(term, config):
    return reduce(or_, (SearchQuery(word, config=config, search_type="plain") for word in term.alternatives))


def ranked_hits(matching, every_term, any_term, config, limit, offset):
    weights = [WEIGHTS["d"], WEIGHTS["c"], WEIGHTS["b"], WEIGHTS["a"]]
    rank = SearchRank(F("search_vector"), any_term, weights=weights)
    complete = ExpressionWrapper(Q(search_vector=every_term), output_field=BooleanField())
    ordered = matching.annotate(rank=rank, complete=complete).order_by("-complete", "-rank", "title", "pk")
    rows = list(ordered.values_list("pk", "rank", "complete")[offset : offset + limit])
    excerpts = headlines([pk for pk, _rank, _complete in rows], any_term, config)
    return [
        Hit(page_id=pk, score=round(float(rank) + COMPLETE_MATCH_BONUS * complete, 6), excerpt=excerpts.get(pk, ""))
        for pk, rank, complete in rows
    ]


def headlines(page_ids, tsquery, config):
    """Highlighted excerpts for one page of results only: ``ts_headline`` is costly on long text."""
    if not page_ids:
        return {}
    headline = SearchHeadline(
        Concat("summary", Value(" "), "body", output_field=TextField()),
        tsquery,
        config=config,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    rows = SearchDocument.objects.filter(pk__in=page_ids).annotate(headline=headline).values_list("pk", "headline")
    return {pk: marked_html(text, MARK_START, MARK_END) for pk, text in rows}
