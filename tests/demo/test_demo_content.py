"""The demo loader: what it creates, that the content obeys the block rules, and that it is idempotent."""

import copy
import datetime
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.models import (
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    Site,
    WorkflowPage,
    WorkflowState,
)

from demo import content
from home.models import ClinicSettings, ClinicText, HomePage, StandardPage
from treatments.blocks import TreatmentBodyBlock, normalised
from treatments.models import Concern, Reviewer, Specialty, TreatmentConcern, TreatmentIndexPage, TreatmentPage

pytestmark = pytest.mark.django_db

SPECIALTY_SLUGS = {"aesthetics", "dental", "nutrition", "cosmetology"}
COUNTED_MODELS = [
    Page,
    Revision,
    get_image_model(),
    Specialty,
    Concern,
    Reviewer,
    TreatmentConcern,
    ClinicSettings,
    ClinicText,
    Site,
    Locale,
    PageLogEntry,
    ModelLogEntry,
    ReferenceIndex,
    WorkflowPage,
    WorkflowState,
]


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    """Everything a second run could change: row counts, page states, stored bodies and settings."""
    settings = ClinicSettings.load()
    return {
        "counts": {model.__name__: model.objects.count() for model in COUNTED_MODELS},
        "pages": {
            page.pk: (page.title, page.slug, page.live, page.latest_revision_id, page.last_published_at)
            for page in Page.objects.all()
        },
        "bodies": {page.pk: stored(page.body) for page in TreatmentPage.objects.all()},
        "settings": (settings.street_address, stored(settings.opening_hours), stored(settings.social_links)),
        "site": list(Site.objects.values_list("pk", "hostname", "port", "root_page_id", "is_default_site")),
    }


def stored(stream_value):
    return json.dumps(stream_value.get_prep_value(), sort_keys=True)


def micro_needling():
    return TreatmentPage.objects.get(slug="micro-needling", locale=Locale.get_default())


def blocks_of(page, block_type):
    return [block.value for block in page.body if block.block_type == block_type]


def text_of(struct_values, *fields):
    return " ".join(str(item[field]) for item in struct_values for field in fields).lower()


@pytest.fixture
def demo(db, demo_loaded_once):
    """The demo as loaded once for this module; each test's own changes are rolled back after it."""
    return demo_loaded_once


# Tests that need an empty database run first: the shared demo stays loaded until the module ends.


