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


def test_choosers_and_links_in_spanish_content_point_to_spanish_content(
    client, home, treatment_index, treatment, specialty, django_capture_on_commit_callbacks
):
    import uuid

    body = list(treatment.body.raw_data)
    link = f'<p>See <a linktype="page" id="{treatment_index.pk}">all treatments</a>.</p>'
    body[0] = {"type": "section", "id": str(uuid.uuid4()), "value": {"heading": "Related", "body": link}}
    treatment.body = body
    treatment.save_revision().publish()

    th.submit(home, treatment_index, treatment)
    th.translate_everything(slug_spanish)
    with django_capture_on_commit_callbacks(execute=True):
        for page in (home, treatment_index, treatment):
            th.translation_for(page).save_target(publish=True)

    spanish = treatment.get_translation(th.spanish()).specific
    cta = next(block for block in spanish.body if block.block_type == "booking_cta")
    assert cta.value["specialty"].locale == th.spanish()
    assert cta.value["specialty"].translation_key == specialty.translation_key

    html = client.get(spanish.url).content.decode()
    assert 'href="/es/tratamientos/"' in html
    assert 'href="/en/treatments/"' not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_draft_translations_new_slug_is_not_revealed_by_a_redirect(
    client, published_spanish, django_capture_on_commit_callbacks
):
    """A draft writes its new slug to the page row at once, and Wagtail records a redirect: not followed yet."""
    translation = th.translation_for(published_spanish)
    slug_string = translation.source.stringsegment_set.get(context__path="slug")
    StringTranslation.objects.filter(translation_of=slug_string.string, locale=th.spanish()).update(
        data="borrador-secreto"
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    page = Page.objects.get(pk=published_spanish.pk)
    page.unpublish()  # the old live version is taken down: the new slug belongs to a draft only

    response = client.get("/es/tratamientos/microagujas/")
    assert response.status_code == 404
    assert "borrador-secreto" not in response.get("Location", "") + response.content.decode()
    api = client.get("/api/v1/pages/by-path/?path=/es/tratamientos/microagujas/")
    assert api.status_code == 404 and "borrador-secreto" not in api.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    published = client.get("/es/tratamientos/microagujas/")
    assert published.status_code in (301, 302)  # once public, the old address leads to it
    assert published["Location"].endswith("/es/tratamientos/borrador-secreto/")
