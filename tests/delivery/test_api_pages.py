"""Pages by localized path and by id: typed blocks, languages, visibility, redirects, fallbacks, query counts.

Every request goes through ``tests.api_helpers.api_get``, which checks the answer against the OpenAPI
document.
"""

import datetime
import re
import uuid

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openapi_spec_validator import validate as validate_openapi
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringTranslation

from delivery.representation import load_page, page_representation
from home.models import ClinicSettings, StandardPage
from localization.status import status_for_instance
from tests import factories
from tests import translation_helpers as th
from tests.api_helpers import api_get, openapi_document
from treatments.blocks import TreatmentBodyBlock
from treatments.models import TreatmentPage
from treatments.schemas import BLOCK_SCHEMAS

BY_PATH = "/api/v1/pages/by-path/"
ENGLISH_PATH = "/en/treatments/micro-needling/"
SPANISH_PATH = "/es/tratamientos/microagujas/"
SPANISH_SLUGS = {"home": "inicio", "treatments": "tratamientos", "micro-needling": "microagujas"}


def by_path(client, path, **params):
    return api_get(client, BY_PATH, path=path, **params)


def by_id(client, page_id, **params):
    return api_get(client, f"/api/v1/pages/{page_id}/", **params)


def to_spanish(text):
    return SPANISH_SLUGS.get(text, f"ES {text}")


def publish_spanish(*instances, capture):
    """Translate everything submitted and publish the Spanish versions, parents (and snippets) first."""
    th.translate_everything(to_spanish)
    with capture(execute=True):
        for instance in instances:
            th.translation_for(instance).save_target(publish=True)


def section(html, heading="Related"):
    return {"type": "section", "id": str(uuid.uuid4()), "value": {"heading": heading, "body": html}}


def image_block(image, alt="A diagram", caption="The skin"):
    return {"type": "image", "id": str(uuid.uuid4()), "value": {"image": image.pk, "alt_text": alt, "caption": caption}}


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")


def error_of(response, status):
    assert response.status_code == status, response.content
    return response.json()["error"]


@pytest.fixture
def clinic(db):
    return ClinicSettings.objects.create(
        name="Clínica Ejemplo",
        street_address="Blvd. Agua Caliente 100, Suite 5",
        neighbourhood="Zona Río",
        city="Tijuana",
        region="B.C.",
        postal_code="22010",
        country="MX",
        phone="+526641234567",
        email="hola@clinica.example",
        advertising_permit="203300201A1234",
    )


@pytest.fixture
def draft_page(treatment_index, specialty, reviewer, concern):
    page = factories.make_treatment(
        treatment_index, specialty, reviewer, [concern], title="Laser", slug="laser", body=[]
    )
    page.unpublish()
    return page


@pytest.fixture
def linked_treatment(treatment, treatment_index, draft_page):
    """The article with links in rich text: to the index, to a draft, to a document, and an external one."""
    document = get_document_model().objects.create(title="Consent form", file=ContentFile(b"%PDF-1.4", "consent.pdf"))
    links = (
        f'<p>See <a linktype="page" id="{treatment_index.pk}">all treatments</a>, '
        f'<a linktype="page" id="{draft_page.pk}">laser</a>, '
        f'<a linktype="document" id="{document.pk}">the consent form</a> and '
        '<a href="https://example.org/study">a study</a>.</p>'
    )
    treatment.body = [section(links), *treatment.body.raw_data]
    treatment.save_revision().publish()
    return TreatmentPage.objects.get(pk=treatment.pk)


@pytest.fixture
def spanish(home, treatment_index, linked_treatment, specialty, concern, reviewer, django_capture_on_commit_callbacks):
    """The article, its index and home page translated into Spanish and published, with their snippets."""
    th.submit(home, treatment_index, linked_treatment)
    publish_spanish(
        specialty,
        concern,
        reviewer,
        home,
        treatment_index,
        linked_treatment,
        capture=django_capture_on_commit_callbacks,
    )
    return linked_treatment.get_translation(th.spanish()).specific


# --- The English article ---------------------------------------------------------------------------------


