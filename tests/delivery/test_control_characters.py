"""Control characters in any filter or parameter are a clear 400, never a 500 — on SQLite and PostgreSQL.

PostgreSQL refuses a NUL in a query outright; other control characters are not valid in slugs, codes or
paths. The API answers with its JSON error naming the field; server-rendered pages with the 400 page.
"""

import pytest
from django.urls import reverse

CONTROL = ["%00", "%01", "%1F", "%7F", "abc%00def", "%0A"]

API_PARAMETERS = [
    ("/api/v1/treatments/?locale=en&specialty={}", "specialty"),
    ("/api/v1/treatments/?locale=en&concern={}", "concern"),
    ("/api/v1/treatments/?locale=en&area={}", "area"),
    ("/api/v1/treatments/?locale=en&ordering={}", "ordering"),
    ("/api/v1/treatments/?locale={}", "locale"),
    ("/api/v1/specialties/?locale={}", "locale"),
    ("/api/v1/concerns/?locale={}", "locale"),
    ("/api/v1/site/?locale={}", "locale"),
    ("/api/v1/sitemap/?locale={}", "locale"),
    ("/api/v1/pages/by-path/?path=/en/{}/", "path"),
    ("/api/v1/pages/by-path/?path=/en/&fallback={}", "fallback"),
    ("/api/v1/search/?locale=en&q=a&specialty={}", "specialty"),
    ("/api/v1/search/suggest/?locale={}&q=mic", "locale"),
]


@pytest.fixture
def site(treatment, treatment_index):
    return treatment_index


@pytest.mark.parametrize("value", CONTROL)
@pytest.mark.parametrize("template, field", API_PARAMETERS)
def test_api_parameters_with_control_characters_are_a_400_naming_the_field(client, site, template, field, value):
    response = client.get(template.format(value))
    assert response.status_code in (400, 404), (response.status_code, response.content[:200])
    if response.status_code == 400:
        error = response.json()["error"]
        assert error["field"] == field, error


@pytest.mark.parametrize("value", CONTROL)
def test_the_treatment_listing_page_answers_400_for_a_control_character_filter(client, site, value):
    response = client.get(f"/en/treatments/?specialty={value}")
    assert response.status_code == 400
    assert b"<html" in response.content.lower()


@pytest.mark.parametrize("value", CONTROL)
def test_the_search_page_never_fails_on_control_characters(client, site, value):
    response = client.get(reverse("search") + f"?q={value}")
    assert response.status_code in (200, 400)


def test_a_valid_filter_still_filters(client, site, specialty):
    response = client.get(f"/en/treatments/?specialty={specialty.slug}")
    assert response.status_code == 200
    assert b"Micro-needling" in response.content
