"""Translators (Spanish) translate and publish Spanish content, and cannot touch English content."""

import pytest
from django.urls import reverse

from tests import translation_helpers as th
from treatments.models import Concern, TreatmentPage


@pytest.fixture
def spanish_treatment(home, treatment_index, treatment):
    th.submit(home, treatment_index, treatment)
    return treatment.get_translation(th.spanish()).specific


def snippet_edit_url(instance):
    return reverse(f"wagtailsnippets_treatments_{instance._meta.model_name}:edit", args=(instance.pk,))


def test_translator_can_open_the_spanish_page_but_not_the_english_one(client, translator, spanish_treatment, treatment):
    client.force_login(translator)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(spanish_treatment.pk,))).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=(treatment.pk,)))
    assert response.status_code in (302, 403)


def test_translator_publishes_a_complete_spanish_translation(
    client, translator, spanish_treatment, django_capture_on_commit_callbacks
):
    th.translate_everything()
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=(spanish_treatment.pk,)), {"action": "publish"})
    assert TreatmentPage.objects.get(pk=spanish_treatment.pk).live


def test_translator_cannot_edit_or_publish_english_pages(client, translator, treatment):
    client.force_login(translator)
    from tests.admin_forms import every_block_form_data, treatment_form_data

    data = treatment_form_data(
        treatment.specialty,
        treatment.concerns,
        every_block_form_data(treatment.specialty, treatment.hero_image),
    )
    client.post(
        reverse("wagtailadmin_pages:edit", args=(treatment.pk,)), {**data, "title": "Hacked", "action-publish": "1"}
    )
    treatment.refresh_from_db()
    assert treatment.title == "Micro-needling"
    assert treatment.get_latest_revision_as_object().title == "Micro-needling"
    # Nor add pages to the English tree.
    add_url = reverse("wagtailadmin_pages:add", args=("treatments", "treatmentpage", treatment.get_parent().pk))
    assert client.get(add_url).status_code in (302, 403)


def test_translator_edits_spanish_snippets_only(client, translator, spanish_treatment, concern):
    spanish_concern = Concern.objects.get(translation_key=concern.translation_key, locale=th.spanish())
    client.force_login(translator)
    assert client.get(snippet_edit_url(spanish_concern)).status_code == 200
    assert client.get(snippet_edit_url(concern)).status_code in (302, 403)
    client.post(
        snippet_edit_url(concern), {"name": "Hacked", "slug": concern.slug, "description": "", "also_known_as": ""}
    )
    concern.refresh_from_db()
    assert concern.name == "Acne scars"


def test_editors_are_not_limited_by_the_translator_rule(admin_client, spanish_treatment, concern):
    assert admin_client.get(snippet_edit_url(concern)).status_code == 200