def test_english_article_by_path(client, linked_treatment, clinic):
    response = by_path(client, ENGLISH_PATH)

    assert response.status_code == 200
    page = response.json()
    assert page["id"] == linked_treatment.pk
    assert page["type"] == "treatments.TreatmentPage"
    assert (page["locale"], page["title"], page["url"]) == ("en", "Micro-needling", ENGLISH_PATH)
    assert page["summary"] == "Collagen induction for scars and lines."
    assert page["translation"] == {"status": "complete", "fallback": None}
    assert page["alternates"] == []
    assert page["breadcrumbs"] == [{"title": "Home", "url": "/en/"}, {"title": "Treatments", "url": "/en/treatments/"}]
    assert page["specialty"] == {"slug": "aesthetics", "name": "Aesthetics"}
    assert page["concerns"] == [{"slug": "acne-scars", "name": "Acne scars"}]
    assert page["areas"] == [{"code": "face", "label": "Face"}, {"code": "thighs", "label": "Thighs"}]
    seo = page["seo"]
    assert seo["title"] == "Micro-needling"
    assert seo["description"] == "Collagen induction for scars and lines."
    assert seo["canonical_url"].endswith(ENGLISH_PATH) and seo["canonical_url"].startswith("http")
    assert seo["robots"] == "index, follow"
    assert seo["image"] == page["hero"]


def test_review_key_facts_and_hero(client, treatment):
    reviewed = timezone.localdate() - datetime.timedelta(days=10)
    facts = {"downtime_days_min": 1, "downtime_days_max": 3}
    TreatmentPage.objects.filter(pk=treatment.pk).update(**facts, last_reviewed=reviewed)

    page = by_path(client, ENGLISH_PATH).json()

    assert page["review"] == {
        "reviewer": {
            "name": "Dr. Ana Ruiz",
            "credentials": "MD, dermatologist",
            "licence_number": "12345678",
            "institution": "Universidad de Guadalajara",
        },
        "last_reviewed": reviewed.isoformat(),
        "next_review_due": (reviewed + datetime.timedelta(days=365)).isoformat(),  # MEDICAL_REVIEW_PERIOD_DAYS
        "status": "current",
    }
    assert page["key_facts"] == [
        {"name": "session_length", "label": "Session length", "low": 120, "high": None, "unit": "minutes"},
        {"name": "downtime", "label": "Typical downtime", "low": 1, "high": 3, "unit": "days"},
    ]
    hero = page["hero"]
    assert hero["alt"] == "A patient's cheek after treatment"
    assert (hero["width"], hero["height"]) == (640, 480)
    assert [rendition["width"] for rendition in hero["renditions"]] == [480, 640, 640, 640]
    assert all(rendition["url"].startswith("http") for rendition in hero["renditions"])


def test_every_block_type_is_present_and_typed(client, treatment):
    body = by_path(client, ENGLISH_PATH).json()["body"]

    assert [item["type"] for item in body] == list(TreatmentBodyBlock().child_blocks)
    assert all(item["id"] for item in body)
    values = {item["type"]: item["value"] for item in body}
    for block_type, value in values.items():
        value_schema = BLOCK_SCHEMAS[block_type].model_fields["value"].annotation
        assert set(value) == set(value_schema.model_fields), block_type
    assert values["section"]["body"] == factories.preview("section")["body"]
    assert values["target_areas"]["areas"][1] == {
        "area": {"code": "thighs", "label": "Thighs"},
        "note": "Stretch marks",
    }
    assert values["preparation"]["items"][0]["lead_time"] == 7
    assert values["preparation"]["items"][0]["lead_time_unit"] == "days"
    assert [step["duration_minutes"] for step in values["procedure_steps"]["steps"]] == [45, 30]
    assert values["aftercare"]["entries"][0] == {
        "kind": "expect",
        "starts_after": 0,
        "ends_after": 2,
        "unit": "days",
        "text": factories.preview("aftercare")["entries"][0]["text"],
    }
    assert values["faq"]["items"][0]["answer"] == factories.preview("faq")["items"][0]["answer"]
    assert values["callout"] == factories.preview("callout")
    assert values["references"]["items"][0]["year"] == 2021
    assert values["booking_cta"] == {
        "specialty": {"slug": "aesthetics", "name": "Aesthetics"},
        "booking": {
            "url": "https://example.com/book/aesthetics/",
            "phone": None,
            "whatsapp": "+526641234567",
            "whatsapp_url": "https://wa.me/526641234567",
        },
        "label": factories.preview("booking_cta")["label"],
        "text": "",
    }
    image = values["image"]
    assert image["caption"] == factories.preview("image")["caption"]
    assert image["image"]["alt"] == factories.preview("image")["alt_text"]
    assert len(image["image"]["renditions"]) == 4


