"""The benchmark's content generator (``bench.data``): live English and Spanish articles the API serves.

``make bench`` and the search benchmark time requests for these pages; if the Spanish versions were
drafts, aliases or unreachable by their /es/ path, they would time 404s. Timings themselves are not
tested here (they belong to ``make bench``, not to a test suite on a shared machine).
"""

import pytest

from bench.data import article, create_treatments
from treatments.models import TreatmentPage


def test_titles_and_slugs_are_distinct_in_both_languages():
    articles = [article(number) for number in range(1200)]
    for language in ("english", "spanish"):
        texts = [getattr(item, language) for item in articles]
        assert len({text.title for text in texts}) == len(texts)
        assert len({text.slug for text in texts}) == len(texts)


@pytest.mark.django_db
def test_articles_are_live_in_english_and_spanish_and_served_by_path(demo_loaded_once, client):
    pairs = create_treatments(3)

    assert len(pairs) == 3
    for pair in pairs:
        assert (pair.english.locale.language_code, pair.spanish.locale.language_code) == ("en", "es")
        assert pair.english.live and pair.spanish.live
        assert pair.english.translation_key == pair.spanish.translation_key
        assert pair.spanish.url.startswith("/es/tratamientos/")
    assert len({pair.english.summary for pair in pairs}) == 3

    spanish = pairs[1].spanish
    response = client.get("/api/v1/pages/by-path/", {"path": spanish.url})
    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["locale"], data["title"]) == (spanish.pk, "es", spanish.title)
    assert {"locale": "en", "url": pairs[1].english.url} in data["alternates"]
    assert client.get(spanish.url).status_code == 200


@pytest.mark.django_db
def test_a_second_call_writes_nothing_and_a_larger_one_adds_the_rest(demo_loaded_once):
    first = create_treatments(2)
    count = TreatmentPage.objects.count()

    again = create_treatments(2)
    assert [pair.english.pk for pair in again] == [pair.english.pk for pair in first]
    assert TreatmentPage.objects.count() == count

    more = create_treatments(3)
    assert [pair.english.pk for pair in more[:2]] == [pair.english.pk for pair in first]
    assert TreatmentPage.objects.count() == count + 2