def test_the_home_page_replaces_the_welcome_page_on_the_same_default_site(db):
    site_pk = Site.objects.get(is_default_site=True).pk

    load()

    site = Site.objects.get(is_default_site=True)
    assert (site.pk, site.hostname, site.port) == (site_pk, "localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert (site.root_page.title, site.root_page.slug) == ("Home", "home")
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


def test_a_changed_welcome_page_is_not_deleted_and_nothing_is_created(db):
    Page.objects.filter(depth=2).update(title="Our own page")

    with pytest.raises(CommandError, match="the slug 'home' at the top of the tree belongs to 'Our own page'"):
        load()

    assert Page.objects.filter(depth=2, title="Our own page").exists()
    assert not Specialty.objects.exists()
    assert not get_image_model().objects.exists()


def test_content_that_breaks_a_block_rule_fails_and_leaves_nothing_behind(db, monkeypatch):
    broken = copy.deepcopy(content.TEETH_WHITENING)
    benefits = next(value for block_type, value in broken["body"] if block_type == "benefits")
    benefits["items"].append(dict(benefits["items"][0]))
    monkeypatch.setattr(content, "TREATMENTS", [content.MICRO_NEEDLING, broken])
    files_before = stored_image_files()

    with pytest.raises(CommandError, match="cannot create treatment/teeth-whitening body: .*already listed above"):
        load()

    assert not TreatmentPage.objects.exists()
    assert not get_image_model().objects.exists()
    assert stored_image_files() == files_before


# The glossary


def test_demo_glossary_is_seeded_and_the_spanish_demo_uses_it(demo):
    from localization.models import GlossaryTerm
    from localization.terminology import terminology_findings

    assert GlossaryTerm.objects.get(english="micro-needling").spanish == "microagujas"
    assert GlossaryTerm.objects.count() >= 15
    findings = terminology_findings(Locale.objects.get(language_code="es"))
    assert findings == [], [(f.english, f.spanish, f.term) for f in findings][:5]


# Idempotency


def test_a_second_run_creates_and_changes_nothing(demo):
    before = snapshot()

    output = load()

    assert snapshot() == before
    assert output.startswith("Demo content: created nothing;")


def test_the_first_run_reports_what_it_created(demo):
    assert demo.startswith("Demo content: created 1 home page, 1 default site, 1 treatment index, 1 standard page")
    assert (
        "1 clinic settings, 1 clinic text, 4 specialties, 16 concerns, 3 reviewers, 5 images, 10 treatment pages,"
        in demo
    )
    assert "; already present nothing. In Spanish: translated 1 home page, " in demo
    assert demo.endswith("10 treatment pages; already translated nothing.\n")


def test_existing_content_is_left_as_the_editor_changed_it(demo):
    page = micro_needling()
    page.summary = "An editor's own summary."
    page.save_revision().publish()
    before = snapshot()

    load()

    assert micro_needling().summary == "An editor's own summary."
    assert snapshot() == before


def test_a_deleted_demo_page_is_recreated_with_the_same_block_ids(demo):
    page = TreatmentPage.objects.get(slug="teeth-whitening")
    body = stored(page.body)
    page.delete()

    output = load()

    assert "created 1 treatment page;" in output
    assert stored(TreatmentPage.objects.get(slug="teeth-whitening").body) == body


# The site tree


def stored_image_files():
    try:
        return set(default_storage.listdir("original_images")[1])
    except FileNotFoundError:
        return set()


def test_the_pages_are_published_where_the_frontend_expects_them(demo):
    home = Site.objects.get(is_default_site=True).root_page
    index = TreatmentIndexPage.objects.child_of(home).get()
    privacy = StandardPage.objects.child_of(home).get()

    assert (index.title, index.slug, privacy.title, privacy.slug) == (
        "Treatments",
        "treatments",
        "Privacy notice",
        "privacy-notice",
    )
    assert all(page.live and page.latest_revision_id for page in Page.objects.filter(depth__gt=1))
    assert micro_needling().get_url() == "/en/treatments/micro-needling/"


def test_every_demo_page_is_served(demo, client):
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    for page in pages:
        try:
            get_template(page.template)
        except TemplateDoesNotExist:
            pytest.skip(f"{page.template} is not written yet")

    assert client.get("/en/treatments/micro-needling/").status_code == 200
    for page in pages:
        assert client.get(page.get_url()).status_code == 200, page.get_url()


# The content obeys the model and block rules


def test_every_page_passes_full_clean(demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        page.full_clean()


def test_every_treatment_body_passes_the_block_rules(demo):
    stream_block = TreatmentBodyBlock()
    for page in TreatmentPage.objects.all():
        stream_block.clean(page.body)


def test_every_list_is_stored_in_the_current_block_format(demo):
    """wagtail-localize skips list items without ids; every list of blocks must carry them."""

    def lists_of_blocks(data):
        if isinstance(data, dict):
            for value in data.values():
                yield from lists_of_blocks(value)
        elif isinstance(data, list):
            if data and all(isinstance(item, dict) for item in data):
                yield data
            for item in data:
                yield from lists_of_blocks(item)

    settings = ClinicSettings.load()
    streams = [page.body for page in TreatmentPage.objects.all()] + [settings.opening_hours, settings.social_links]
    for stream in streams:
        for items in lists_of_blocks(stream.get_prep_value()):
            assert all({"type", "id", "value"} <= set(item) for item in items), items


def test_no_text_field_is_stored_as_none(demo):
    """An empty optional text must be "" (wagtail-localize #918 fails on None)."""

    def text_values(block, raw):
        if isinstance(block, blocks.StreamBlock):
            for child in raw:
                yield from text_values(block.child_blocks[child["type"]], child["value"])
        elif isinstance(block, blocks.ListBlock):
            for item in raw:
                yield from text_values(block.child_block, item["value"])
        elif isinstance(block, blocks.StructBlock):
            for name, child in block.child_blocks.items():
                yield from text_values(child, raw[name])
        elif isinstance(block, (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock)):
            yield raw

    for page in TreatmentPage.objects.all():
        assert None not in list(text_values(TreatmentBodyBlock(), page.body.get_prep_value())), page


# The micro-needling article holds every fact of the legacy page


def test_micro_needling_uses_every_block_type(demo):
    assert {block.block_type for block in micro_needling().body} == set(TreatmentBodyBlock().child_blocks.keys())


def test_micro_needling_page_fields(demo):
    page = micro_needling()

    assert page.specialty.slug == "aesthetics"
    assert (page.session_minutes, page.numbing_minutes_min, page.numbing_minutes_max) == (120, 45, 60)
    assert (page.downtime_days_min, page.downtime_days_max, page.sessions_min, page.sessions_max) == (1, 3, 3, 6)
    assert page.reviewer.licence_number and page.reviewer.institution and page.last_reviewed
    assert page.hero_image is not None and page.hero_alt_text
    assert {concern.slug for concern in page.concerns} == {
        "acne-scars",
        "fine-lines-and-wrinkles",
        "enlarged-pores",
        "hyperpigmentation",
        "uneven-skin-tone",
        "loss-of-elasticity",
        "stretch-marks",
        "hair-loss",
    }


def test_micro_needling_books_with_all_four_specialties(demo):
    assert {cta["specialty"].slug for cta in blocks_of(micro_needling(), "booking_cta")} == SPECIALTY_SLUGS


def test_micro_needling_benefits_are_each_listed_once(demo):
    (benefits,) = blocks_of(micro_needling(), "benefits")
    titles = [normalised(item["title"]) for item in benefits["items"]]

    assert len(titles) == len(set(titles)) == 8
    for legacy_benefit in ["acne", "lines", "pores", "dark spots", "tone", "elasticity", "stretch marks", "alopecia"]:
        assert sum(legacy_benefit in title for title in titles) == 1, legacy_benefit


def test_micro_needling_target_areas(demo):
    assert set(micro_needling().target_areas) == {"face", "thighs", "abdomen", "scalp"}


def test_micro_needling_preparation_and_procedure(demo):
    page = micro_needling()
    (preparation,) = blocks_of(page, "preparation")
    (procedure,) = blocks_of(page, "procedure_steps")
    durations = [step["duration_minutes"] for step in procedure["steps"]]

    preparation_text = text_of(preparation["items"], "subject", "instruction")
    assert "ibuprofen" in preparation_text and "isotretinoin" in preparation_text and "accutane" in preparation_text
    assert "consultation" in {item["kind"] for item in preparation["items"]}
    assert 60 in durations and 30 in durations
    assert sum(durations) == page.session_minutes


def test_micro_needling_aftercare(demo):
    (aftercare,) = blocks_of(micro_needling(), "aftercare")
    text = text_of(aftercare["entries"], "text")

    for fact in ["redness", "make-up", "camouflage", "sunscreen", "sun", "new tissue", "follow-up"]:
        assert fact in text, fact


def test_micro_needling_compares_with_home_rollers_and_laser(demo):
    comparisons = {normalised(block["alternative_name"]) for block in blocks_of(micro_needling(), "comparison")}

    assert comparisons == {"home derma rollers", "laser therapy"}


def test_micro_needling_does_not_repeat_the_legacy_slips(demo):
    body = json.dumps(micro_needling().body.get_prep_value()).lower()

    assert "tattoo" not in body
    assert "no pain" not in body


def test_micro_needling_has_faq_disclaimer_references_and_image(demo):
    page = micro_needling()
    (faq,) = blocks_of(page, "faq")
    (callout,) = blocks_of(page, "callout")
    (references,) = blocks_of(page, "references")
    (image,) = blocks_of(page, "image")

    assert 3 <= len(faq["items"]) <= 4
    assert callout["kind"] == "warning"
    assert len(references["items"]) >= 2
    assert image["image"] is not None and image["alt_text"] and image["caption"]


# The other specialties and the clinic


def test_every_other_specialty_has_a_live_treatment(demo):
    for slug in SPECIALTY_SLUGS - {"aesthetics"}:
        pages = TreatmentPage.objects.live().filter(specialty__slug=slug)
        assert pages.exists(), slug
        for page in pages:
            assert page.summary and page.key_facts and page.concerns and page.reviewer_id
            assert {"section", "benefits", "procedure_steps", "faq", "callout", "booking_cta"} <= {
                block.block_type for block in page.body
            }


def test_clinic_settings_hold_the_address_hours_and_privacy_notice(demo):
    settings = ClinicSettings.load()

    assert settings.postal_address_lines == [
        "Blvd. General Sánchez Taboada 9589, Suite 102",
        "Zona Urbana Río",
        "Tijuana, B.C. 22010",
        "México",
    ]
    assert settings.name.startswith("Clínica")
    assert settings.privacy_notice_page.specific.slug == "privacy-notice"
    assert settings.texts.locale == Locale.get_default() and settings.texts.medical_disclaimer
    assert [(period.value["opens"], period.value["closes"]) for period in settings.opening_hours] == [
        (datetime.time(9), datetime.time(19)),
        (datetime.time(9), datetime.time(14)),
    ]
    settings.full_clean()


def test_the_clinic_texts_are_linked_from_the_settings(demo):
    texts = ClinicSettings.load().texts

    assert texts.tagline and texts.opening_hours_note and texts.privacy_summary
    texts.full_clean()
    ClinicSettings.objects.update(texts=None)  # settings filled in before the clinic texts existed

    load()

    assert ClinicSettings.load().texts == texts
    assert ClinicText.objects.filter(locale=Locale.get_default()).count() == 1


def test_specialties_have_booking_channels(demo):
    for specialty in Specialty.objects.all():
        specialty.full_clean()
        assert specialty.booking_url == f"https://clinica.example/book/{specialty.slug}/"
    assert set(Specialty.objects.values_list("slug", flat=True)) == SPECIALTY_SLUGS
    hyperpigmentation = Concern.objects.get(slug="hyperpigmentation", locale=Locale.get_default())
    assert hyperpigmentation.also_known_as == "dark spots, sun spots, melasma"


def test_the_demo_reviewers_approve_with_their_demo_accounts(demo, settings):
    """Whichever runs first, the demo content or the team, each demo reviewer ends up linked to their account."""
    settings.DEBUG = True
    call_command("ensure_demo_team", "--password", "pw", stdout=io.StringIO())
    linked = {
        (reviewer.locale.language_code, reviewer.name, reviewer.user.username) for reviewer in Reviewer.objects.all()
    }
    assert linked == {
        (language, name, username)
        for language in ("en", "es")
        for name, username in [
            ("Dra. Mariana Castillo Vega", "reviewer"),
            ("Dr. Luis Alberto Ferrer Ríos", "dentist"),
            ("L.N. Daniela Ortiz Salazar", "nutritionist"),
        ]
    }


def test_the_demo_has_a_lapsed_review_that_the_api_the_report_and_the_reviewer_hear_of(demo, client, settings):
    settings.DEBUG = True
    call_command("ensure_demo_team", "--password", "pw", stdout=io.StringIO())
    botox = TreatmentPage.objects.get(slug="botulinum-toxin", locale=Locale.get_default())
    spanish = botox.get_translation(Locale.objects.get(language_code="es"))

    for page in (botox, spanish):
        review = client.get(f"/api/v1/pages/{page.pk}/").json()["review"]
        assert (review["status"], review["reviewer"]["name"]) == ("overdue", "Dra. Mariana Castillo Vega")

    client.force_login(User.objects.get(username="reviewer"))
    report = client.get(reverse("treatments_due_reviews")).content.decode()
    assert "Botulinum toxin" in report and "Teeth whitening" in report

    output = io.StringIO()
    call_command("notify_due_reviews", stdout=output)
    to_reviewer = next(message for message in mail.outbox if message.to == ["reviewer@example.com"])
    assert "Botulinum toxin — Overdue" in to_reviewer.body
    to_dentist = next(message for message in mail.outbox if message.to == ["dentist@example.com"])
    assert "Teeth whitening — Due soon" in to_dentist.body


def test_every_demo_article_states_its_risks_in_both_languages(demo):
    articles = TreatmentPage.objects.select_related("locale")
    assert {page.locale.language_code for page in articles} == {"en", "es"}
    for page in articles:
        risks = blocks_of(page, "risks")
        assert len(risks) == 1, f"{page.title} ({page.locale.language_code})"
        assert risks[0]["risks"] and risks[0]["contraindications"]
    spanish_needling = TreatmentPage.objects.get(slug="microagujas").specific
    assert blocks_of(spanish_needling, "risks")[0]["heading"] != "Risks and who should not have it"  # translated