def test_rich_text_links_point_to_frontend_paths_and_real_urls(client, linked_treatment, draft_page):
    html = by_path(client, ENGLISH_PATH).json()["body"][0]["value"]["body"]

    assert '<a href="/en/treatments/">all treatments</a>' in html
    assert "<a>laser</a>" in html  # a draft: the text stays, without a link
    assert re.search(r'<a href="https?://[^"/]+/documents/\d+/consent[^"]*\.pdf">the consent form</a>', html)
    assert '<a href="https://example.org/study">a study</a>' in html
    assert "linktype" not in html


# --- Spanish ---------------------------------------------------------------------------------------------


def test_spanish_article_by_its_localized_path(client, spanish, clinic):
    response = by_path(client, SPANISH_PATH)

    assert response.status_code == 200
    page = response.json()
    assert (page["id"], page["locale"], page["url"]) == (spanish.pk, "es", SPANISH_PATH)
    assert page["title"] == "ES Micro-needling"
    assert page["translation"] == {"status": "complete", "fallback": None}
    assert page["alternates"] == [{"locale": "en", "url": ENGLISH_PATH}]
    assert page["breadcrumbs"] == [
        {"title": "ES Home", "url": "/es/"},
        {"title": "ES Treatments", "url": "/es/tratamientos/"},
    ]
    assert page["specialty"] == {"slug": "aesthetics", "name": "ES Aesthetics"}
    assert page["concerns"] == [{"slug": "acne-scars", "name": "ES Acne scars"}]
    cta = next(item["value"] for item in page["body"] if item["type"] == "booking_cta")
    assert cta["specialty"]["name"] == "ES Aesthetics"
    assert cta["booking"]["whatsapp_url"] == "https://wa.me/526641234567"
    assert cta["label"] == f"ES {factories.preview('booking_cta')['label']}"
    assert {item["type"] for item in page["body"]} == set(BLOCK_SCHEMAS)

    english = by_path(client, ENGLISH_PATH).json()
    assert english["alternates"] == [{"locale": "es", "url": SPANISH_PATH}]


def test_rich_text_links_in_spanish_content_point_to_spanish_pages(client, spanish):
    html = by_path(client, SPANISH_PATH).json()["body"][0]["value"]["body"]

    assert 'href="/es/tratamientos/"' in html
    assert "/en/" not in html
    assert "<a>" in html  # the draft stays unlinked in Spanish too


def test_a_link_to_a_page_in_another_language_goes_when_that_page_is_unpublished(
    client, spanish, draft_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft_page.save_revision().publish()  # live in English only: Spanish content links to the English page
    assert '<a href="/en/treatments/laser/">' in by_path(client, SPANISH_PATH).json()["body"][0]["value"]["body"]

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=draft_page.pk).unpublish()

    html = by_path(client, SPANISH_PATH).json()["body"][0]["value"]["body"]
    assert "/en/treatments/laser/" not in html
    assert "<a>" in html


def test_a_translation_behind_its_english_source_is_outdated(client, spanish, linked_treatment):
    linked_treatment.summary = "Collagen induction for scars, lines and pores."
    linked_treatment.save_revision().publish()  # re-extracts the English source

    page = by_path(client, SPANISH_PATH).json()

    assert page["translation"]["status"] == "outdated"
    assert status_for_instance(spanish, th.spanish()).state == "outdated"


def test_translation_status_agrees_with_the_translation_report(client, spanish, specialty):
    assert status_for_instance(spanish, th.spanish()).state == "complete"
    assert by_path(client, SPANISH_PATH).json()["translation"]["status"] == "complete"

    specialty.description = "Skin, face and body treatments."
    specialty.save()  # the Spanish specialty now misses a string, so does the page that shows it

    assert status_for_instance(spanish, th.spanish()).state == "outdated"
    assert by_path(client, SPANISH_PATH).json()["translation"]["status"] == "outdated"


def test_a_call_to_action_whose_specialty_has_no_spanish_version_stays_typed(client, spanish):
    dentistry = factories.make_specialty("Dentistry", "dentistry")
    body = list(spanish.body.raw_data)
    cta = next(index for index, item in enumerate(body) if item["type"] == "booking_cta")
    body[cta] = {**body[cta], "value": {**body[cta]["value"], "specialty": dentistry.pk}}
    TreatmentPage.objects.filter(pk=spanish.pk).update(body=body)

    item = next(item for item in by_path(client, SPANISH_PATH).json()["body"] if item["type"] == "booking_cta")

    assert item["value"]["specialty"] is None and item["value"]["booking"] is None
    assert item["value"]["label"] == f"ES {factories.preview('booking_cta')['label']}"


