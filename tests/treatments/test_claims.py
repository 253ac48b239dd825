"""Claims health advertising may not make: found wherever they are written, in English and in Spanish, and
refused at publishing unless a medical reviewer recorded an override with a reason."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from tests import factories
from tests import translation_helpers as th
from tests.admin_forms import every_block_form_data, treatment_form_data
from tests.treatments.test_review_workflow import approve_url, create_url
from treatments.claims import ClaimsRefused, claims_in
from treatments.models import ClaimOverride, ClaimRule, TreatmentPage


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("es", "Un tratamiento 100 % SEGURO para todos", "100% seguro*"),
        ("es", "Resultados garantizados desde la primera sesión", "garantiza*"),
        ("es", "Sín riesgos para tu piel", "sin riesgo*"),
        ("es", "Es un procedimiento sin dolor.", "sin dolor"),
        ("en", "Results are GUARANTEED.", "guarantee*"),
        ("en", "A risk-free way to smoother skin", "risk-free"),
        ("en", "The hair is removed permanently", "permanent*"),
    ],
)
def test_the_seeded_list_finds_claims_whatever_their_case_accents_and_spacing(language, text, phrase):
    assert [claim.rule.phrase for claim in claims_in([("Summary", text)], language)] == [phrase]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "There is some risk of bruising."),  # risks stated honestly are what the rules ask for
        ("en", "An impermanent tattoo"),  # whole words only
        ("es", "El dolor es leve y pasa pronto."),
        ("en", "Sin riesgo"),  # each language has its own list
    ],
)
def test_honest_wording_is_not_flagged(language, text):
    assert claims_in([("Summary", text)], language) == []


@pytest.fixture
def boastful_form_data(specialty, concern, image):
    """An article whose first benefit promises a result."""
    body = every_block_form_data(specialty, image)
    benefits = next(block for key, block in body.items() if key != "count" and block["type"] == "benefits")
    benefits["value"]["items"]["0"]["value"]["title"] = "Guaranteed results"
    return treatment_form_data(specialty, [concern], body)


def submit(client, editor, index, data):
    client.force_login(editor)
    client.post(create_url(index), {**data, "action-submit": "1"})
    page = TreatmentPage.objects.get(slug="dermal-fillers")
    return page, WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))


def test_an_english_claim_keeps_the_approve_button_away_and_says_where_it_is(
    client, editor, medical_reviewer, treatment_index, boastful_form_data
):
    page, state = submit(client, editor, treatment_index, boastful_form_data)
    client.force_login(medical_reviewer)

    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert b"Approve and Publish" not in editor_view.content
    told = " ".join(str(message) for message in editor_view.context["messages"])
    assert "“guarantee*” in Body › Benefits › Benefits › item 1 › Title" in told
    assert "Say instead: Most patients see" in told

    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live


def test_a_reviewer_records_an_override_with_a_reason_and_may_then_approve(
    client, editor, medical_reviewer, treatment_index, boastful_form_data
):
    page, state = submit(client, editor, treatment_index, boastful_form_data)
    rule = ClaimRule.objects.get(language="en", phrase="guarantee*")

    client.force_login(editor)  # editors cannot overrule the list
    add_override = reverse("wagtailsnippets_treatments_claimoverride:add")
    data = {"page": str(page.pk), "rule": str(rule.pk), "reason": "Quoted from the study the article cites."}
    client.post(add_override, data)
    assert not ClaimOverride.objects.exists()

    client.force_login(medical_reviewer)
    assert client.post(add_override, data).status_code == 302
    override = ClaimOverride.objects.get()
    assert (override.page_id, override.recorded_by) == (page.pk, medical_reviewer)

    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert page.live


def test_a_spanish_claim_blocks_the_spanish_publish_with_where_it_is(
    client, translator, home, treatment_index, treatment
):
    th.submit(home, treatment_index, treatment)
    spanish = treatment.get_translation(th.spanish())
    th.translate_everything(lambda text: "Resultados sin riesgo" if text == treatment.summary else f"ES {text}")
    client.force_login(translator)
    for parent in spanish.get_ancestors().filter(depth__gt=1):
        client.post(reverse("wagtailadmin_pages:edit", args=(parent.pk,)), {"action": "publish"})

    response = client.post(reverse("wagtailadmin_pages:edit", args=(spanish.pk,)), {"action": "publish"})

    assert response.status_code == 302
    assert not Page.objects.get(pk=spanish.pk).live
    told = " ".join(str(message) for message in response.wsgi_request._messages)
    assert "“sin riesgo*” in Summary" in told


def test_no_other_way_of_publishing_gets_a_claim_past(treatment):
    treatment.summary = "Painless and permanent."
    with pytest.raises(ClaimsRefused, match="painless"):
        treatment.save_revision().publish()
    assert TreatmentPage.objects.get(pk=treatment.pk).summary != "Painless and permanent."


def test_the_report_lists_live_articles_that_match_after_the_list_changes(client, editor, treatment):
    client.force_login(editor)
    report = reverse("treatments_claims")
    assert "Micro-needling" not in client.get(report).content.decode()

    rule = {"language": "en", "phrase": "Collagen", "explanation": "Test.", "suggestion": "Say less."}
    assert client.post(reverse("wagtailsnippets_treatments_claimrule:add"), rule).status_code == 302  # editors keep it
    rows = BeautifulSoup(client.get(report).content, "html.parser").select("tr[data-phrase]")
    assert [(row.select_one(".title").get_text(strip=True), row["data-phrase"]) for row in rows] == [
        ("Micro-needling", "Collagen")
    ]
    assert rows[0].select_one(".where").get_text(strip=True) == "Summary"


def test_a_rule_needs_a_letter_or_digit(admin_client):
    add_rule = reverse("wagtailsnippets_treatments_claimrule:add")
    response = admin_client.post(add_rule, {"language": "en", "phrase": "* !", "explanation": "x", "suggestion": "y"})
    assert "at least one letter or digit" in " ".join(response.context["form"].errors["phrase"])


def test_claims_hide_nowhere_an_article_shows_text(treatment):
    """SEO texts, the hero image's description and rich text with entities are read like the body."""
    for field, text in [
        ("search_description", "Painless results."),
        ("seo_title", "Permanent results | Clinic"),
        ("hero_alt_text", "A risk-free treatment"),
    ]:
        draft = TreatmentPage.objects.get(pk=treatment.pk)
        setattr(draft, field, text)
        with pytest.raises(ClaimsRefused):
            draft.save_revision().publish()
    draft = TreatmentPage.objects.get(pk=treatment.pk)
    draft.body = [{"type": "section", "value": {"heading": "Why", "body": "<p>It is&nbsp;painless.</p>"}}]
    with pytest.raises(ClaimsRefused, match="painless"):
        draft.save_revision().publish()


