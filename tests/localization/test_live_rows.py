"""A live Spanish page shows what was published, whatever wagtail-localize writes while it syncs a translation."""

from django.urls import reverse
from wagtail.models import Page

from delivery.invalidation import page_path
from tests import translation_helpers as th
from treatments.models import TreatmentPage


def publish_in_spanish(capture, *pages):
    with capture(execute=True):
        for page in pages:
            th.translation_for(page).save_target(publish=True)


def test_syncing_a_changed_original_without_publishing_leaves_the_live_translation_alone(
    client, home, treatment_index, treatment, django_capture_on_commit_callbacks
):
    th.submit(home, treatment_index, treatment)
    th.translate_everything()
    publish_in_spanish(django_capture_on_commit_callbacks, home, treatment_index, treatment)
    spanish = treatment.get_translation(th.spanish())
    assert client.get(spanish.url).status_code == 200

    treatment.summary = "A new English summary nobody translated yet."
    treatment.save_revision().publish()
    th.update_source(treatment)
    with django_capture_on_commit_callbacks(execute=True):  # "Sync translated pages", publish unticked
        th.translation_for(treatment).save_target(publish=False)

    row = TreatmentPage.objects.get(pk=spanish.pk)
    assert row.summary == "ES Collagen induction for scars and lines."
    assert row.live and row.has_unpublished_changes  # the new text waits in a draft revision
    assert "A new English summary" in row.get_latest_revision_as_object().summary
    answer = client.get(f"/api/v1/pages/{spanish.pk}/").json()
    assert answer["summary"] == "ES Collagen induction for scars and lines."
    assert "A new English summary" not in client.get(spanish.url).content.decode()


def test_starting_to_translate_an_untranslated_parent_never_shows_it_in_english(
    client, home, treatment_index, treatment, translator, django_capture_on_commit_callbacks
):
    """The Spanish index is an alias (never served) until a translator starts translating it."""
    treatment_index.save_revision().publish()  # its alias then carries this live revision
    th.submit(home)
    th.translate_everything()
    publish_in_spanish(django_capture_on_commit_callbacks, home)
    th.submit(treatment)
    alias = treatment_index.get_translation(th.spanish())
    assert alias.alias_of_id == treatment_index.pk and alias.live and alias.live_revision_id is not None
    spanish_path = page_path(alias)
    site = client.get("/api/v1/site/?locale=es").json()
    assert client.get("/api/v1/pages/by-path/", {"path": spanish_path}).status_code == 404

    client.force_login(translator)
    start = reverse(
        "localization_start_translation", args=["treatments", "treatmentindexpage", treatment_index.pk, "es"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(start).status_code == 302
    client.logout()

    converted = Page.objects.get(pk=alias.pk)
    assert converted.alias_of_id is None and not converted.live and converted.live_revision_id is None
    assert client.get("/api/v1/pages/by-path/", {"path": spanish_path}).status_code == 404
    assert client.get(spanish_path).status_code == 404
    assert client.get("/api/v1/site/?locale=es").json() == site

    th.translate_everything()
    publish_in_spanish(django_capture_on_commit_callbacks, treatment_index)
    translated_path = page_path(Page.objects.get(pk=alias.pk))  # its slug was translated too
    answer = client.get("/api/v1/pages/by-path/", {"path": translated_path})
    assert answer.status_code == 200 and answer.json()["title"].startswith("ES ")
    assert any(link["id"] == alias.pk for link in client.get("/api/v1/site/?locale=es").json()["navigation"])
