"""Search relevance on the demo corpus: recall@3 and MRR per language, printed and held to a threshold.

Every query of ``tests/search/relevance_set.py`` goes once through the search endpoint (and its OpenAPI
check), on the demo content loaded once for this module. The figures are printed per language with the
database backend, whatever pytest's output capture:

    Search relevance on sqlite, locale es: 38 queries, recall@3 0.97, MRR 0.92 (threshold recall@3 >= 0.90)
      category     queries  recall@3    MRR
      symptom            9      1.00   0.94
      ...
      missed: [es] 'paño en la cara' (synonym) expected /es/tratamientos/peeling-quimico/, not in the first 10; …

recall@3 is the share of queries whose expected page is among the first 3 results; MRR the mean of
1/rank of the expected page within the first 10 (0 when absent).
"""

import sys
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

from tests.api_helpers import api_get
from tests.search.relevance_set import ACCENT, CATEGORIES, LOCALES, QUERIES
from treatments.models import TreatmentPage

SEARCH = "/api/v1/search/"
RECALL_DEPTH = 3
MRR_DEPTH = 10

# Least recall@3 per language. PostgreSQL (per-language text search, unaccent, pg_trgm) is what production
# runs and is held to the target. The SQLite figure is set from what the SQLite engine achieves on
# this set (the printed table): raise it when the engine improves, never lower it to hide a regression.
MIN_RECALL_AT_3 = {"postgresql": 0.95}
# SQLite (the portable engine): first measured at recall@3 1.00 (en) and 0.97 (es), before the engine was
# tuned; the constant leaves room for one or two more misses per language until the lead settles it.
MIN_RECALL_AT_3_OTHER_BACKENDS = 0.95
MIN_QUERIES_PER_LOCALE = 24


def min_recall_at_3():
    return MIN_RECALL_AT_3.get(connection.vendor, MIN_RECALL_AT_3_OTHER_BACKENDS)


@dataclass
class Outcome:
    """What the endpoint answered for one query of the set."""

    query: object
    urls: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    error: str = ""

    @property
    def rank(self):
        """1-based position of the expected page within the first MRR_DEPTH results, or None."""
        try:
            return self.urls[:MRR_DEPTH].index(self.query.expected) + 1
        except ValueError:
            return None

    @property
    def found_in_top_3(self):
        return self.rank is not None and self.rank <= RECALL_DEPTH

    @property
    def reciprocal_rank(self):
        return 1 / self.rank if self.rank else 0.0

    def describe(self):
        where = f"rank {self.rank}" if self.rank else f"not in the first {MRR_DEPTH}"
        top = ", ".join(f"{title} ({url})" for title, url in zip(self.titles[:3], self.urls[:3], strict=True))
        return f"{self.query} expected {self.query.expected}, {where}; top 3: {top or 'no results'}"


@dataclass(frozen=True)
class Figures:
    queries: int
    recall_at_3: float
    mrr: float

    @classmethod
    def of(cls, outcomes):
        outcomes = list(outcomes)
        count = len(outcomes)
        if not count:
            return cls(0, 0.0, 0.0)
        return cls(
            count,
            sum(outcome.found_in_top_3 for outcome in outcomes) / count,
            sum(outcome.reciprocal_rank for outcome in outcomes) / count,
        )


def ask(client, query):
    """Run one query through the endpoint; an unusable answer is recorded, not raised, so all queries run."""
    try:
        response = api_get(client, SEARCH, q=query.text, locale=query.locale, limit=MRR_DEPTH)
    except AssertionError as error:  # the answer does not match the OpenAPI document (or the route is missing)
        return Outcome(query, error=str(error).splitlines()[0][:300])
    if response.status_code != 200:
        return Outcome(query, error=f"answered {response.status_code}: {response.content[:300]!r}")
    results = response.json()["results"]
    return Outcome(query, [result["url"] for result in results], [result["title"] for result in results])


@pytest.fixture(scope="module")
def outcomes(demo_loaded_once, django_db_blocker):
    """Every query's outcome, computed once for the module on the demo it loaded."""
    client = Client()
    with django_db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE):
        cache.clear()
        answers = [ask(client, query) for query in QUERIES]
        cache.clear()
    return answers


def by_locale(outcomes, locale):
    return [outcome for outcome in outcomes if outcome.query.locale == locale]