def test_a_scheduled_article_with_a_claim_is_taken_off_the_schedule_and_the_others_still_go_live(
    treatment_index, specialty, reviewer, concern
):
    due = timezone.now() - datetime.timedelta(minutes=1)
    boastful = factories.make_treatment(treatment_index, specialty, reviewer, [concern], "Peel", "peel", live=False)
    boastful.summary = "Guaranteed glow."
    factories.make_treatment(treatment_index, specialty, reviewer, [concern], "Laser", "laser", live=False)
    plain = TreatmentPage.objects.get(slug="laser")
    for page in (boastful, plain):
        page.save_revision(approved_go_live_at=due)

    errors = io.StringIO()
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=errors)

    assert "Not published, taken off the schedule: “Peel” was not published" in errors.getvalue()
    assert not TreatmentPage.objects.get(slug="peel").live
    assert TreatmentPage.objects.get(slug="laser").live


def test_a_phrase_a_reviewer_allowed_cannot_be_reworded_under_the_override(admin_client, treatment):
    rule = ClaimRule.objects.get(language="en", phrase="painless*")
    ClaimOverride.objects.create(page=treatment, rule=rule, reason="Quoted.")
    edit = reverse("wagtailsnippets_treatments_claimrule:edit", args=(rule.pk,))
    data = {"language": "en", "phrase": "safe", "explanation": rule.explanation, "suggestion": rule.suggestion}
    response = admin_client.post(edit, data)
    assert "add the new wording as a new entry" in " ".join(response.context["form"].errors["phrase"])
    assert ClaimRule.objects.get(pk=rule.pk).phrase == "painless*"
