"""Bilingual search through the API, on the demo content: language, accents, typos, synonyms, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.text import split_words
from tests.api_helpers import api_get

SEARCH = "/api/v1/search/"
SUGGEST = "/api/v1/search/suggest/"
MICRO_EN = "/en/treatments/micro-needling/"
MICRO_ES = "/es/tratamientos/microagujas/"
WHITENING_EN = "/en/treatments/teeth-whitening/"
WHITENING_ES = "/es/tratamientos/blanqueamiento-dental/"

pytestmark = pytest.mark.usefixtures("demo_loaded_once")


def search(client, q, locale="en", **params):
    response = api_get(client, SEARCH, q=q, locale=locale, **params)
    assert response.status_code == 200, response.content
    return response.json()


def urls(answer):
    return [result["url"] for result in answer["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "locale", "expected"),
    [
        ("acne scars", "en", MICRO_EN),
        ("cicatrices de acné", "es", MICRO_ES),
        ("manchas oscuras", "es", MICRO_ES),
        ("estrias", "es", MICRO_ES),  # no accent; the article writes "estrías"
        ("microneedeling", "en", MICRO_EN),  # typo
        ("microneedling", "en", MICRO_EN),  # closed up
        ("micro-needling", "en", MICRO_EN),
        ("dark spots", "en", MICRO_EN),  # another name of hyperpigmentation
        ("cicatriz", "es", MICRO_ES),  # singular of "cicatrices", which Snowball stems apart
        ("yellow teeth", "en", WHITENING_EN),
        ("dientes amarillos", "es", WHITENING_ES),
        ("ACNE   Scars", "en", MICRO_EN),
    ],
)
def test_patients_find_the_treatment_by_what_bothers_them(client, query, locale, expected):
    assert expected in urls(search(client, query, locale))[:3]


@pytest.mark.django_db
def test_results_come_from_the_requested_language_only(client):
    english = search(client, "acne", "en")
    spanish = search(client, "acne", "es")

    assert english["results"] and spanish["results"]
    assert all(url.startswith("/en/") for url in urls(english))
    assert all(url.startswith("/es/") for url in urls(spanish))
    assert english["locale"] == "en" and spanish["locale"] == "es"


@pytest.mark.django_db
def test_a_glossary_term_typed_in_english_finds_the_spanish_article(client):
    answer = search(client, "dark spots", "es")

    assert MICRO_ES in urls(answer)[:3]
    assert all(url.startswith("/es/") for url in urls(answer))
    assert "dark" not in answer["corrected"]  # a glossary word is not "corrected" into a Spanish one


@pytest.mark.django_db
def test_a_corrected_word_is_reported(client):
    answer = search(client, "microneedeling", "en")

    assert answer["corrected"] == {"microneedeling": "microneedling"}


@pytest.mark.django_db
def test_a_result_has_what_a_result_list_shows(client):
    result = search(client, "acne scars", "en")["results"][0]

    assert result["title"] == "Micro-needling"
    assert result["type"] == "treatments.TreatmentPage"
    assert result["specialty"]["slug"] == "aesthetics"
    assert result["summary"]
    assert "<mark>" in result["excerpt"]
    assert result["score"] > 0


@pytest.mark.django_db
def test_the_title_weighs_more_than_the_body(client):
    """'Teeth whitening' is the title of one article; other articles may mention teeth in their body."""
    assert urls(search(client, "whitening", "en"))[0] == WHITENING_EN


@pytest.mark.django_db
def test_specialty_filters_results(client):
    everything = search(client, "session", "en", limit=50)
    dental = search(client, "session", "en", specialty="dental", limit=50)

    assert {"aesthetics", "dental"} <= {(result["specialty"] or {}).get("slug") for result in everything["results"]}
    assert dental["results"] and {result["specialty"]["slug"] for result in dental["results"]} == {"dental"}


@pytest.mark.django_db
def test_limit_and_offset_page_through_results(client):
    everything = search(client, "skin", "en", limit=50)
    assert everything["count"] >= 2
    second = search(client, "skin", "en", limit=1, offset=1)

    assert second["count"] == everything["count"]
    assert urls(second) == urls(everything)[1:2]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '"acne"',
        "acne & scars",
        "acne | scars",
        "!acne",
        "acne:*",
        "'; DROP TABLE search_searchdocument; --",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%_%",
        "\\",
        "a\x00b",
        "(((",
        "😀 acné",
        "de la",
    ],
)
def test_operators_sql_and_html_are_plain_text(client, query):
    answer = search(client, query, "es")
    plain_words = search(client, " ".join(split_words(query)) or "-", "es")

    assert urls(answer) == urls(plain_words)  # the characters around the words change nothing
    assert "<script>" not in str(answer["results"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": ""}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "\u200b\u202e\u2066\ufeff"}, "q"),  # zero-width and direction characters only: empty too
        ({"q": "x" * 201}, "q"),
        ({"q": "acne", "locale": "fr"}, "locale"),
        ({"q": "acne", "specialty": "astrology"}, "specialty"),
        ({"q": "acne", "limit": 51}, "limit"),
        ({"q": "acne", "limit": 0}, "limit"),
        ({"q": "acne", "offset": -1}, "offset"),
        ({"q": "acne", "offset": 9223372036854775808}, "offset"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_field(client, params, field):
    response = api_get(client, SEARCH, params)

    assert response.status_code == 400
    assert response.json()["error"]["field"] == field


@pytest.mark.django_db
def test_a_missing_query_is_a_400(client):
    response = api_get(client, SEARCH, locale="en")

    assert response.status_code == 400
    assert response.json()["error"]["field"] == "q"


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_page_size(client):
    def queries_for(limit):
        with CaptureQueriesContext(connection) as captured:
            search(client, "skin", "en", limit=limit)
        return len(captured)

    search(client, "acne", "en")  # per-process lookups (site roots, locales) happen once, not per result
    assert queries_for(1) == queries_for(10) <= 12


# --- Completions ---------------------------------------------------------------------------------------


def suggest(client, q, locale="en"):
    response = api_get(client, SUGGEST, q=q, locale=locale)
    assert response.status_code == 200, response.content
    return response.json()["suggestions"]


@pytest.mark.django_db
def test_completions_offer_treatments_with_their_page(client):
    suggestions = suggest(client, "micro")

    assert {"text": "Micro-needling", "kind": "treatment", "url": MICRO_EN} in suggestions


@pytest.mark.django_db
def test_completions_match_any_word_and_other_names_of_a_concern(client):
    assert "Micro-needling" in [item["text"] for item in suggest(client, "needl")]
    assert "Hiperpigmentación" in [item["text"] for item in suggest(client, "manch", "es")]


@pytest.mark.django_db
def test_completions_are_in_the_requested_language(client):
    spanish = suggest(client, "cicat", "es")

    assert {"text": "Cicatrices de acné", "kind": "concern", "url": None} in spanish
    assert suggest(client, "cicat", "en") == []


@pytest.mark.django_db
def test_completions_are_at_most_ten(client):
    assert len(suggest(client, "e")) <= 10


@pytest.mark.django_db
def test_completion_of_a_misspelt_word(client):
    assert "Micro-needling" in [item["text"] for item in suggest(client, "microneedeling")]


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"q": ""}, {"q": "x" * 201}, {"q": "micro", "locale": "xx"}])
def test_completions_refuse_bad_parameters(client, params):
    assert api_get(client, SUGGEST, params).status_code == 400