def relevance_table(outcomes, locale):
    """The lines printed for one language: overall figures, then per category."""
    mine = by_locale(outcomes, locale)
    total = Figures.of(mine)
    lines = [
        f"Search relevance on {connection.vendor}, locale {locale}: {total.queries} queries, "
        f"recall@{RECALL_DEPTH} {total.recall_at_3:.2f}, MRR {total.mrr:.2f} "
        f"(threshold recall@{RECALL_DEPTH} >= {min_recall_at_3():.2f})",
        f"  {'category':<12}{'queries':>8}{'recall@3':>10}{'MRR':>7}",
    ]
    for category in CATEGORIES:
        figures = Figures.of(outcome for outcome in mine if outcome.query.category == category)
        if figures.queries:
            lines.append(f"  {category:<12}{figures.queries:>8}{figures.recall_at_3:>10.2f}{figures.mrr:>7.2f}")
    misses = [outcome for outcome in mine if not outcome.found_in_top_3]
    lines += [f"  missed: {outcome.describe()}" for outcome in misses]
    return lines


def fail_on_errors(outcomes):
    errors = [outcome for outcome in outcomes if outcome.error]
    if errors:
        listed = "\n".join(f"{outcome.query}: {outcome.error}" for outcome in errors[:5])
        pytest.fail(f"{len(errors)} of {len(outcomes)} search requests failed, e.g.:\n{listed}", pytrace=False)


# The set itself


@pytest.mark.django_db
def test_every_expected_url_is_a_live_demo_treatment(demo_loaded_once):
    """The set cannot rot silently: each expected page exists, live, in the query's language."""
    live = {
        locale: {
            page.url for page in TreatmentPage.objects.live().filter(locale=Locale.objects.get(language_code=locale))
        }
        for locale in LOCALES
    }
    missing = [str(query) + f" → {query.expected}" for query in QUERIES if query.expected not in live[query.locale]]
    assert missing == [], "expected pages that are not live demo treatments in that language:\n" + "\n".join(missing)


@pytest.mark.django_db
def test_the_set_covers_both_languages_every_category_and_every_treatment(demo_loaded_once):
    for locale in LOCALES:
        queries = [query for query in QUERIES if query.locale == locale]
        texts = [" ".join(query.text.split()).casefold() for query in queries]
        assert len(queries) >= MIN_QUERIES_PER_LOCALE, locale
        assert len(texts) == len(set(texts)), f"a query is listed twice in {locale}"
        required = set(CATEGORIES) if locale == "es" else set(CATEGORIES) - {ACCENT}  # English has no accents
        assert required <= {query.category for query in queries}, locale
        treatments = {page.url for page in TreatmentPage.objects.live().filter(locale__language_code=locale)}
        assert {query.expected for query in queries} == treatments, f"a {locale} treatment has no query"
    assert {query.category for query in QUERIES} <= set(CATEGORIES)


# The endpoint on the set


@pytest.mark.django_db
def test_results_come_only_from_the_requested_language(outcomes):
    fail_on_errors(outcomes)
    strays = [
        f"{outcome.query}: {url}"
        for outcome in outcomes
        for url in outcome.urls
        if not url.startswith(f"/{outcome.query.locale}/")
    ]
    assert strays == [], "results from another language:\n" + "\n".join(strays)


@pytest.mark.django_db
def test_recall_at_3_and_mrr_per_locale_meet_the_threshold(outcomes, capsys):
    fail_on_errors(outcomes)
    tables = {locale: relevance_table(outcomes, locale) for locale in LOCALES}
    with capsys.disabled():
        sys.stdout.write("\n" + "\n".join(line for locale in LOCALES for line in tables[locale]) + "\n")

    figures = {locale: Figures.of(by_locale(outcomes, locale)) for locale in LOCALES}
    below = {locale: round(f.recall_at_3, 3) for locale, f in figures.items() if f.recall_at_3 < min_recall_at_3()}
    assert below == {}, (
        f"recall@{RECALL_DEPTH} below {min_recall_at_3():.2f} on {connection.vendor}: {below}\n"
        + "\n".join(tables[locale][0] for locale in LOCALES)
    )


@pytest.mark.django_db
def test_queries_missing_from_the_top_3_are_no_more_than_the_threshold_allows(outcomes):
    """The same bar as above, failing with the list of queries to look at and what ranked instead."""
    fail_on_errors(outcomes)
    report = []
    for locale in LOCALES:
        mine = by_locale(outcomes, locale)
        misses = [outcome for outcome in mine if not outcome.found_in_top_3]
        allowed = int(len(mine) * (1 - min_recall_at_3()) + 1e-9)
        if len(misses) > allowed:
            report.append(
                f"{locale}: {len(misses)} of {len(mine)} queries missed the top {RECALL_DEPTH} "
                f"(at most {allowed} allowed on {connection.vendor}):"
            )
            report += [f"  {outcome.describe()}" for outcome in misses]
    assert report == [], "\n".join(report)
