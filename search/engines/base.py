"""What every search engine answers, whatever it runs on."""

from dataclasses import dataclass, field

from django.db.models import Min

from ..models import SearchTerm, Suggestion

# How much a match counts by where it is: the title most, then concerns and benefits, summary, body.
WEIGHTS = {"a": 1.0, "b": 0.5, "c": 0.2, "d": 0.05}
# Added to the score of a page that matches every word of the query, so it ranks above partial matches.
COMPLETE_MATCH_BONUS = 1.0
EXCERPT_WORDS = 30
SUGGESTION_CANDIDATES = 200


@dataclass
class Hit:
    page_id: int
    score: float
    excerpt: str  # safe HTML: the text is escaped, matches are wrapped in <mark>


@dataclass
class Results:
    total: int
    hits: list[Hit] = field(default_factory=list)


@dataclass
class Completion:
    text: str
    kind: str
    page_id: int | None = None


class SearchEngine:
    """The operations the API needs; subclasses run them on one kind of database or backend."""

    name = "base"

    def after_store(self, document, weighted, language):
        """Hook for engines that derive more from a stored document (PostgreSQL's tsvector)."""

    def known_terms(self, words, locale):
        """Which of these folded words occur in the locale's index (the lexicon table, on any database)."""
        if not words:
            return set()
        return set(SearchTerm.objects.filter(locale=locale, term__in=words).values_list("term", flat=True))

    def closest_terms(self, word, locale, limit=2):
        """Indexed words of the locale that look like a misspelt `word`, closest first."""
        raise NotImplementedError

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        """`Results` for a parsed query (``search.query.ParsedQuery``) in one locale."""
        raise NotImplementedError

    def complete(self, prefix, locale, limit=10):
        """Treatment titles and concern names with a word starting with the folded `prefix`.

        Whole-text prefixes come first, then treatments, then shorter texts; a concern named by many
        pages is one completion (grouped in SQL, so they cannot crowd the candidates).
        """
        if not prefix:
            return []
        rows = (
            Suggestion.objects.filter(locale=locale, document__page__live=True, folded__contains=f" {prefix}")
            .values("kind", "folded")
            .annotate(text=Min("text"), page_id=Min("document_id"))
            .order_by("-kind", "text")  # treatments first
            .values_list("text", "kind", "page_id", "folded")[:SUGGESTION_CANDIDATES]
        )
        ranked = sorted(rows, key=lambda row: (not row[3].startswith(f" {prefix}"), row[1] != "treatment", len(row[0])))
        return [
            Completion(text=text, kind=kind, page_id=page_id if kind == "treatment" else None)
            for text, kind, page_id, _folded in ranked[:limit]
        ]
