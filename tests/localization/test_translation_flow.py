"""The whole translation flow: submit, extract, refuse incomplete, publish complete, flag outdated."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from localization.completeness import gaps_for_instance
from localization.guards import IncompleteTranslationError
from tests import translation_helpers as th
from treatments.blocks import TreatmentBodyBlock
from treatments.models import TreatmentPage


def spanish_page(page):
    return page.get_translation(th.spanish()).specific


def test_submitting_creates_a_draft_spanish_page_not_a_live_one(submitted):
    target = spanish_page(submitted)
    assert not target.live
    assert target.get_url() is None or not Page.objects.live().filter(pk=target.pk).exists()


def test_every_text_bearing_block_yields_segments(submitted):
    translation = th.translation_for(submitted)
    paths = {segment.context.path for segment in th.untranslated(translation).select_related("context")}
    block_types_by_id = {str(block.id): block.block_type for block in submitted.body}
    with_text = {block_types_by_id[path.split(".")[1]] for path in paths if path.startswith("body.")}
    # Every block type carries text except none: images carry alt text and captions, CTAs a label.
    assert with_text == set(TreatmentBodyBlock().child_blocks)
    for field in ("title", "summary", "hero_alt_text", "slug"):
        assert field in paths
    # Numbers, dates and choices are synchronised, never offered for translation.
    assert not any(path.endswith(("duration_minutes", "lead_time", "year", ".area", ".kind")) for path in paths)


def test_partly_translated_page_cannot_be_published(submitted, admin_client, django_capture_on_commit_callbacks):
    th.translate_everything()
    translation = th.translation_for(submitted)
    # The translator translated everything but one benefit title... then deletes one translation.
    segment_translation = translation.source.stringsegment_set.get(string__data="Smaller pores")
    from wagtail_localize.models import StringTranslation

    StringTranslation.objects.filter(translation_of=segment_translation.string, locale=th.spanish()).delete()

    target = spanish_page(submitted)
    gaps = gaps_for_instance(target)
    assert [gap.source_text for gap in gaps] == ["Smaller pores"]
    assert "Benefits" in gaps[0].where and "item 2" in gaps[0].where

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(target.pk,)), {"action": "publish"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "1 untranslated segment" in messages[0] and "item 2" in messages[0]

    # Any other path that publishes is stopped too, and nothing is half-written.
    with pytest.raises(IncompleteTranslationError):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    assert not Page.objects.get(pk=target.pk).live


def test_complete_translation_is_published_from_the_translation_editor(
    submitted, admin_client, django_capture_on_commit_callbacks, client
):
    th.translate_everything()
    target = spanish_page(submitted)
    assert gaps_for_instance(target) == []
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtailadmin_pages:edit", args=(target.pk,)), {"action": "publish"})
    target = TreatmentPage.objects.get(pk=target.pk)
    assert target.live
    assert target.title == "ES Micro-needling"
    assert target.specialty.locale == th.spanish()
    assert target.reviewer.locale == th.spanish()
    assert all(concern.locale == th.spanish() for concern in target.concerns)
    # Numbers are synchronised from English.
    assert target.session_minutes == submitted.session_minutes
    steps = [block for block in target.body if block.block_type == "procedure_steps"][0].value["steps"]
    assert [step["duration_minutes"] for step in steps] == [45, 30]


def test_editing_english_marks_exactly_that_string_outdated_and_keeps_spanish_live(
    submitted, django_capture_on_commit_callbacks
):
    th.translate_everything()
    with django_capture_on_commit_callbacks(execute=True):
        th.translation_for(submitted).save_target(publish=True)
    target = spanish_page(submitted)
    assert target.live
    live_revision = target.live_revision_id

    source = TreatmentPage.objects.get(pk=submitted.pk)
    source.summary = "Collagen induction for scars, lines and pores."
    source.save_revision().publish()

    translation = th.translation_for(submitted)
    missing = list(th.untranslated(translation).select_related("string", "context"))
    assert [(segment.context.path, segment.string.data) for segment in missing] == [
        ("summary", "Collagen induction for scars, lines and pores.")
    ]
    target.refresh_from_db()
    assert target.live and target.live_revision_id == live_revision
    assert target.summary == "ES Collagen induction for scars and lines."


def test_machine_suggestions_must_be_confirmed_before_publishing(submitted, django_capture_on_commit_callbacks):
    from wagtail_localize.models import StringTranslation

    th.translate_everything()
    target = spanish_page(submitted)
    suggestion = StringTranslation.objects.filter(locale=th.spanish(), translation_of__data="Smaller pores")
    suggestion.update(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, tool_name="Translation memory")

    gaps = gaps_for_instance(target)
    assert [(gap.source_text, gap.reason) for gap in gaps] == [("Smaller pores", "awaiting review")]
    with pytest.raises(IncompleteTranslationError, match="1 machine-translated segment awaiting review"):
        with django_capture_on_commit_callbacks(execute=True):
            th.translation_for(submitted).save_target(publish=True)

    # The translator saves the suggestion in the editor: it becomes a manual translation.
    suggestion.update(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, tool_name="")
    with django_capture_on_commit_callbacks(execute=True):
        th.translation_for(submitted).save_target(publish=True)
    assert Page.objects.get(pk=target.pk).live