def test_a_call_to_action_still_pointing_to_the_english_specialty_uses_its_spanish_version(client, spanish, specialty):
    body = list(spanish.body.raw_data)
    cta = next(index for index, item in enumerate(body) if item["type"] == "booking_cta")
    body[cta] = {**body[cta], "value": {**body[cta]["value"], "specialty": specialty.pk}}
    TreatmentPage.objects.filter(pk=spanish.pk).update(body=body)

    item = next(item for item in by_path(client, SPANISH_PATH).json()["body"] if item["type"] == "booking_cta")

    assert item["value"]["specialty"] == {"slug": "aesthetics", "name": "ES Aesthetics"}


def test_calls_to_action_pointing_to_english_specialties_are_localized_in_one_query(client, spanish, specialty):
    dentistry = factories.make_specialty("Dentistry", "dentistry")
    body = list(spanish.body.raw_data)
    cta = next(item for item in body if item["type"] == "booking_cta")

    def pointing_to(*specialties):
        ctas = [{**cta, "id": str(uuid.uuid4()), "value": {**cta["value"], "specialty": one.pk}} for one in specialties]
        TreatmentPage.objects.filter(pk=spanish.pk).update(body=[item for item in body if item is not cta] + ctas)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            answer = by_path(client, SPANISH_PATH).json()
        return len(queries), [item["value"]["specialty"] for item in answer["body"] if item["type"] == "booking_cta"]

    by_path(client, SPANISH_PATH)  # renditions are created once, by the first visitor
    one, _ = pointing_to(specialty)
    three, specialties = pointing_to(specialty, dentistry, specialty)

    assert specialties == [{"slug": "aesthetics", "name": "ES Aesthetics"}, None] + [specialties[0]]
    assert three == one


def test_home_and_index_pages_by_path(client, spanish):
    home = by_path(client, "/es/").json()
    assert home["type"] == "home.HomePage" and home["url"] == "/es/" and home["breadcrumbs"] == []
    assert home["heading"] == "ES Clínica"
    assert home["alternates"] == [{"locale": "en", "url": "/en/"}]

    index = by_path(client, "/es/tratamientos").json()  # the trailing slash is optional
    assert index["type"] == "treatments.TreatmentIndexPage"
    assert index["url"] == "/es/tratamientos/"
    assert index["intro"] == ""
    assert index["breadcrumbs"] == [{"title": "ES Home", "url": "/es/"}]


def test_standard_page_body_is_render_ready_html(client, home):
    privacy = StandardPage(
        title="Privacy notice", slug="privacy", body=f'<p>Back <a linktype="page" id="{home.pk}">home</a>.</p>'
    )
    home.add_child(instance=privacy)

    page = by_path(client, "/en/privacy/").json()

    assert page["type"] == "home.StandardPage"
    assert page["body"] == '<p>Back <a href="/en/">home</a>.</p>'


# --- Fallback and missing translations -------------------------------------------------------------------


def test_an_untranslated_page_is_a_404_listing_its_other_languages(client, home, treatment):
    error = error_of(by_path(client, "/es/treatments/micro-needling/"), 404)

    assert error["code"] == "not_found"
    assert error["alternates"] == [{"locale": "en", "url": ENGLISH_PATH}]


def test_fallback_serves_the_english_page_and_says_so(client, home, treatment):
    response = by_path(client, "/es/treatments/micro-needling/", fallback="en")

    assert response.status_code == 200
    page = response.json()
    assert (page["id"], page["locale"], page["url"]) == (treatment.pk, "en", ENGLISH_PATH)
    assert page["translation"] == {"status": "complete", "fallback": {"requested": "es", "served": "en"}}


def test_fallback_from_a_translated_section_to_an_untranslated_article(
    client, home, treatment_index, treatment, specialty, concern, reviewer, django_capture_on_commit_callbacks
):
    th.submit(home, treatment_index)
    publish_spanish(home, treatment_index, capture=django_capture_on_commit_callbacks)

    error = error_of(by_path(client, "/es/tratamientos/micro-needling/"), 404)
    assert error["alternates"] == [{"locale": "en", "url": ENGLISH_PATH}]
    page = by_path(client, "/es/tratamientos/micro-needling/", fallback="en").json()
    assert page["id"] == treatment.pk and page["translation"]["fallback"] == {"requested": "es", "served": "en"}


