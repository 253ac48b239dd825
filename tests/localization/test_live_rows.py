"""A live Spanish page shows what was published, whatever wagtail-localize writes while it syncs a translation."""

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
