"""Publishing a translation the way a request really runs: real commits, no captured on-commit callbacks.

wagtail-localize publishes the translated revision in `transaction.on_commit` registered inside its own
atomic block; in a request (no ATOMIC_REQUESTS) that block is the outermost one, so the publish runs as
soon as it closes, before wagtail-localize writes its TranslationLog. These tests commit for real, so
the callbacks run in exactly that order.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision

from localization.models import TranslatedRevisionCheck
from tests import translation_helpers as th
from treatments.models import TreatmentPage

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


@pytest.fixture
def spanish_treatment(home, treatment_index, treatment):
    th.submit(home, treatment_index, treatment)
    return treatment.get_translation(th.spanish()).specific


@pytest.fixture
def superuser():
    return User.objects.create_superuser("jefa", "jefa@example.com", "pw")


def publish_from_translation_editor(client, page):
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), {"action": "publish"})


@pytest.mark.parametrize("who", ["translator", "superuser"])
def test_a_complete_translation_goes_live_from_the_translation_editor(who, request, client, spanish_treatment):
    th.translate_everything()
    client.force_login(request.getfixturevalue(who))
    for parent in spanish_treatment.get_ancestors().filter(depth__gt=1):
        publish_from_translation_editor(client, parent)
    before = Page.objects.get(pk=spanish_treatment.pk).latest_revision_id

    response = publish_from_translation_editor(client, spanish_treatment)

    page = TreatmentPage.objects.get(pk=spanish_treatment.pk)
    assert response.status_code == 302
    assert response.url != reverse("wagtailadmin_home"), "sent to the dashboard: the publish was refused"
    assert page.live and page.title.startswith("ES ")
    assert page.live_revision_id == page.latest_revision_id != before
    assert not page.has_unpublished_changes
    assert TranslatedRevisionCheck.objects.get(revision_id=page.live_revision_id).complete
    messages = [str(message) for message in response.wsgi_request._messages]
    assert not any("permission" in message for message in messages)
    assert client.get(page.get_url()).status_code == 200


def test_an_incomplete_translation_is_refused_with_its_reason(client, translator, spanish_treatment):
    translation = th.translation_for(spanish_treatment)
    th.translate(translation, limit=3)
    client.force_login(translator)

    response = publish_from_translation_editor(client, spanish_treatment)

    assert response.status_code == 302
    assert not Page.objects.get(pk=spanish_treatment.pk).live
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("untranslated segments" in message for message in messages), messages


def test_a_revision_written_while_strings_were_missing_never_goes_live(client, superuser, spanish_treatment):
    """A draft saved half-translated holds English text; completing the strings later does not bless it."""
    translation = th.translation_for(spanish_treatment)
    th.translate(translation, limit=3)
    translation.save_target(publish=False)  # the draft now holds English fallbacks
    half_done = Page.objects.get(pk=spanish_treatment.pk).latest_revision
    assert not TranslatedRevisionCheck.objects.get(revision=half_done).complete
    th.translate_everything()

    with pytest.raises(Exception, match="before its translation was complete"):
        half_done.publish()
    assert not Page.objects.get(pk=spanish_treatment.pk).live


def bulk_publish(client, *pages):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"{url}?{query}&next=/admin/", {}, follow=True)


def test_bulk_publish_publishes_complete_translations_and_names_incomplete_ones(client, translator, spanish_treatment):
    translation = th.translation_for(spanish_treatment)
    th.translate(translation, limit=3)
    translation.save_target(publish=False)
    client.force_login(translator)

    refused = bulk_publish(client, spanish_treatment)

    assert refused.status_code == 200
    assert not Page.objects.get(pk=spanish_treatment.pk).live
    messages = [str(message) for message in refused.context["messages"]]
    assert any("untranslated segments" in message for message in messages), messages

    th.translate_everything()
    translation.save_target(publish=False)  # a complete draft, as the translation editor saves it
    published = bulk_publish(client, spanish_treatment)

    assert published.status_code == 200
    page = Page.objects.get(pk=spanish_treatment.pk)
    assert page.live and page.title.startswith("ES ")


def test_scheduled_publishing_skips_incomplete_translations_and_publishes_the_rest(spanish_treatment, treatment):
    translation = th.translation_for(spanish_treatment)
    th.translate(translation, limit=3)
    translation.save_target(publish=False)
    incomplete = Page.objects.get(pk=spanish_treatment.pk).latest_revision
    english = TreatmentPage.objects.get(pk=treatment.pk)
    english.title = "Micro-needling, scheduled"
    later = english.save_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    Revision.objects.filter(pk__in=[incomplete.pk, later.pk]).update(approved_go_live_at=past)
    errors = io.StringIO()

    call_command("publish_scheduled", stdout=io.StringIO(), stderr=errors)

    assert not Page.objects.get(pk=spanish_treatment.pk).live
    assert "untranslated segments" in errors.getvalue()
    assert Revision.objects.get(pk=incomplete.pk).approved_go_live_at is None
    assert Page.objects.get(pk=treatment.pk).title == "Micro-needling, scheduled"
