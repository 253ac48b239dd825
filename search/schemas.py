"""API schemas for search and search-box completions."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, WithJsonSchema

from delivery.locales import LOCALE_HELP, OptionalLanguageCode
from treatments.card_schemas import SpecialtySummary

from .query import MAX_QUERY_LENGTH, VISIBLE_CHARACTER

MAX_LIMIT = 50
MAX_OFFSET = 10_000
QUERY_HELP = (
    f"What the visitor typed, 1 to {MAX_QUERY_LENGTH} characters. Plain text: accents, case and small typos "
    "do not matter; quotes and operators are ordinary characters. A query of white space, control and "
    "format characters (zero-width, direction marks) alone is empty: a 400."
)

#: What ``query.clean_query_text`` accepts, documented; it checks the value itself, so that a refusal is the
#: API's own 400 naming ``q``.
QueryText = Annotated[
    str,
    WithJsonSchema(
        {
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_QUERY_LENGTH,
            "pattern": VISIBLE_CHARACTER,
            "example": "cicatrices de acné",
        },
    ),
]


class SearchParameters(Schema):
    q: QueryText = Field(..., description=QUERY_HELP)
    locale: OptionalLanguageCode = Field(None, description=LOCALE_HELP)
    specialty: str | None = Field(
        None, description="Specialty slug: only its treatments.", json_schema_extra={"example": "dental"}
    )
    limit: int = Field(10, ge=1, le=MAX_LIMIT, description=f"Results per page, 1 to {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description=f"Results to skip, at most {MAX_OFFSET}.")


class SuggestParameters(Schema):
    q: QueryText = Field(..., description=QUERY_HELP)
    locale: OptionalLanguageCode = Field(None, description=LOCALE_HELP)


class SearchResult(Schema):
    """A page that matches, best first. `excerpt` is safe HTML: escaped text, matches in `<mark>`."""

    id: int
    type: str = Field(..., description="The page type, as in the page representation (`treatments.TreatmentPage`).")
    title: str
    url: str = Field(..., description="The page's localized path.")
    summary: str
    specialty: SpecialtySummary | None
    excerpt: str
    score: float = Field(..., description="Relevance; only comparable within one answer.")


class SearchResults(Schema):
    """One page of results in the requested language, and the total `count` of matching pages."""

    query: str
    locale: str
    count: int
    limit: int
    offset: int
    corrected: dict[str, str] = Field(
        ..., description="Query words that matched no indexed word, and the word searched for instead."
    )
    results: list[SearchResult]


class Suggestion(Schema):
    """A completion: a treatment (with the URL of its page) or a concern (search for its text)."""

    text: str
    kind: Literal["treatment", "concern"]
    url: str | None


class Suggestions(Schema):
    query: str
    locale: str
    suggestions: list[Suggestion]