def test_a_hidden_spanish_page_answers_exactly_like_a_missing_one(client, spanish):
    """Unpublished or private, it is not there: no hint of its English original, no fallback to it."""
    missing = by_path(client, "/es/tratamientos/no-existe/", fallback="en")
    spanish.unpublish()
    assert error_of(by_path(client, SPANISH_PATH), 404) == error_of(missing, 404)
    assert by_path(client, SPANISH_PATH, fallback="en").json() == missing.json()

    spanish.save_revision().publish()
    PageViewRestriction.objects.create(page=spanish, restriction_type=PageViewRestriction.LOGIN)
    assert by_path(client, SPANISH_PATH, fallback="en").json() == missing.json()
    assert by_path(client, ENGLISH_PATH).json()["alternates"] == []


def test_without_any_version_the_404_lists_no_alternates(client, home):
    error = error_of(by_path(client, "/en/no-such-page/", fallback="es"), 404)

    assert error["alternates"] == [] and error["field"] is None


# --- Errors ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/fr/traitements/", "/treatments/micro-needling/", "/EN/treatments/"])
def test_unknown_locale_prefix_is_a_400_on_path(client, home, path):
    error = error_of(by_path(client, path), 400)

    assert (error["code"], error["field"]) == ("invalid_parameter", "path")


def test_unknown_fallback_locale_is_a_400(client, treatment):
    error = error_of(by_path(client, ENGLISH_PATH, fallback="xx"), 400)

    assert error["field"] == "fallback"


@pytest.mark.parametrize(
    "path",
    [
        "en/treatments/",
        "/en/../admin/",
        "/en/./treatments/",
        "/en//treatments/",
        "/en/treatments/%2e%2e/",
        "/" + "a" * 501,
        "/en/" + "a" * 497,
        "/en/treat\x00ments/",
        "/en/treat%00ments/",
        "/en/treat\nments/",
        "/en/treatments/?page=2",
        "/en/treatments\\x",
        "/",
        "",
    ],
)
def test_malformed_paths_are_a_400_on_path(client, home, path):
    error = error_of(by_path(client, path), 400)

    assert error["field"] == "path"


def test_a_missing_path_is_a_400(client, db):
    error = error_of(api_get(client, BY_PATH), 400)

    assert error["code"] == "invalid_parameter"


# --- Visibility ------------------------------------------------------------------------------------------


def test_drafts_unpublished_and_private_pages_are_404s(client, treatment, draft_page, treatment_index):
    assert error_of(by_path(client, "/en/treatments/laser/"), 404)["alternates"] == []
    assert by_id(client, draft_page.pk).status_code == 404

    restrict(treatment)
    assert by_path(client, ENGLISH_PATH).status_code == 404
    assert by_id(client, treatment.pk).status_code == 404


def test_a_restriction_on_a_section_hides_everything_below_it(client, treatment, treatment_index):
    restrict(treatment_index)

    assert by_path(client, "/en/treatments/").status_code == 404
    assert by_path(client, ENGLISH_PATH).status_code == 404
    assert by_path(client, "/en/").status_code == 200


def test_unpublished_page_is_a_404(client, treatment):
    treatment.unpublish()

    assert by_path(client, ENGLISH_PATH).status_code == 404


def test_alternates_and_breadcrumbs_leave_out_drafts_and_private_pages(client, spanish, treatment_index):
    Page.objects.filter(pk=treatment_index.pk).update(live=False)  # a draft section above a live article
    restrict(spanish)

    page = by_path(client, ENGLISH_PATH).json()

    assert page["breadcrumbs"] == [{"title": "Home", "url": "/en/"}]
    assert page["alternates"] == []


def test_an_untranslated_alias_in_the_spanish_tree_is_not_a_spanish_page(
    client, home, treatment_index, treatment, django_capture_on_commit_callbacks
):
    th.submit(treatment)
    th.translate_everything(to_spanish)
    with django_capture_on_commit_callbacks(execute=True):
        th.translation_for(treatment).save_target(publish=True)  # untranslated parents are copied as aliases
    spanish_index = treatment_index.get_translation(th.spanish())
    assert spanish_index.alias_of_id == treatment_index.pk

    article = by_path(client, "/es/treatments/microagujas/").json()
    assert article["breadcrumbs"] == []  # the alias home and index are English copies, not Spanish pages
    assert by_path(client, "/es/treatments/").status_code == 404
    assert by_path(client, "/es/treatments/", fallback="en").json()["id"] == treatment_index.pk


# --- Redirects -------------------------------------------------------------------------------------------


