"""What every search engine answers, whatever it runs on."""

from dataclasses import dataclass, field

# How much a match counts by where it is: the title most, then concerns and benefits, summary, body.
WEIGHTS = {"a": 1.0, "b": 0.5, "c": 0.2, "d": 0.05}
# Added to the score of a page that matches every word of the query, so it ranks above partial matches.
COMPLETE_MATCH_BONUS = 1.0
EXCERPT_WORDS = 30


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
        """Which of these folded words occur in the locale's index."""
        raise NotImplementedError

    def closest_terms(self, word, locale, limit=2):
        """Indexed words of the locale that look like a misspelt `word`, closest first."""
        raise NotImplementedError

    def search(self, query, locale, specialty=None, limit=10, offset=0):
        """`Results` for a parsed query (``search.query.ParsedQuery``) in one locale."""
        raise NotImplementedError

    def complete(self, prefix, locale, limit=10):
        """Completions whose words start with the folded `prefix`."""
        raise NotImplementedError
