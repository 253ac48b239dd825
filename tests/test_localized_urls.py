"""Spanish pages live under /es/ with translated slugs; renaming a slug leaves a redirect."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from tests import translation_helpers as th


def slug_spanish(text):
    return {"home": "inicio", "treatments": "tratamientos", "micro-needling": "microagujas"}.get(text, f"ES {text}")


@pytest.fixture
def published_spanish(home, treatment_index, treatment, django_capture_on_commit_callbacks):
    th.submit(home, treatment_index, treatment)
    th.translate_everything(slug_spanish)
    with django_capture_on_commit_callbacks(execute=True):
        for page in (home, treatment_index, treatment):
            th.translation_for(page).save_target(publish=True)
    return treatment.get_translation(th.spanish())


def test_spanish_page_is_served_at_its_translated_path(client, published_spanish):
    assert published_spanish.url == "/es/tratamientos/microagujas/"
    response = client.get("/es/tratamientos/microagujas/")
    assert response.status_code == 200
    assert "ES Micro-needling" in response.content.decode()
    assert client.get("/en/treatments/micro-needling/").status_code == 200


def test_renaming_a_translated_slug_redirects_the_old_path(
    client, published_spanish, django_capture_on_commit_callbacks
):
    translation = th.translation_for(published_spanish)
    slug_string = translation.source.stringsegment_set.get(context__path="slug")
    StringTranslation.objects.filter(translation_of=slug_string.string, locale=th.spanish()).update(data="micropuncion")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert Page.objects.get(pk=published_spanish.pk).url == "/es/tratamientos/micropuncion/"

    response = client.get("/es/tratamientos/microagujas/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/es/tratamientos/micropuncion/")