def test_an_old_slug_answers_with_a_redirect(client, treatment, django_capture_on_commit_callbacks):
    treatment.slug = "microneedling"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail creates the redirect on commit
        treatment.save_revision().publish()

    response = by_path(client, ENGLISH_PATH)

    assert response.status_code == 200
    assert response.json() == {"redirect": {"to": "/en/treatments/microneedling/", "permanent": True}}
    assert by_path(client, "/en/treatments/microneedling/").json()["id"] == treatment.pk


def test_an_old_spanish_slug_answers_with_a_redirect(client, spanish, django_capture_on_commit_callbacks):
    translation = th.translation_for(spanish)
    slug = translation.source.stringsegment_set.get(context__path="slug")
    StringTranslation.objects.filter(translation_of=slug.string, locale=th.spanish()).update(data="micropuncion")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    redirect = by_path(client, SPANISH_PATH).json()["redirect"]

    assert redirect == {"to": "/es/tratamientos/micropuncion/", "permanent": True}


def test_redirects_editors_add_including_old_unprefixed_urls(client, treatment):
    Redirect.add_redirect("/tratamientos/microagujas.html", redirect_to=treatment)
    Redirect.add_redirect("/en/promo", redirect_to="https://promo.example/", is_permanent=False)

    assert by_path(client, "/tratamientos/microagujas.html").json()["redirect"] == {
        "to": ENGLISH_PATH,
        "permanent": True,
    }
    assert by_path(client, "/en/promo/").json()["redirect"] == {"to": "https://promo.example/", "permanent": False}


def test_a_redirect_to_a_draft_is_no_redirect(client, home, draft_page):
    Redirect.add_redirect("/en/old-laser", redirect_to=draft_page)

    assert by_path(client, "/en/old-laser/").status_code == 404


def test_a_live_page_wins_over_a_redirect(client, treatment, treatment_index):
    Redirect.add_redirect(ENGLISH_PATH, redirect_to=treatment_index)

    assert by_path(client, ENGLISH_PATH).json()["id"] == treatment.pk


# --- By id -----------------------------------------------------------------------------------------------


def test_by_id_is_the_same_representation(client, spanish):
    assert by_id(client, spanish.pk).json() == by_path(client, SPANISH_PATH).json()


