"""The server-rendered search page and translation publishing, on the demo content in both languages."""

import pytest
from wagtail_localize.models import StringTranslation

from search.models import SearchDocument
from tests.translation_helpers import spanish, translation_for
from treatments.models import TreatmentPage

pytestmark = pytest.mark.usefixtures("demo_loaded_once")


@pytest.mark.django_db
def test_the_english_search_page_lists_english_results(client):
    response = client.get("/en/search/", {"q": "acne scars"})

    assert response.status_code == 200
    html = response.content.decode()
    results = html[html.index('<ol class="search-results">') : html.index("</ol>")]
    assert 'href="/en/treatments/micro-needling/"' in results
    assert 'href="/es/' not in results
    assert "<mark>" in results


@pytest.mark.django_db
def test_the_spanish_search_page_is_at_buscar_and_speaks_spanish(client):
    response = client.get("/es/buscar/", {"q": "cicatrices de acne"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="es"' in html
    assert 'href="/es/tratamientos/microagujas/"' in html
    assert "resultado" in html


@pytest.mark.django_db
def test_the_search_page_without_a_query_shows_the_form(client):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.django_db
def test_a_too_long_query_is_refused_with_a_message(client):
    response = client.get("/es/buscar/", {"q": "x" * 201})

    assert response.status_code == 400
    assert "Acorta tu búsqueda" in response.content.decode()


@pytest.mark.django_db
def test_the_search_page_escapes_the_query(client):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})

    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_nothing_found_says_so(client):
    response = client.get("/en/search/", {"q": "zzzzqqq"})

    assert "Nothing matches yet" in response.content.decode()


@pytest.mark.django_db
def test_publishing_a_translation_updates_the_spanish_index_at_once(client, django_capture_on_commit_callbacks):
    english = TreatmentPage.objects.get(locale__language_code="en", slug="micro-needling")
    translation = translation_for(english)
    title = StringTranslation.objects.get(
        translation_of__data="Micro-needling", locale=spanish(), context__path="title"
    )
    title.data = "Microagujas con colágeno"
    title.save()

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    spanish_page = english.get_translation(spanish())
    assert SearchDocument.objects.get(page_id=spanish_page.pk).title == "Microagujas con colágeno"
    response = client.get("/api/v1/search/", {"q": "microagujas colageno", "locale": "es"})
    assert response.json()["results"][0]["title"] == "Microagujas con colágeno"
