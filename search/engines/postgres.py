"""PostgreSQL full-text search, analysed per language, with trigram typo correction.

Each document's vectors are built with its locale's configuration (``clinic_english``,
``clinic_spanish``: unaccent, then the Snowball stemmer — created by migration 0002): `search_vector`
holds title, concerns and summary weighted A–C and is what ranks; `whole_vector` holds every field, the
body included, and decides what matches. Both have GIN indexes: the matches, and the pages holding every
word of the query, are index lookups, and no long body vector is read for a row (migration 0005).

A query becomes ``plainto_tsquery`` pieces combined with AND/OR, so no input is ever parsed as tsquery
syntax. Pages that match every word of the query rank above pages that match only some of them, then
by ``ts_rank`` with the field weights. Excerpts are ``ts_headline`` marked with control characters that
cannot occur in stored text, then escaped and turned into ``<mark>``.
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, TextField, Value, Window
from django.db.models.functions import Concat, Left
from django.utils.html import escape

from ..models import SearchDocument
from .base import COMPLETE_MATCH_BONUS, WEIGHTS, Hit, Results, SearchEngine

CONFIGURATIONS = {"en": "clinic_english", "es": "clinic_spanish"}
DEFAULT_CONFIGURATION = "clinic_simple"
MARK_START, MARK_END = "\x02", "\x03"
HEADLINE_BODY_CHARACTERS = 2000
TRIGRAM_CORRECTION_SQL = """
    SELECT term FROM search_searchterm
    WHERE locale_id = %s AND term %% %s AND similarity(term, %s) >= 0.45
    ORDER BY similarity(term, %s) DESC, term
    LIMIT %s
"""


def configuration(language):
    return CONFIGURATIONS.get(language, DEFAULT_CONFIGURATION)


class PostgresEngine(SearchEngine):
    name = "postgres"

    def after_store(self, document, weighted, language):
        config = configuration(language)
        ranked = reduce(
            lambda left, right: left + right,
            (
                SearchVector(Value(text), config=config, weight=weight.upper())
                for weight, text in weighted.items()
                if weight != "d"
            ),
        )
        body = SearchVector(Value(weighted["d"]), config=config, weight="D")
        SearchDocument.objects.filter(pk=document.pk).update(search_vector=ranked, whole_vector=ranked + body)

    def closest_terms(self, word, locale, limit=2):
        with connection.cursor() as cursor:
            cursor.execute(TRIGRAM_CORRECTION_SQL, [locale.pk, word, word, word, limit])
            return [row[0] for row in cursor.fetchall()]

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        """One query ranks the page of results and counts all matches (a window count, not a second scan).

        Documents exist only for live public pages; the service checks the hits again when serving them.
        """
        config = configuration(locale.language_code)
        documents = SearchDocument.objects.filter(locale=locale)
        if specialty is not None:
            documents = documents.filter(specialty=specialty)
        every_term, any_term = match_queries(query, config)
        matching = documents.filter(whole_vector=any_term)
        complete = documents.filter(whole_vector=every_term).values("pk")
        rows = ranked_rows(matching, complete, any_term, limit, offset)
        total = rows[0][3] if rows else (matching.count() if offset else 0)
        excerpts = headlines([pk for pk, *_rest in rows], any_term, config)
        hits = [
            Hit(page_id=pk, score=round(float(rank) + COMPLETE_MATCH_BONUS * complete, 6), excerpt=excerpts.get(pk, ""))
            for pk, rank, complete, _total in rows
        ]
        return Results(total=total, hits=hits)


def match_queries(query, config):
    """Pages with every term (or a glossary phrase) come first; pages with only some of them follow."""
    terms = [term_query(term, config) for term in query.terms]
    expansions = [SearchQuery(phrase, config=config, search_type="plain") for phrase in query.expansions]
    every_term = reduce(or_, expansions, reduce(and_, terms)) if terms else reduce(or_, expansions)
    any_term = reduce(or_, terms + expansions)
    return every_term, any_term


def term_query(term, config):
    return reduce(or_, (SearchQuery(word, config=config, search_type="plain") for word in term.alternatives))


def ranked_rows(matching, complete, any_term, limit, offset):
    """(page id, rank, matches every term, total matches) for one page of results, best first.

    ``complete``: the ids of the documents with every term, found through the index once (a hashed
    subquery), not by testing each matching row's vector.
    """
    weights = [WEIGHTS["d"], WEIGHTS["c"], WEIGHTS["b"], WEIGHTS["a"]]
    rank = SearchRank(F("search_vector"), any_term, weights=weights)
    complete = ExpressionWrapper(Q(pk__in=complete), output_field=BooleanField())
    ordered = matching.annotate(rank=rank, complete=complete, total=Window(Count("*")))
    ordered = ordered.order_by("-complete", "-rank", "title", "pk")
    return list(ordered.values_list("pk", "rank", "complete", "total")[offset : offset + limit])


def headlines(page_ids, tsquery, config):
    """Highlighted excerpts for one page of results, from the summary and the body's opening.

    ``ts_headline`` parses all the text it is given, in time that grows with its length: over whole bodies it
    took longer than the search itself. An article whose words match only further down shows its summary
    and opening, unmarked.
    """
    if not page_ids:
        return {}
    headline = SearchHeadline(
        Concat("summary", Value(" "), Left("body", HEADLINE_BODY_CHARACTERS), output_field=TextField()),
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


def marked_html(text, start, end):
    """Escape `text`, then turn the engine's match markers into <mark> elements."""
    return escape(text or "").replace(start, "<mark>").replace(end, "</mark>")
