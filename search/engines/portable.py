"""Search on any database Django supports (SQLite for `make run`), with the stemming done in Python.

Documents keep their stems per weight in `stems_a` … `stems_d` (" scar acn "). The database narrows the
candidates with LIKE on whole stems; Python scores them with the same weights as PostgreSQL and writes
the excerpt. Typos are corrected against the locale's lexicon with difflib. Good for a demo and for a
few thousand pages per locale; PostgreSQL scales further (GIN indexes instead of LIKE scans).
"""

import difflib
import re
from functools import lru_cache, reduce
from operator import and_, or_

from django.db.models import Count, Max, Q
from django.utils.html import escape

from ..models import SearchDocument, SearchTerm
from ..text import WORD, fold, stem, stems
from .base import COMPLETE_MATCH_BONUS, EXCERPT_WORDS, WEIGHTS, Hit, Results, SearchEngine

COLUMNS = tuple(f"stems_{weight}" for weight in WEIGHTS)
CORRECTION_CUTOFF = 0.75
MARK = "<mark>{}</mark>"


class PortableEngine(SearchEngine):
    name = "portable"

    def closest_terms(self, word, locale, limit=2):
        return difflib.get_close_matches(word, lexicon(locale.pk), n=limit, cutoff=CORRECTION_CUTOFF)

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        language = locale.language_code
        groups = [stem_alternatives(term.alternatives, language) for term in query.terms]
        phrases = [stems(phrase, language) for phrase in query.expansions]
        documents = SearchDocument.objects.filter(locale=locale, page__live=True)
        if specialty is not None:
            documents = documents.filter(specialty=specialty)
        condition = any_term_condition(groups, phrases)
        if condition is None:
            return Results(total=0)
        rows = list(documents.filter(condition).values_list("pk", "title", *COLUMNS))
        scored = sorted(((score(row, groups, phrases), row) for row in rows), key=lambda item: ranking(*item))
        window = [(value, row[0]) for value, row in scored[offset : offset + limit]]
        excerpts = excerpts_for([pk for _score, pk in window], groups, language)
        hits = [Hit(page_id=pk, score=round(value, 6), excerpt=excerpts.get(pk, "")) for value, pk in window]
        return Results(total=len(rows), hits=hits)


@lru_cache(maxsize=16)
def cached_lexicon(locale_id, version):
    return tuple(SearchTerm.objects.filter(locale_id=locale_id).values_list("term", flat=True))


def lexicon(locale_id):
    """The locale's indexed words, read again only when a word has been added or removed."""
    version = SearchTerm.objects.filter(locale_id=locale_id).aggregate(Max("pk"), Count("pk"))
    return cached_lexicon(locale_id, (version["pk__max"], version["pk__count"]))


def stem_alternatives(words, language):
    return sorted({stem(word, language) for word in words} | {s for word in words for s in stems(word, language)})


def any_term_condition(groups, phrases):
    """Documents with at least one term or glossary phrase; `score` puts those with all of them first."""
    term_conditions = [reduce(or_, (contains_stem(item) for item in group)) for group in groups if group]
    phrase_conditions = [reduce(and_, (contains_stem(item) for item in phrase)) for phrase in phrases if phrase]
    conditions = term_conditions + phrase_conditions
    return reduce(or_, conditions) if conditions else None


def ranking(value, row):
    return (-value, row[1].casefold(), row[0])


def contains_stem(value):
    return reduce(or_, (Q(**{f"{column}__contains": f" {value} "}) for column in COLUMNS))


def score(row, groups, phrases):
    """Each term counts with the weight of the best field it is in, body mentions add a little, and a page
    with every term (or a whole glossary phrase) gets the bonus that ranks it above partial matches."""
    columns = dict(zip(WEIGHTS, row[2:], strict=True))
    everything = " ".join(columns.values())
    total = 0.0
    for group in groups:
        needles = [f" {item} " for item in group]
        best = max((WEIGHTS[weight] for weight, text in columns.items() if any(n in text for n in needles)), default=0)
        total += best + min(sum(columns["d"].count(needle) for needle in needles), 10) * 0.01
    every_term = bool(groups) and all(any(f" {item} " in everything for item in group) for group in groups)
    whole_phrase = any(phrase and all(f" {item} " in everything for item in phrase) for phrase in phrases)
    if whole_phrase:
        total += WEIGHTS["b"]
    return total + (COMPLETE_MATCH_BONUS if every_term or whole_phrase else 0)


def excerpts_for(page_ids, groups, language):
    wanted = {item for group in groups for item in group}
    texts = SearchDocument.objects.filter(pk__in=page_ids).values_list("pk", "summary", "body")
    return {pk: excerpt(f"{summary} {body}", wanted, language) for pk, summary, body in texts}


def excerpt(text, wanted_stems, language, size=EXCERPT_WORDS):
    """About `size` words around the first match, matches marked, everything else escaped."""
    words = list(re.finditer(r"\S+", text))
    matches = [index for index, word in enumerate(words) if word_matches(word.group(), wanted_stems, language)]
    start = max(0, matches[0] - size // 3) if matches else 0
    window = words[start : start + size]
    marked = set(matches)
    parts = [MARK.format(escape(w.group())) if start + i in marked else escape(w.group()) for i, w in enumerate(window)]
    prefix = "… " if start else ""
    suffix = " …" if start + size < len(words) else ""
    return prefix + " ".join(parts) + suffix


def word_matches(token, wanted_stems, language):
    return any(stem(form, language) in wanted_stems for form in WORD.findall(fold(token)))