def test_by_id_a_hidden_page_answers_exactly_like_an_id_that_does_not_exist(client, spanish, draft_page):
    unknown = error_of(by_id(client, 987654, fallback="en"), 404)
    spanish.unpublish()
    assert error_of(by_id(client, spanish.pk), 404) == unknown
    assert error_of(by_id(client, spanish.pk, fallback="en"), 404) == unknown
    assert error_of(by_id(client, draft_page.pk), 404) == unknown

    spanish.save_revision().publish()
    PageViewRestriction.objects.create(page=spanish, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert error_of(by_id(client, spanish.pk, fallback="en"), 404) == unknown


def test_unknown_id_is_a_404(client, db):
    assert error_of(by_id(client, 987654), 404)["alternates"] == []
    assert error_of(by_id(client, 2**70), 404)["code"] == "not_found"  # beyond the database's integers


def test_a_deleted_image_leaves_its_block_typed(client, treatment, image):
    extra = factories.make_image("Soon deleted")
    treatment.body = [*treatment.body.raw_data, image_block(extra), image_block(extra, caption="Again")]
    treatment.save_revision().publish()
    extra.delete()

    blocks = [item["value"] for item in by_path(client, ENGLISH_PATH).json()["body"] if item["type"] == "image"]

    assert [block["image"] is None for block in blocks] == [False, True, True]
    assert blocks[-1]["caption"] == "Again"


def test_rich_text_ids_that_are_digits_but_not_numbers_are_dangling_references_not_a_500(client, treatment):
    """``"²".isdigit()`` is true but ``int("²")`` fails: rich text is data, and data may be odd (a PO import)."""
    odd = '<p><a linktype="page" id="²">a page</a> <a linktype="document" id="³">a file</a></p>'
    odd += '<embed embedtype="image" id="¹" format="left" alt="odd"/>'
    treatment.body = [section(odd)]
    treatment.save_revision().publish()

    response = by_path(client, ENGLISH_PATH)

    assert response.status_code == 200
    assert response.json()["body"][0]["value"]["body"] == '<p><a>a page</a> <a>a file</a></p><img alt="">'


# --- Structured data -------------------------------------------------------------------------------------


def test_structured_data_describes_the_reviewed_procedure_the_page_and_the_clinic(client, treatment, clinic):
    data = by_path(client, ENGLISH_PATH).json()["structured_data"]

    assert data["@context"] == "https://schema.org"
    nodes = {node["@type"]: node for node in data["@graph"]}
    # The article has an FAQ block, but no FAQPage markup: Google keeps FAQ results for government and health
    # authorities, and a private clinic's would promise what it cannot get.
    assert set(nodes) == {"MedicalWebPage", "MedicalProcedure", "BreadcrumbList", "MedicalClinic"}
    web_page = nodes["MedicalWebPage"]
    assert web_page["lastReviewed"] == "2026-01-10"
    reviewer = web_page["reviewedBy"]
    assert reviewer["@type"] == "Person" and reviewer["name"] == "Dr. Ana Ruiz"
    assert reviewer["jobTitle"] == "MD, dermatologist"
    assert reviewer["identifier"] == {"@type": "PropertyValue", "propertyID": "Cédula profesional", "value": "12345678"}
    assert reviewer["hasCredential"]["identifier"] == "12345678"
    assert reviewer["alumniOf"] == {"@type": "EducationalOrganization", "name": "Universidad de Guadalajara"}
    assert web_page["about"] == {"@id": nodes["MedicalProcedure"]["@id"]}
    assert web_page["publisher"] == {"@id": nodes["MedicalClinic"]["@id"]}
    procedure = nodes["MedicalProcedure"]
    assert procedure["howPerformed"] == "1. Numbing: Cream is applied. 2. Needling: The pen is passed over the skin."
    assert procedure["preparation"] == "Ibuprofen: Switch to paracetamol for pain relief, if your doctor agrees."
    assert procedure["followup"] == factories.preview("aftercare")["entries"][0]["text"]
    assert procedure["bodyLocation"] == ["Face", "Thighs"]
    crumbs = nodes["BreadcrumbList"]["itemListElement"]
    assert [(item["position"], item["name"]) for item in crumbs] == [
        (1, "Home"),
        (2, "Treatments"),
        (3, "Micro-needling"),
    ]
    assert crumbs[-1]["item"] == web_page["url"]
    clinic_node = nodes["MedicalClinic"]
    assert clinic_node["name"] == "Clínica Ejemplo"
    assert clinic_node["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Blvd. Agua Caliente 100, Suite 5, Zona Río",
        "addressLocality": "Tijuana",
        "addressRegion": "B.C.",
        "postalCode": "22010",
        "addressCountry": "MX",
    }
    assert clinic_node["url"].endswith("/en/")
    assert clinic_node["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "COFEPRIS permiso de publicidad",
        "value": "203300201A1234",
    }


def test_the_home_page_is_about_the_clinic(client, home, clinic):
    nodes = {node["@type"]: node for node in by_path(client, "/en/").json()["structured_data"]["@graph"]}

    assert nodes["WebPage"]["about"] == {"@id": nodes["MedicalClinic"]["@id"]}


# --- Previews and query counts ---------------------------------------------------------------------------


def test_the_representation_works_on_an_unsaved_revision(treatment):
    treatment.title = "Micro-needling (draft)"
    treatment.body = [section("<p>New text.</p>", heading="New"), *treatment.body.raw_data]
    revision = treatment.save_revision()

    draft = revision.as_object()
    data = page_representation(draft)

    assert data["title"] == "Micro-needling (draft)"
    assert data["body"][0]["value"] == {"heading": "New", "body": "<p>New text.</p>"}
    assert data["breadcrumbs"] == [{"title": "Home", "url": "/en/"}, {"title": "Treatments", "url": "/en/treatments/"}]
    assert TreatmentPage.objects.get(pk=treatment.pk).title == "Micro-needling"


@pytest.fixture
def long_article(linked_treatment, specialty, image):
    """Two of every block, several images, rich text links: more than twice the fixture's 12 blocks."""
    images = [factories.make_image(f"Image {number}") for number in range(4)]
    body = list(linked_treatment.body.raw_data)
    extra = [dict(item, id=str(uuid.uuid4())) for item in body if item["type"] != "target_areas"]
    body += extra + [image_block(each) for each in images]
    linked_treatment.body = body
    linked_treatment.save_revision().publish()
    return TreatmentPage.objects.get(pk=linked_treatment.pk)


def test_the_fixture_articles_are_long_enough_to_measure(long_article):
    assert len(long_article.body) >= 24
    assert sum(1 for block in long_article.body.raw_data if block["type"] == "image") >= 5


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_cold_page_takes_a_bounded_number_of_queries(
    client, long_article, clinic, language, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    path = ENGLISH_PATH
    if language == "es":
        home, index = long_article.get_parent().get_parent(), long_article.get_parent()
        th.submit(home, index, long_article)
        publish_spanish(
            long_article.specialty,
            long_article.treatment_concerns.first().concern,
            long_article.reviewer,
            home,
            index,
            long_article,
            capture=django_capture_on_commit_callbacks,
        )
        path = SPANISH_PATH
    by_path(client, path)  # renditions are created once, by the first visitor
    cache.clear()

    # The view restrictions' paths are read once (tiny, never a table scan); a translation reads its
    # wagtail-localize source, then that source's facts (``localization.status.page_translation_facts``).
    with django_assert_max_num_queries(11 if language == "en" else 13):
        response = by_path(client, path)

    page = response.json()
    assert page["locale"] == language and len(page["body"]) >= 24
    assert f'href="/{language}/' in page["body"][0]["value"]["body"]
    assert page["structured_data"]["@graph"][-1]["@type"] == "MedicalProcedure"


def test_the_number_of_queries_does_not_grow_with_blocks_and_images(client, treatment, clinic):
    by_path(client, ENGLISH_PATH)
    cache.clear()
    with CaptureQueriesContext(connection) as short:
        by_path(client, ENGLISH_PATH)

    more = [image_block(factories.make_image(f"Extra {number}")) for number in range(6)]
    treatment.body = [*treatment.body.raw_data, *more, *treatment.body.raw_data[:11]]
    treatment.save_revision().publish()
    by_path(client, ENGLISH_PATH)
    cache.clear()
    with CaptureQueriesContext(connection) as long:
        by_path(client, ENGLISH_PATH)

    assert len(long) == len(short)


def test_load_page_reads_what_the_representation_needs(treatment, clinic, django_assert_max_num_queries):
    page_representation(load_page(Page.objects.select_related("content_type").get(pk=treatment.pk)))
    cache.clear()
    row = Page.objects.select_related("content_type").get(pk=treatment.pk)

    with django_assert_max_num_queries(10):
        page_representation(load_page(row))


# --- The OpenAPI document --------------------------------------------------------------------------------


def test_the_openapi_document_is_valid(db):
    validate_openapi(openapi_document())


def test_every_block_type_has_its_own_schema_and_body_is_a_union_discriminated_by_type(db):
    document = openapi_document()
    schemas = document["components"]["schemas"]
    body = schemas["TreatmentPageSchema"]["properties"]["body"]["items"]

    assert body["discriminator"]["propertyName"] == "type"
    assert set(body["discriminator"]["mapping"]) == set(TreatmentBodyBlock().child_blocks)
    for block_type in TreatmentBodyBlock().child_blocks:
        name = BLOCK_SCHEMAS[block_type].__name__
        assert name in schemas
        assert body["discriminator"]["mapping"][block_type] == f"#/components/schemas/{name}"
        assert schemas[name]["properties"]["type"]["const"] == block_type
        assert {"type", "id", "value"} <= set(schemas[name]["required"])


def test_pages_are_a_union_discriminated_by_type_and_redirects_and_404s_are_documented(db):
    operation = openapi_document()["paths"][BY_PATH]["get"]
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    pages, redirect = answer["anyOf"]

    assert pages["discriminator"]["propertyName"] == "type"
    assert set(pages["discriminator"]["mapping"]) == {
        "home.HomePage",
        "home.StandardPage",
        "treatments.TreatmentIndexPage",
        "treatments.TreatmentPage",
    }
    assert redirect == {"$ref": "#/components/schemas/PageRedirect"}
    assert operation["responses"]["404"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PageNotFound"
    }
    schemas = openapi_document()["components"]["schemas"]
    assert "alternates" in schemas["PageNotFoundDetail"]["properties"]
    assert {"400", "404"} <= set(operation["responses"])
    by_id_answer = openapi_document()["paths"]["/api/v1/pages/{page_id}/"]["get"]["responses"]["200"]
    assert {**by_id_answer["content"]["application/json"]["schema"], "title": None} == {**pages, "title": None}


def test_last_published_at_is_a_date_time(client, treatment):
    treatment.save_revision().publish()
    page = by_path(client, ENGLISH_PATH).json()

    published = datetime.datetime.fromisoformat(page["last_published_at"])
    expected = TreatmentPage.objects.get(pk=treatment.pk).last_published_at
    assert abs(published - expected) < datetime.timedelta(milliseconds=1)
