"""Translation status: counts per page and snippet, the outdated flag, and the admin report."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from home.models import HomePage
from localization.completeness import translation_gaps
from localization.status import (
    COMPLETE,
    NEEDS_TRANSLATION,
    NOT_STARTED,
    OUTDATED,
    percent_translated,
    status_for_instance,
    statuses,
)
from tests import factories
from tests import translation_helpers as th
from treatments.models import Concern, Reviewer, Specialty, TreatmentIndexPage, TreatmentPage

REPORT_URL = "localization_translation_status"


@pytest.fixture
def published(submitted, specialty, concern, reviewer, django_capture_on_commit_callbacks):
    """Everything translated; snippets saved and pages published in Spanish, parents first."""
    th.translate_everything()
    with django_capture_on_commit_callbacks(execute=True):
        for instance in (specialty, concern, reviewer, submitted.get_parent().get_parent(), submitted.get_parent()):
            th.translation_for(instance).save_target(publish=True)
        th.translation_for(submitted).save_target(publish=True)
    return submitted


def status(instance):
    return status_for_instance(instance, th.spanish())


def test_submitted_content_is_not_started(submitted, specialty):
    for page in (submitted.get_parent().get_parent(), submitted.get_parent(), submitted):
        item = status(page)
        assert item.total > 0 and item.translated == 0 and item.percent == 0
        assert item.target_id == page.get_translation(th.spanish()).pk
        assert not item.live and not item.outdated
        assert item.needs_translation and item.state == NOT_STARTED
        assert item.last_translated is not None  # the submission wrote the draft
    # A snippet exists (and is "live") in Spanish from the moment it is submitted, still in English:
    # work not done yet, not a translation that fell behind.
    snippet = status(specialty)
    assert snippet.live and snippet.translated == 0
    assert not snippet.outdated and snippet.state == NOT_STARTED


def test_the_treatment_misses_its_related_snippets_like_translation_gaps_says(submitted):
    item = status(submitted)
    translation = th.translation_for(submitted)
    strings = {segment.string.data for segment in th.untranslated(translation).select_related("string")}
    related = {gap.source_text for gap in translation_gaps(translation) if gap.source_text not in strings}
    # Specialty (referenced twice: the field and the booking block), reviewer, concern.
    assert item.related_missing == len(related) == 3


def test_percent_follows_translated_strings(submitted):
    translation = th.translation_for(submitted)
    total = status(submitted).total
    assert th.translate(translation, limit=7) == 7
    item = status(submitted)
    assert (item.translated, item.total) == (7, total)
    assert item.percent == round(700 / total)
    assert item.state == "in_progress" and item.needs_translation

    th.translate(translation, limit=total - 8)  # all but one
    item = status(submitted)
    assert item.translated == total - 1
    assert item.percent == round(100 * (total - 1) / total) < 100
    assert item.needs_translation


def test_percent_is_100_only_when_complete_and_0_only_when_nothing_is_done():
    assert percent_translated(199, 200) == 99
    assert percent_translated(1, 1000) == 1
    assert percent_translated(1, 8) == 13  # 12.5 rounds half up
    assert percent_translated(0, 8) == 0
    assert percent_translated(0, 0) == 100


def test_everything_translated_and_published_is_complete(published, specialty):
    for instance in (published, published.get_parent(), specialty):
        item = status(instance)
        assert item.translated == item.total and item.percent == 100
        assert item.related_missing == 0 and item.machine_unreviewed == 0
        assert item.live and not item.outdated and not item.needs_translation
        assert item.state == COMPLETE
        assert item.last_translated is not None


def test_a_translated_but_unpublished_page_is_still_in_progress(submitted):
    th.translate_everything()
    item = status(submitted)
    assert item.percent == 100 and item.related_missing == 0 and not item.needs_translation
    assert not item.live and item.state == "in_progress"


def test_editing_the_english_makes_the_live_translation_outdated(published):
    source = TreatmentPage.objects.get(pk=published.pk)
    source.summary = "Collagen induction for scars, lines and pores."
    source.save_revision().publish()  # re-extracts the English source (localization.signal_handlers)

    item = status(published)
    assert item.outdated and item.state == OUTDATED
    assert item.percent < 100 and item.translated == item.total - 1
    assert item.needs_translation and item.live
    assert item.last_translated < item.source_updated
    # The other pages did not change.
    assert status(published.get_parent()).state == COMPLETE


def test_editing_an_english_snippet_outdates_it_and_the_pages_that_use_it(published, specialty):
    specialty.description = "Skin, face and body treatments."
    specialty.save()

    snippet = status(specialty)
    assert snippet.outdated and snippet.state == OUTDATED
    page = status(published)
    assert page.percent == 100 and page.related_missing == 1
    assert page.outdated and page.state == OUTDATED


def test_status_of_the_spanish_version_is_the_status_of_its_english_original(published):
    spanish_page = published.get_translation(th.spanish())
    assert status_for_instance(spanish_page) == status(published)
    assert status_for_instance(published) is None  # English, in English: nothing to measure


def test_machine_and_memory_translations_await_review(submitted):
    translation = th.translation_for(submitted)
    segments = list(th.untranslated(translation).select_related("string", "context").order_by("order")[:3])
    for segment, tool_name in zip(segments, ["Translation memory", "Translation memory", "DeepL"], strict=True):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=th.spanish(),
            context=segment.context,
            data=f"ES {segment.string.data}",
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=tool_name,
        )
    th.translate(translation, limit=2)  # two manual ones
    item = status(submitted)
    assert item.machine_unreviewed == 3
    assert item.translated == 5


def test_statuses_cover_every_english_page_and_snippet(submitted, specialty, concern, reviewer):
    home, index = submitted.get_parent().get_parent(), submitted.get_parent()
    items = statuses("es")
    assert [(item.model, item.source_id) for item in items if item.is_page] == [
        (HomePage, home.pk),
        (TreatmentIndexPage, index.pk),
        (TreatmentPage, submitted.pk),
    ]
    snippets = {(item.model, item.source_id) for item in items if not item.is_page}
    assert snippets == {(Specialty, specialty.pk), (Concern, concern.pk), (Reviewer, reviewer.pk)}
    assert {item.locale_code for item in items} == {"es"}
    # The same figures as one at a time.
    for instance in (home, index, submitted, specialty, concern, reviewer):
        assert status(instance) in items
    # Not submitted: a new English page is listed, not started, without a Spanish version.
    new_page = factories.make_index(home, title="Specialists", slug="specialists")
    fresh = status(new_page)
    assert fresh in statuses("es")
    assert fresh.target_id is None and fresh.total == 0 and fresh.percent == 0
    assert fresh.needs_translation and fresh.state == NOT_STARTED


def test_filters_by_model_and_state(published):
    source = TreatmentPage.objects.get(pk=published.pk)
    source.summary = "Collagen induction for scars, lines and pores."
    source.save_revision().publish()

    assert [item.source_id for item in statuses("es", state=OUTDATED)] == [published.pk]
    assert {item.model for item in statuses("es", model=TreatmentPage)} == {TreatmentPage}
    assert {item.model for item in statuses("es", model=Specialty)} == {Specialty}
    assert all(item.state != COMPLETE for item in statuses("es", state=NEEDS_TRANSLATION))
    assert published.pk in [item.source_id for item in statuses("es", model=Page, state=NEEDS_TRANSLATION)]
    with pytest.raises(ValueError):
        statuses("en")


def test_number_of_queries_does_not_depend_on_the_number_of_pages(
    submitted, treatment_index, specialty, reviewer, concern, image, django_assert_max_num_queries
):
    statuses("es")  # warm the content type cache
    with CaptureQueriesContext(connection) as one_page:
        assert len(statuses("es", model=TreatmentPage)) == 1

    for number in range(4):
        page = factories.make_treatment(
            treatment_index,
            specialty,
            reviewer,
            concerns=[concern],
            title=f"Peel {number}",
            slug=f"peel-{number}",
            body=factories.every_block_body(specialty, image),
        )
        th.submit(page)
    th.translate(th.translation_for(page), limit=5)

    with django_assert_max_num_queries(len(one_page)):
        items = statuses("es", model=TreatmentPage)
    assert len(items) == 5
    assert [item.translated for item in items][-1] == 5


# The admin report


@pytest.fixture
def outdated_treatment(published):
    source = TreatmentPage.objects.get(pk=published.pk)
    source.summary = "Collagen induction for scars, lines and pores."
    source.save_revision().publish()
    return published


def report_rows(response):
    return [row.status for row in response.context["object_list"]]


def test_report_lists_every_object_with_progress(admin_client, outdated_treatment):
    response = admin_client.get(reverse(REPORT_URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Translation status" in html
    assert "<progress" in html
    rows = report_rows(response)
    assert {row.state for row in rows} == {COMPLETE, OUTDATED}
    spanish_page = outdated_treatment.get_translation(th.spanish())
    assert reverse("wagtailadmin_pages:edit", args=[spanish_page.pk]) in html


def test_report_filters(admin_client, outdated_treatment, specialty):
    response = admin_client.get(reverse(REPORT_URL), {"state": "outdated"})
    assert [(row.source_id, row.state) for row in report_rows(response)] == [(outdated_treatment.pk, OUTDATED)]
    assert "Micro-needling" in response.content.decode()

    response = admin_client.get(reverse(REPORT_URL), {"state": "needs_translation", "locale": "es"})
    assert [row.source_id for row in report_rows(response)] == [outdated_treatment.pk]

    response = admin_client.get(reverse(REPORT_URL), {"type": "treatments.specialty"})
    assert [(row.model, row.source_id) for row in report_rows(response)] == [(Specialty, specialty.pk)]

    results = admin_client.get(reverse("localization_translation_status_results"), {"state": "outdated"})
    assert results.status_code == 200 and "Micro-needling" in results.content.decode()


def test_report_exports_csv(admin_client, outdated_treatment):
    response = admin_client.get(reverse(REPORT_URL), {"state": "outdated", "export": "csv"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("Type,Title,Locale,State,% translated")
    assert len(lines) == 2 and "Micro-needling" in lines[1] and "Outdated" in lines[1]


def test_report_is_open_to_translators(client, submitted):
    client.force_login(factories.user_in("Translators (Spanish)", "traductora"))
    response = client.get(reverse(REPORT_URL))
    assert response.status_code == 200
    assert "Micro-needling" in response.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT_URL) in menu


def test_report_is_denied_to_users_who_neither_translate_nor_submit(client, submitted):
    client.force_login(factories.user_in("Medical reviewers", "doctor"))
    response = client.get(reverse(REPORT_URL))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert reverse(REPORT_URL) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_see_the_report_only_through_the_submit_translation_permission(client, submitted):
    editor = factories.user_in("Editors", "editor")
    client.force_login(editor)
    # wagtail-localize's migration 0006 gives Editors and Moderators "submit translation".
    assert client.get(reverse(REPORT_URL)).status_code == 200

    submit = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    Group.objects.get(name="Editors").permissions.remove(submit)
    client.force_login(User.objects.get(pk=editor.pk))  # a fresh user: no cached permissions
    response = client.get(reverse(REPORT_URL))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
